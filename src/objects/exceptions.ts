// Exception objects and the builtin exception hierarchy. Native code raises by throwing a
// PyException wrapper (not an Error: no JS stack capture); the eval loop catches it.
import {
  PyObject, PyType, PyValue, PyTuple, PyDict, None, objectType, typeType, tracebackType, TF_BASETYPE, emptyTuple, raiseHooks,
} from './object.js';

export class PyTraceback extends PyObject {
  constructor(public next: PyTraceback | null, public frame: PyObject, public lasti: number, public lineno: number) {
    super(tracebackType);
  }
}

export class PyBaseException extends PyObject {
  declare args: PyTuple;
  declare traceback: PyTraceback | null;
  declare cause: PyBaseException | null;
  declare context: PyBaseException | null;
  declare suppressContext: boolean;
  /** Set once the eval loop has attached __context__ (first time it reaches an error handler). */
  declare contextSet: boolean;
  /** Extra native field: StopIteration.value, SystemExit.code, AttributeError.obj. */
  declare value: PyValue;
  /** NameError/AttributeError.name (for suggestions). */
  declare attrName: PyValue | undefined;
  constructor(cls: PyType) {
    super(cls);
    this.args = emptyTuple;
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.contextSet = false;
    this.value = None;
    this.attrName = undefined;
    // Every exception has a __dict__ in CPython (add_note stores __notes__ there).
    this.dict = new PyDict();
  }
  /** __notes__ from the instance dict (null when absent). */
  get notes(): PyValue | null {
    return this.dict === null ? null : this.dict.getStr('__notes__') ?? null;
  }
}

/** OSError and subclasses: errno, strerror, filename, filename2 (OSError's 2-5 argument form). */
export class PyOSError extends PyBaseException {
  // null: not set (distinct from None, as NULL in CPython: str() tests presence, not truth).
  declare errno: PyValue | null;
  declare strerror: PyValue | null;
  declare filename: PyValue | null;
  declare filename2: PyValue | null;
  declare written: number;
  constructor(cls: PyType) {
    super(cls);
    this.errno = null;
    this.strerror = null;
    this.filename = null;
    this.filename2 = null;
    this.written = -1;
  }
}

/** UnicodeDecodeError/EncodeError/TranslateError: encoding, object, start, end, reason. */
export class PyUnicodeErrorObj extends PyBaseException {
  declare encoding: PyValue | null;
  declare object: PyValue | null;
  declare start: number;
  declare end: number;
  declare reason: PyValue | null;
  constructor(cls: PyType) {
    super(cls);
    this.encoding = null;
    this.object = null;
    this.start = 0;
    this.end = 0;
    this.reason = null;
  }
}

/** ImportError and subclasses: the msg/name/path members (null: not set). */
export class PyImportErrorObj extends PyBaseException {
  declare msg: PyValue | null;
  declare name: PyValue | null;
  declare path: PyValue | null;
  constructor(cls: PyType) {
    super(cls);
    this.msg = null;
    this.name = null;
    this.path = null;
  }
}

/** SyntaxError and subclasses: the members SyntaxError.__init__ parses from its arguments. */
export class PySyntaxErrorObj extends PyBaseException {
  declare msg: PyValue | null;
  declare filename: PyValue | null;
  declare lineno: PyValue | null;
  declare offset: PyValue | null;
  declare text: PyValue | null;
  declare endLineno: PyValue | null;
  declare endOffset: PyValue | null;
  declare printFileAndLine: PyValue | null;
  constructor(cls: PyType) {
    super(cls);
    this.msg = null;
    this.filename = null;
    this.lineno = null;
    this.offset = null;
    this.text = null;
    this.endLineno = null;
    this.endOffset = null;
    this.printFileAndLine = null;
  }
}

/** BaseExceptionGroup: message and the tuple of exceptions. */
export class PyExceptionGroup extends PyBaseException {
  declare message: PyValue;
  declare excs: PyTuple;
  constructor(cls: PyType) {
    super(cls);
    this.message = '';
    this.excs = emptyTuple;
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

// What an exception class's instances are made as (kept on the class: PyType.excKind).
const EK_PLAIN = 0, EK_OS = 1, EK_GROUP = 2, EK_UNICODE = 3, EK_IMPORT = 4, EK_SYNTAX = 5, EK_STOP = 6, EK_EXIT = 7;

function excKindOf(t: PyType): number {
  const k = t.isSubtype(OSError) ? EK_OS : t.isSubtype(BaseExceptionGroup) ? EK_GROUP
    : t.isSubtype(UnicodeError) && t !== UnicodeError ? EK_UNICODE : t.isSubtype(ImportError) ? EK_IMPORT
      : t.isSubtype(SyntaxError) ? EK_SYNTAX : t.isSubtype(StopIteration) ? EK_STOP : t.isSubtype(SystemExit) ? EK_EXIT : EK_PLAIN;
  t.excKind = k;
  t.excKindVersion = t.version;
  return k;
}

/** Whether an exception class of this kind is made by BaseException's __new__ and __init__ alone. */
export function plainExcKind(k: number): boolean {
  return k === EK_PLAIN || k === EK_STOP || k === EK_EXIT;
}

/** A bare instance of t with the right layout (OSError, UnicodeError and group subclasses have their own). */
export function allocException(t: PyType): PyBaseException {
  switch (t.excKindVersion === t.version ? t.excKind : excKindOf(t)) {
    case EK_OS: return new PyOSError(t);
    case EK_GROUP: return new PyExceptionGroup(t);
    case EK_UNICODE: return new PyUnicodeErrorObj(t);
    case EK_IMPORT: return new PyImportErrorObj(t);
    case EK_SYNTAX: return new PySyntaxErrorObj(t);
  }
  return new PyBaseException(t);
}

/** Type-specific argument parsing shared by __init__ and native raises (set by excobject.ts). */
export const excInitHooks: {
  osError: (e: PyOSError, args: PyValue[]) => void;
  syntaxError: (e: PySyntaxErrorObj, args: PyValue[]) => void;
} = {
  osError: () => undefined,
  syntaxError: () => undefined,
};

/** A new exception instance with the given args (no __init__ call: for native raises). */
export function newException(t: PyType, args: PyValue[]): PyBaseException {
  const e = allocException(t);
  e.args = args.length === 0 ? emptyTuple : new PyTuple(args);
  if (args.length > 0) {
    const k = t.excKind; // set by allocException
    if (k === EK_STOP) e.value = args[0];
    else if (k === EK_EXIT) e.value = args.length > 1 ? new PyTuple(args) : args[0];
    else if (e instanceof PyOSError) excInitHooks.osError(e, args);
    else if (e instanceof PySyntaxErrorObj) excInitHooks.syntaxError(e, args);
    else if (e instanceof PyImportErrorObj && args.length === 1) e.msg = args[0];
  }
  return e;
}

/** An ImportError (or subclass) with its name and path members set, as PyErr_SetImportError. */
export function importError(t: PyType, msg: string, name: PyValue, path: PyValue = None): PyBaseException {
  const e = newException(t, [msg]) as PyImportErrorObj;
  e.name = name;
  e.path = path;
  return e;
}

/**
 * An exception from a raised value as PyErr_SetObject makes it: a tuple value becomes the args
 * (sys.exit((1, 2)) raises SystemExit(1, 2)), None no args, anything else the one argument.
 */
export function exceptionFromValue(t: PyType, v: PyValue): PyBaseException {
  if (v instanceof PyTuple) return newException(t, v.items.slice());
  return newException(t, v === None ? [] : [v]);
}

export function raise(t: PyType, msg?: string): never {
  throw new PyException(newException(t, msg === undefined ? [] : [msg]));
}

export function typeError(msg: string): never {
  throw new PyException(newException(TypeError, [msg]));
}
raiseHooks.typeError = typeError;
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
