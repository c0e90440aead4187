// .pyc files, as CPython 3.11's importlib._bootstrap_external reads and writes them: a 16-byte header
// (magic, flags word, then mtime + source size or a PEP 552 source hash) followed by the marshalled module code.
// Checks return a PycProblem (the Python exception importlib would raise) rather than throwing, so an importer
// can fall back to the source; unlike CPython 3.11, a pyc whose body does not unmarshal is reported the same
// way instead of failing the import.
import { bytesRepr, strRepr } from '../parser/constants.js';
import { CodeObject } from './code.js';
import { dumps, loads, MarshalError, type MarshalErrorType, type MarshalTrace, type MarshalValue } from './marshal.js';
import { siphash13 } from './siphash.js';

/** MAGIC_NUMBER of CPython 3.11 (3495), as the 2-byte little-endian word + b'\r\n'. */
export const MAGIC_NUMBER = 3495;
export const MAGIC = new Uint8Array([MAGIC_NUMBER & 0xff, MAGIC_NUMBER >> 8, 0x0d, 0x0a]);
/** importlib.util._RAW_MAGIC_NUMBER: the 4 magic bytes as a little-endian integer (the source-hash key). */
export const RAW_MAGIC_NUMBER = 0x0a0d0da7;
export const CACHE_TAG = 'typhon-311';
export const HEADER_SIZE = 16;

/** Header flags (PEP 552). */
export const FLAG_HASH_BASED = 0b01;
export const FLAG_CHECK_SOURCE = 0b10;

export type PycHeader =
  | { readonly kind: 'timestamp'; readonly flags: number; readonly mtime: number; readonly size: number }
  | { readonly kind: 'hash'; readonly flags: number; readonly hash: Uint8Array; readonly checked: boolean };

/** Why a pyc cannot be used: the exception importlib raises for it, and its message. */
export class PycProblem {
  constructor(public readonly pyType: 'ImportError' | MarshalErrorType, public readonly message: string) {}
  toString(): string { return `${this.pyType}: ${this.message}`; }
}

/** Path errors (cacheFromSource/sourceFromCache), carrying the Python exception name. */
export class PycPathError extends Error {
  readonly pyType = 'ValueError';
  constructor(message: string) { super(message); this.name = 'PycPathError'; }
}

function u32(d: Uint8Array, p: number): number {
  return (d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24)) >>> 0;
}

function putU32(d: Uint8Array, p: number, x: number): void {
  // _pack_uint32: int(x) & 0xFFFFFFFF
  const v = Number(BigInt.asUintN(32, BigInt(Math.trunc(x))));
  d[p] = v & 0xff; d[p + 1] = (v >>> 8) & 0xff; d[p + 2] = (v >>> 16) & 0xff; d[p + 3] = (v >>> 24) & 0xff;
}

/** _classify_pyc + the fields: the header, or the problem importlib would raise. */
export function readPycHeader(data: Uint8Array, name = '<pyc>'): PycHeader | PycProblem {
  const magic = data.subarray(0, 4);
  if (magic.length !== 4 || magic[0] !== MAGIC[0] || magic[1] !== MAGIC[1] || magic[2] !== MAGIC[2] || magic[3] !== MAGIC[3]) {
    return new PycProblem('ImportError', `bad magic number in ${strRepr(name)}: ${bytesRepr(magic)}`);
  }
  if (data.length < HEADER_SIZE) {
    return new PycProblem('EOFError', `reached EOF while reading pyc header of ${strRepr(name)}`);
  }
  const flags = u32(data, 4);
  if (flags & ~0b11) return new PycProblem('ImportError', `invalid flags ${flags} in ${strRepr(name)}`);
  if (flags & FLAG_HASH_BASED) {
    return { kind: 'hash', flags, hash: data.slice(8, 16), checked: (flags & FLAG_CHECK_SOURCE) !== 0 };
  }
  return { kind: 'timestamp', flags, mtime: u32(data, 8), size: u32(data, 12) };
}

/** _validate_timestamp_pyc: null when the pyc matches the source's mtime (seconds) and size. */
export function validateTimestamp(header: PycHeader, sourceMtime: number, sourceSize: number | null, name = '<pyc>'): PycProblem | null {
  const stale = new PycProblem('ImportError', `bytecode is stale for ${strRepr(name)}`);
  if (header.kind !== 'timestamp') return stale;
  if (header.mtime !== Number(BigInt.asUintN(32, BigInt(Math.trunc(sourceMtime))))) return stale;
  if (sourceSize !== null && header.size !== Number(BigInt.asUintN(32, BigInt(Math.trunc(sourceSize))))) return stale;
  return null;
}

/** _validate_hash_pyc: null when the stored hash equals sourceHash(source). */
export function validateHash(header: PycHeader, hash: Uint8Array, name = '<pyc>'): PycProblem | null {
  const bad = new PycProblem('ImportError', `hash in bytecode doesn't match hash of source ${strRepr(name)}`);
  if (header.kind !== 'hash' || hash.length !== 8) return bad;
  for (let i = 0; i < 8; i++) if (header.hash[i] !== hash[i]) return bad;
  return null;
}

/** _imp.source_hash(key, source): SipHash-1-3 keyed with key (default: RAW_MAGIC_NUMBER), 8 bytes. */
export function sourceHash(key: number | bigint, source: Uint8Array): Uint8Array;
export function sourceHash(source: Uint8Array): Uint8Array;
export function sourceHash(a: number | bigint | Uint8Array, b?: Uint8Array): Uint8Array {
  if (a instanceof Uint8Array) return siphash13(BigInt(RAW_MAGIC_NUMBER), a);
  // the C code converts the key with PyLong_AsLong, then uses it as an unsigned 64-bit key
  return siphash13(BigInt.asUintN(64, BigInt(a)), b!);
}

export type PycStamp =
  | { mtime: number; size: number }
  | { hash: Uint8Array; checked: boolean };

/** _code_to_timestamp_pyc / _code_to_hash_pyc: header + marshal.dumps(code). */
export function writePyc(code: MarshalValue, stamp: PycStamp, trace?: MarshalTrace): Uint8Array {
  const body = dumps(code, trace ? { trace } : {});
  const out = new Uint8Array(HEADER_SIZE + body.length);
  out.set(MAGIC, 0);
  if ('hash' in stamp) {
    if (stamp.hash.length !== 8) throw new RangeError('a source hash is 8 bytes');
    putU32(out, 4, FLAG_HASH_BASED | (stamp.checked ? FLAG_CHECK_SOURCE : 0));
    out.set(stamp.hash, 8);
  } else {
    putU32(out, 4, 0);
    putU32(out, 8, stamp.mtime);
    putU32(out, 12, stamp.size);
  }
  out.set(body, HEADER_SIZE);
  return out;
}

/** The header and the unmarshalled body of a pyc, or why it cannot be used (bad header, bad body). */
export function readPyc(data: Uint8Array, name = '<pyc>'): { header: PycHeader; code: MarshalValue } | PycProblem {
  const header = readPycHeader(data, name);
  if (header instanceof PycProblem) return header;
  try {
    return { header, code: loads(data, HEADER_SIZE) };
  } catch (e) {
    if (e instanceof MarshalError) return new PycProblem(e.pyType, e.message);
    throw e;
  }
}

export interface CachedPycOptions {
  /** The module name, for messages. */
  name: string;
  /** The source file's st_mtime (seconds; truncated like int()) and st_size. */
  sourceMtime: number;
  sourceSize: number;
  /** The source bytes, read only when a hash-based pyc must be checked. */
  source?: () => Uint8Array;
  /** _imp.check_hash_based_pycs / --check-hash-based-pycs. */
  checkHashBasedPycs?: 'default' | 'always' | 'never';
  /** For the "Non-code object" message (default: name). */
  bytecodePath?: string;
}

/**
 * SourceLoader.get_code's use of a cached pyc: the code object if the cache may be used for this source,
 * otherwise why not (stale, bad header, ...). A body that does not unmarshal is reported the same way, so the
 * caller recompiles, where CPython 3.11 would fail the import.
 */
export function loadCachedPyc(data: Uint8Array, opts: CachedPycOptions): CodeObject | PycProblem {
  const header = readPycHeader(data, opts.name);
  if (header instanceof PycProblem) return header;
  if (header.kind === 'hash') {
    const mode = opts.checkHashBasedPycs ?? 'default';
    if (mode !== 'never' && (header.checked || mode === 'always')) {
      if (!opts.source) return new PycProblem('ImportError', `bytecode is stale for ${strRepr(opts.name)}`);
      const bad = validateHash(header, sourceHash(opts.source()), opts.name);
      if (bad) return bad;
    }
  } else {
    const stale = validateTimestamp(header, opts.sourceMtime, opts.sourceSize, opts.name);
    if (stale) return stale;
  }
  let code: MarshalValue;
  try {
    code = loads(data, HEADER_SIZE);
  } catch (e) {
    if (e instanceof MarshalError) return new PycProblem(e.pyType, e.message);
    throw e;
  }
  if (!(code instanceof CodeObject)) {
    return new PycProblem('ImportError', `Non-code object in ${strRepr(opts.bytecodePath ?? opts.name)}`);
  }
  return code;
}

// --- cache paths (POSIX rules of importlib._bootstrap_external) -------------------------------------------

function pathSplit(path: string): [string, string] {
  const i = path.lastIndexOf('/');
  return i < 0 ? ['', path] : [path.slice(0, i), path.slice(i + 1)];
}

function pathJoin(...parts: string[]): string {
  return parts.filter((p) => p !== '').map((p) => p.replace(/\/+$/, '')).join('/');
}

// Created on first use: evaluating a \p{} literal parses it (an ICU set), which start-up would pay.
let alnum: RegExp | null = null;
const ALNUM = (): RegExp => (alnum ??= /^[\p{L}\p{N}]+$/u);

export interface CacheOptions {
  /** '' (default), 1, 2 or any alphanumeric tag: gives NAME.typhon-311.opt-N.pyc. */
  optimization?: number | string;
  /** sys.pycache_prefix */
  prefix?: string | null;
  /** The working directory for relative paths under a prefix (default: process.cwd()). */
  cwd?: string;
}

/** importlib.util.cache_from_source: where the pyc of a source file lives. */
export function cacheFromSource(path: string, options: CacheOptions = {}): string {
  let [head, tail] = pathSplit(path);
  const dot = tail.lastIndexOf('.');
  const base = dot < 0 ? '' : tail.slice(0, dot);
  const sep = dot < 0 ? '' : '.';
  const rest = dot < 0 ? tail : tail.slice(dot + 1);
  let almost = (base !== '' ? base : rest) + sep + CACHE_TAG;
  const opt = String(options.optimization ?? '');
  if (opt !== '') {
    if (!ALNUM().test(opt)) throw new PycPathError(`${strRepr(opt)} is not alphanumeric`);
    almost += '.opt-' + opt;
  }
  const filename = almost + '.pyc';
  if (options.prefix != null) {
    if (!head.startsWith('/')) {
      const cwd = options.cwd ?? (globalThis as { process?: { cwd(): string } }).process?.cwd() ?? '/';
      head = pathJoin(cwd, head);
    }
    return pathJoin(options.prefix, head.replace(/^\/+/, ''), filename);
  }
  return pathJoin(head, '__pycache__', filename);
}

/** importlib.util.source_from_cache: the source file a pyc path belongs to. */
export function sourceFromCache(path: string, options: { prefix?: string | null } = {}): string {
  let [head, file] = pathSplit(path);
  let inPrefix = false;
  if (options.prefix != null) {
    const stripped = options.prefix.replace(/\/+$/, '');
    if (head.startsWith(stripped + '/')) { head = head.slice(stripped.length); inPrefix = true; }
  }
  if (!inPrefix) {
    const [h, pycache] = pathSplit(head);
    if (pycache !== '__pycache__') throw new PycPathError(`__pycache__ not bottom-level directory in ${strRepr(path)}`);
    head = h;
  }
  const dots = file.split('.').length - 1;
  if (dots !== 2 && dots !== 3) throw new PycPathError(`expected only 2 or 3 dots in ${strRepr(file)}`);
  if (dots === 3) {
    const parts = file.split('.');
    const optimization = parts[parts.length - 2];
    if (!optimization.startsWith('opt-')) throw new PycPathError("optimization portion of filename does not start with 'opt-'");
    const level = optimization.slice(4);
    if (!ALNUM().test(level)) throw new PycPathError(`optimization level ${strRepr(optimization)} is not an alphanumeric value`);
  }
  return pathJoin(head, file.slice(0, file.indexOf('.')) + '.py');
}
