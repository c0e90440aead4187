// Which frozenset constants CPython builds a third time. Making a code object (_PyCode_New) runs
// intern_string_constants over its constants: a frozenset is turned into a tuple, its name-like strings (ASCII
// letters, digits, underscores) are interned, and when one of them is replaced by an equal string interned
// earlier, the frozenset is rebuilt from that tuple, which can change its order. Only strings directly in the
// frozenset count: a tuple inside it is interned in place without reporting a change (checked with 3.11.7).
// Used by the run-time constants (src/vm/code.ts).
import { CodeObject } from './code.js';

// Strings interned before a module's code objects are made: builtins' names and the identifiers of the module
// itself (the parser interns them). A one-character constant is CPython's Latin-1 singleton, which interning
// keeps, except for these: the interpreter's static identifiers hold other objects for them, interned first
// (found with sys.intern(c) is not c on 3.11.7).
const INTERNED_CHARS = 'BCLST_abcdefhijklmnopqrstvwxy';
const BUILTIN_NAMES = new Set('ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip'.split(' '));

const NAME_CHARS = /^[A-Za-z0-9_]*$/;

/** Whether interning replaces the str v by an equal string interned earlier, given the module's identifiers. */
function replacedByInterning(v: unknown, identifiers: ReadonlySet<string>): boolean {
  if (typeof v !== 'string') return false;
  if (v.length === 1) return INTERNED_CHARS.includes(v);
  return v.length > 1 && (identifiers.has(v) || BUILTIN_NAMES.has(v)) && NAME_CHARS.test(v);
}

/** Whether intern_string_constants rebuilds a frozenset of these items (in iteration order). */
export function rebuiltByInterning(items: readonly unknown[], identifiers: ReadonlySet<string>): boolean {
  for (const v of items) if (replacedByInterning(v, identifiers)) return true;
  return false;
}

function isCode(v: unknown): v is CodeObject {
  return typeof v === 'object' && v !== null && (v as { _isCode?: boolean })._isCode === true;
}

/** The identifiers of a module, as its code objects hold them (names, local names, code names). */
export function collectIdentifiers(co: CodeObject, into: Set<string>): void {
  into.add(co.name);
  for (const n of co.names) into.add(n);
  for (const n of co.localsplusnames) into.add(n);
  for (const c of co.consts) if (isCode(c)) collectIdentifiers(c, into);
}
