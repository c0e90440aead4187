// Argument parsing for native functions with CPython's messages (Python/getargs.c and the code Argument
// Clinic generates): keyword-or-positional parameters (clinicArgs), positional-only counts
// (unpackArgs, PyArg_UnpackTuple), Py_ssize_t and int arguments (ssizeArg, cIntArg), str arguments (anyStr). The native
// modules share them.
import { PyValue, PyFloat, typeOf } from '../objects/object.js';
import { PyStrSub, parseArgs } from '../objects/str.js';
import { PySurrogateStr, pushCodePoints } from '../objects/surrogatestr.js';
import { typeError, valueError, raise, OverflowError } from '../objects/exceptions.js';
import { index, callBound } from '../objects/abstract.js';

/** Argument Clinic parsing (str.ts's parseArgs). */
export const clinicArgs = parseArgs;

/** PyArg_UnpackTuple with _PyArg_NoKeywords: positional only, CPython's count messages. */
export function unpackArgs(fname: string, args: PyValue[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) typeError(`${fname}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    const lim = n < min ? min : max;
    const how = min === max ? '' : n < min ? 'at least ' : 'at most ';
    typeError(`${fname} expected ${how}${lim} argument${lim === 1 ? '' : 's'}, got ${n}`);
  }
}

/** A Py_ssize_t argument ('n' format): __index__, OverflowError past 64 bits. */
export function ssizeArg(v: PyValue): number {
  return Number(ssizeExact(v));
}

/** ssizeArg kept exact: a bigint past 2**53 (bisect over a range of sys.maxsize items). */
export function ssizeExact(v: PyValue): number | bigint {
  const n = index(v);
  if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/** An int argument ('i' format): __index__, then a C long, then a C int, with PyArg_Parse's messages. */
export function cIntArg(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) raise(OverflowError, 'Python int too large to convert to C long');
  if (n > 2147483647) raise(OverflowError, 'signed integer is greater than maximum');
  if (n < -2147483648) raise(OverflowError, 'signed integer is less than minimum');
  return Number(n);
}

/**
 * A str argument (PyUnicode_Check): a JS string, a subclass's text, or a PySurrogateStr (a str holding a high
 * surrogate before a low one, which a JS string cannot hold); undefined for anything else. Natives that take
 * text accept all three: test `typeof v === 'string'` first and call this for the rest.
 */
export function anyStr(v: PyValue): string | PySurrogateStr | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PySurrogateStr) return v;
  if (v instanceof PyStrSub) return v.sur ?? v.value;
  return undefined;
}

/**
 * A str subclass instance's text, for an argument CPython takes as any str (PyUnicode_Check) and only reads: an
 * encoding's or error handler's name, a format, a mode (a StrEnum member, say); anything else as it is.
 */
export function strSubValue(v: PyValue): PyValue {
  return v instanceof PyStrSub && v.sur === null ? v.value : v;
}

/** A METH_O function's check: exactly one positional argument ("_signal.getsignal() takes exactly one argument (0 given)"). */
export function methO(qualname: string, args: PyValue[], kw: string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** A str argument's code points (a str subclass by its text value), or undefined for anything else. */
export function strCodePoints(v: PyValue): number[] | undefined {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v instanceof PyStrSub) s = v.value;
  else if (v instanceof PySurrogateStr) return v.cps;
  else return undefined;
  const out: number[] = [];
  pushCodePoints(out, s);
  return out;
}

/** _Py_Gid_Converter / _Py_Uid_Converter, quirks included (values of a C long beyond 32 bits are "less than minimum"). */
export function idArg(v: PyValue, what: string): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    if (v instanceof PyFloat || typeOf(v).lookup('__index__') === undefined) typeError(`${what} should be integer, not ${typeOf(v).name}`);
  }
  const n = BigInt(index(v));
  if (n === -1n) return -1;
  if (n > 9223372036854775807n) raise(OverflowError, `${what} is greater than maximum`);
  if (n < 0n || n > 4294967295n) raise(OverflowError, `${what} is less than minimum`);
  if (n === 4294967295n) return -1;
  return Number(n);
}

/** PyObject_AsFileDescriptor: an int, or what fileno() returns; not negative. */
export function fildesArg(v: PyValue): number {
  let n: PyValue = v;
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    const m = typeOf(v).lookup('fileno');
    if (m === undefined) typeError('argument must be an int, or have a fileno() method.');
    n = callBound(m, v, []);
    if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') typeError('fileno() returned a non-integer');
  }
  const i = index(n);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  if (i < 0) valueError(`file descriptor cannot be a negative integer (${i})`);
  return i;
}

/** A C int argument (_PyLong_AsInt). */
export function intArg(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}

/** PyArg "i": a C int through __index__ (a float refused), with getargs.c's overflow messages. */
export function pyArgInt(v: PyValue): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const n = index(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'Python int too large to convert to C long');
  if (n > 2147483647) raise(OverflowError, 'signed integer is greater than maximum');
  if (n < -2147483648) raise(OverflowError, 'signed integer is less than minimum');
  return Number(n);
}
