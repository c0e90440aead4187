// Exception objects and the builtin exception hierarchy. Native code raises by throwing a
// PyException wrapper (not an Error: no JS stack capture); the eval loop catches it.
import {
  PyObject, PyType, PyValue, PyTuple, None, objectType, typeType, tracebackType, TF_BASETYPE, emptyTuple,
} from './object.js';

export class PyTraceback extends PyObject {
  constructor(public next: PyTraceback | null, public frame: PyObject, public lasti: number, public lineno: number) {
    super(tracebackType);
  }
}

export class PyBaseException extends PyObject {
  args: PyTuple = emptyTuple;
  traceback: PyTraceback | null = null;
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  notes: PyValue | null = null;
  /** Set once the eval loop has attached __context__ (first time it reaches an error handler). */
  contextSet = false;
  /** Extra native fields (StopIteration.value, SystemExit.code, OSError.errno, KeyError...). */
  value: PyValue = None;
  constructor(cls: PyType) {
    super(cls);
  }
}

/** What native code throws. */
export class PyException {
  constructor(public readonly exc: PyBaseException) {}
}

function mkExc(name: string, base: PyType | null): PyType {
  const t = new PyType(typeType, name, [base ?? objectType], TF_BASETYPE);
  t.mro = [t, ...(base ?? objectType).mro];
  return t;
}

export const BaseException = mkExc('BaseException', null);
export const BaseExceptionGroup = mkExc('BaseExceptionGroup', BaseException);
export const Exception = mkExc('Exception', BaseException);
export const GeneratorExit = mkExc('GeneratorExit', BaseException);
export const KeyboardInterrupt = mkExc('KeyboardInterrupt', BaseException);
export const SystemExit = mkExc('SystemExit', BaseException);
export const ArithmeticError = mkExc('ArithmeticError', Exception);
export const FloatingPointError = mkExc('FloatingPointError', ArithmeticError);
export const OverflowError = mkExc('OverflowError', ArithmeticError);
export const ZeroDivisionError = mkExc('ZeroDivisionError', ArithmeticError);
export const AssertionError = mkExc('AssertionError', Exception);
export const AttributeError = mkExc('AttributeError', Exception);
export const BufferError = mkExc('BufferError', Exception);
export const EOFError = mkExc('EOFError', Exception);
export const ImportError = mkExc('ImportError', Exception);
export const ModuleNotFoundError = mkExc('ModuleNotFoundError', ImportError);
export const LookupError = mkExc('LookupError', Exception);
export const IndexError = mkExc('IndexError', LookupError);
export const KeyError = mkExc('KeyError', LookupError);
export const MemoryError = mkExc('MemoryError', Exception);
export const NameError = mkExc('NameError', Exception);
export const UnboundLocalError = mkExc('UnboundLocalError', NameError);
export const OSError = mkExc('OSError', Exception);
export const ReferenceError = mkExc('ReferenceError', Exception);
export const RuntimeError = mkExc('RuntimeError', Exception);
export const NotImplementedError = mkExc('NotImplementedError', RuntimeError);
export const RecursionError = mkExc('RecursionError', RuntimeError);
export const StopAsyncIteration = mkExc('StopAsyncIteration', Exception);
export const StopIteration = mkExc('StopIteration', Exception);
export const SyntaxError = mkExc('SyntaxError', Exception);
export const IndentationError = mkExc('IndentationError', SyntaxError);
export const TabError = mkExc('TabError', IndentationError);
export const SystemError = mkExc('SystemError', Exception);
export const TypeError = mkExc('TypeError', Exception);
export const ValueError = mkExc('ValueError', Exception);
export const UnicodeError = mkExc('UnicodeError', ValueError);
export const UnicodeDecodeError = mkExc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = mkExc('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = mkExc('UnicodeTranslateError', UnicodeError);
export const Warning = mkExc('Warning', Exception);
export const ExceptionGroup = new PyType(typeType, 'ExceptionGroup', [BaseExceptionGroup, Exception], TF_BASETYPE);
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, objectType];

const osErrors = ['BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError',
  'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError'];
const warnings = ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning'];

/** Every builtin exception type by name (for the builtins module). */
export const exceptionTypes: Map<string, PyType> = new Map();
for (const t of [BaseException, BaseExceptionGroup, Exception, GeneratorExit, KeyboardInterrupt, SystemExit,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
  EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
  UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration,
  StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
  UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, ExceptionGroup]) exceptionTypes.set(t.name, t);
for (const n of osErrors) exceptionTypes.set(n, mkExc(n, OSError));
const ConnectionError = exceptionTypes.get('ConnectionError')!;
for (const n of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError'])
  exceptionTypes.set(n, mkExc(n, ConnectionError));
for (const n of warnings) exceptionTypes.set(n, mkExc(n, Warning));
exceptionTypes.set('EnvironmentError', OSError);
exceptionTypes.set('IOError', OSError);

/** A new exception instance with the given args (no __init__ call: for native raises). */
export function newException(t: PyType, args: PyValue[]): PyBaseException {
  const e = new PyBaseException(t);
  e.args = args.length === 0 ? emptyTuple : new PyTuple(args);
  if (args.length > 0 && (t === StopIteration || t.isSubtype(StopIteration) || t.isSubtype(SystemExit)))
    e.value = args.length > 1 && t.isSubtype(SystemExit) ? new PyTuple(args) : args[0];
  return e;
}

export function raise(t: PyType, msg?: string): never {
  throw new PyException(newException(t, msg === undefined ? [] : [msg]));
}

export function typeError(msg: string): never {
  throw new PyException(newException(TypeError, [msg]));
}
export function valueError(msg: string): never {
  throw new PyException(newException(ValueError, [msg]));
}
export function indexError(msg: string): never {
  throw new PyException(newException(IndexError, [msg]));
}
export function attributeError(msg: string): never {
  throw new PyException(newException(AttributeError, [msg]));
}
export function overflowError(msg: string): never {
  throw new PyException(newException(OverflowError, [msg]));
}
export function zeroDivision(msg: string): never {
  throw new PyException(newException(ZeroDivisionError, [msg]));
}

export function isExcType(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtype(BaseException);
}
