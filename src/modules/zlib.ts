// The zlib module (Modules/zlibmodule.c) on Node's bundled zlib.
//
// Node's zlib streams are asynchronous, but each stream object owns a native handle whose writeSync
// runs one deflate()/inflate() call synchronously on caller-supplied buffers: that is the C API this
// module needs, so streaming objects keep their zlib state between calls exactly as CPython's do.
// The handle is reached as `createInflate()._handle.constructor` (Node's own zlib.js builds its
// streams on it, Node 12 to 22).
//
// Compression runs entirely in Node's zlib (wrappers included). Decompression runs only the raw
// deflate body there: the zlib and gzip headers and trailers are parsed here, so that wbits selects
// formats exactly as zlib's inflateInit2 does (Node's gunzip mode would go on into a following
// member, where zlib stops and leaves it in unused_data) and errors carry zlib's messages.
//
// Limits: Node's zlib is Chromium's fork, whose deflate output differs from zlib 1.2.13's for most
// levels and strategies (level 0, Z_HUFFMAN_ONLY and Z_RLE agree); the output is valid deflate data
// all the same. copy() replays the calls made so far on a new handle (zlib has deflateCopy, Node's
// handle has no copy), so each stream keeps a log of its calls and the input they consumed, up to
// 32 MiB of input; past that, copy() raises MemoryError.
import { createInflate } from 'node:zlib';
import { PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, PyByteArray, PyObject, typeType, objectType, defineMethods, defineGetters } from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, MemoryError, OverflowError, Exception } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { asBytes, needBytes } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { clinicArgs, ssizeArg } from './args.js';
import { crc32 } from './compress/crc32.js';

// ---------------------------------------------------------------------------
// Constants (zlib.h)

const Z_NO_FLUSH = 0;
const Z_SYNC_FLUSH = 2;
const Z_FINISH = 4;
const Z_BLOCK = 5;
const Z_DEFLATED = 8;
const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16384;
const Z_NEED_DICT = 2;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_BUF_ERROR = -5;

// Node's handle modes (node_zlib.cc).
const MODE_DEFLATE = 1;
const MODE_GZIP = 3;
const MODE_DEFLATERAW = 5;
const MODE_INFLATERAW = 6;

// ---------------------------------------------------------------------------
// Checksums

export { crc32 };

export function adler32(d: Uint8Array, adler: number): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  const n = d.length;
  let i = 0;
  while (i < n) {
    // 5552 bytes is the most that cannot overflow 32 bits before the reduction (zlib's NMAX).
    const end = Math.min(n, i + 5552);
    const end8 = end - ((end - i) & 7);
    while (i < end8) {
      a += d[i]; b += a;
      a += d[i + 1]; b += a;
      a += d[i + 2]; b += a;
      a += d[i + 3]; b += a;
      a += d[i + 4]; b += a;
      a += d[i + 5]; b += a;
      a += d[i + 6]; b += a;
      a += d[i + 7]; b += a;
      i += 8;
    }
    for (; i < end; i++) {
      a += d[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---------------------------------------------------------------------------
// Node's native zlib handle

interface NodeZlibHandle {
  init(windowBits: number, level: number, memLevel: number, strategy: number, writeState: Uint32Array,
    processCallback: () => void, dictionary?: Uint8Array): unknown;
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  close(): void;
  onerror: (message: string, errno: number) => void;
}
type HandleCtor = new (mode: number) => NodeZlibHandle;
let handleCtor: HandleCtor | null = null;

function newHandle(mode: number): NodeZlibHandle {
  if (handleCtor === null) {
    const probe = createInflate() as unknown as { _handle: NodeZlibHandle; close(): void };
    handleCtor = probe._handle.constructor as HandleCtor;
    probe.close();
  }
  return new handleCtor(mode);
}

const LOG_LIMIT = 32 * 1024 * 1024;
const EMPTY = new Uint8Array(0);

/** One writeSync call as made, for copy() to replay. */
interface LoggedCall {
  flush: number;
  input: Uint8Array;
  outLen: number;
}

/** A zlib stream on a Node handle: the parameters it was made with, and its call log. */
class ZStream {
  handle: NodeZlibHandle;
  state = new Uint32Array(2); // [avail_out after, avail_in after]
  errMsg: string | null = null;
  errNo = 0;
  log: LoggedCall[] | null = [];
  logBytes = 0;
  closed = false;
  constructor(readonly mode: number, readonly wbits: number, readonly level: number, readonly memLevel: number,
    readonly strategy: number, readonly dict: Uint8Array | undefined) {
    this.handle = newHandle(mode);
    this.handle.onerror = (message, errno) => {
      this.errMsg = message;
      this.errNo = errno;
    };
    this.handle.init(wbits, level, memLevel, strategy, this.state, () => undefined, dict);
  }

  /**
   * One deflate()/inflate() call; returns [output bytes written, input bytes consumed]; an error sets
   * errMsg. The log keeps a copy of the input consumed: given exactly those bytes and the same output
   * room, zlib takes the same steps (it reads input only as far as it needs it).
   */
  write(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outLen: number): [number, number] {
    this.errMsg = null;
    this.state[0] = outLen;
    this.state[1] = inLen;
    this.handle.writeSync(flush, input, inOff, inLen, out, 0, outLen);
    if (this.errMsg !== null) return [0, 0];
    const consumed = inLen - this.state[1];
    if (this.log !== null) {
      this.logBytes += consumed;
      if (this.logBytes > LOG_LIMIT) this.log = null;
      else this.log.push({ flush, input: consumed === 0 ? EMPTY : input.slice(inOff, inOff + consumed), outLen });
    }
    return [outLen - this.state[0], consumed];
  }

  /** A stream in the same state: the same calls replayed on a new handle. */
  copy(): ZStream {
    if (this.log === null) raise(MemoryError, "Can't allocate memory for compression object");
    const s = new ZStream(this.mode, this.wbits, this.level, this.memLevel, this.strategy, this.dict);
    let scratch = new Uint8Array(DEF_BUF_SIZE);
    for (const c of this.log) {
      if (scratch.length < c.outLen) scratch = new Uint8Array(c.outLen);
      s.write(c.flush, c.input, 0, c.input.length, scratch, c.outLen);
    }
    s.errMsg = null;
    return s;
  }

  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.handle.close();
      this.log = null;
    }
  }
}

/** Growable output for one Python call. */
class Output {
  chunks: Uint8Array[] = [];
  total = 0;
  add(b: Uint8Array): void {
    if (b.length > 0) {
      this.chunks.push(b);
      this.total += b.length;
    }
  }
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.total);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

/**
 * Run `s` over input[pos..] with `flush` until zlib leaves output space unused (it has nothing more to
 * give for this input) or `limit` bytes (-1: no limit) are out. Returns the input position reached.
 */
// CPython's output buffer grows by these blocks (pycore_blocks_output_buffer.h); deflate's stored
// blocks follow the space it is given, so level 0 output matches only with the same sizes.
const KB = 1024;
const MB = 1024 * 1024;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB,
  64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

function pump(s: ZStream, input: Uint8Array, pos: number, flush: number, out: Output, limit: number, onOut?: (b: Uint8Array) => void): number {
  let block = 0;
  for (;;) {
    const size = BLOCK_SIZES[block];
    let want = size;
    if (limit >= 0) {
      want = Math.min(want, limit - out.total);
      if (want <= 0) return pos;
    }
    const buf = new Uint8Array(want);
    const [produced, consumed] = s.write(flush, input, pos, input.length - pos, buf, want);
    if (s.errMsg !== null) return pos;
    pos += consumed;
    if (produced > 0) {
      const b = produced === want ? buf : buf.subarray(0, produced);
      out.add(b);
      if (onOut !== undefined) onOut(b);
    }
    if (produced < want) return pos;
    if (block < BLOCK_SIZES.length - 1) block++;
  }
}

// ---------------------------------------------------------------------------
// Errors

let zlibError: PyType;

/** zlib_error: "Error N while ...: message", with CPython's messages where zlib gives none. */
function zerror(code: number, where: string, msg: string | null): never {
  if (msg === null) {
    if (code === Z_BUF_ERROR) msg = 'incomplete or truncated stream';
    else if (code === Z_STREAM_ERROR) msg = 'inconsistent stream state';
    else if (code === Z_DATA_ERROR) msg = 'invalid input data';
  }
  const text = msg === null ? `Error ${code} ${where}` : `Error ${code} ${where}: ${msg}`;
  throw new PyException(newException(zlibError, [text]));
}

function streamError(s: ZStream, where: string): never {
  // Node reports a zlib error without a message as its own default text.
  const m = s.errMsg;
  zerror(s.errNo, where, m === null || m === 'Zlib error' ? null : m);
}

// ---------------------------------------------------------------------------
// Arguments

/** An 'i' argument (C int). */
function intArg(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' || n > 2147483647) {
    if (n > 0) raise(OverflowError, 'signed integer is greater than maximum');
    raise(OverflowError, 'signed integer is less than minimum');
  }
  if (n < -2147483648) raise(OverflowError, 'signed integer is less than minimum');
  return n;
}

/** An 'I' argument with bitwise truncation (the checksums' start values). */
function uintArg(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'number') return n >>> 0;
  return Number(BigInt.asUintN(32, n));
}

interface DeflateParams {
  mode: number;
  wbits: number;
}

/** deflateInit2's checks; null where zlib returns Z_STREAM_ERROR. */
function deflateParams(level: number, method: number, wbits: number, memLevel: number, strategy: number): DeflateParams | null {
  if (level < -1 || level > 9 || method !== Z_DEFLATED || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) return null;
  // zlib takes window 8 for the zlib wrapper only, as 9.
  if (wbits === 8) return { mode: MODE_DEFLATE, wbits: 9 };
  if (wbits >= 9 && wbits <= 15) return { mode: MODE_DEFLATE, wbits };
  if (wbits >= -15 && wbits <= -9) return { mode: MODE_DEFLATERAW, wbits: -wbits };
  if (wbits >= 25 && wbits <= 31) return { mode: MODE_GZIP, wbits: wbits - 16 };
  return null;
}

// ---------------------------------------------------------------------------
// Compress objects

let compressType: PyType;
let decompressType: PyType;

class PyCompress extends PyObject {
  declare s: ZStream | null;
  constructor(s: ZStream | null) {
    super(compressType);
    this.s = s;
  }
}

function newDeflate(level: number, method: number, wbits: number, memLevel: number, strategy: number, dict: Uint8Array | undefined): ZStream | null {
  const p = deflateParams(level, method, wbits, memLevel, strategy);
  if (p === null) return null;
  return new ZStream(p.mode, p.wbits, level, memLevel, strategy, dict);
}

function compressOneShot(data: Uint8Array, level: number, wbits: number): Uint8Array {
  const s = newDeflate(level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, 0, undefined)!;
  s.log = null;
  const out = new Output();
  pump(s, data, 0, Z_FINISH, out, -1);
  const failed = s.errMsg !== null;
  s.close();
  if (failed) streamError(s, 'while compressing data');
  return out.bytes();
}

// ---------------------------------------------------------------------------
// Decompress objects: header and trailer here, the deflate body in Node's raw inflate.

const PH_HEADER = 0;
const PH_BODY = 1;
const PH_TRAILER = 2;
const PH_DONE = 3;

const FMT_RAW = 0;
const FMT_ZLIB = 1;
const FMT_GZIP = 2;
const FMT_AUTO = 3;

class PyDecompress extends PyObject {
  declare fmt: number; // FMT_*: AUTO until the header tells
  declare wbits: number; // window bits (0: from the zlib header)
  declare zdict: Uint8Array | undefined;
  declare phase: number;
  declare head: Uint8Array; // header or trailer bytes gathered so far
  declare headLen: number;
  declare s: ZStream | null;
  declare check: number; // adler32 or crc32 of the output so far
  declare outSize: number; // output length mod 2^32 (gzip's ISIZE)
  declare bad: [number, string | null] | null; // a sticky error: zlib stays in its BAD state
  declare eof: boolean;
  declare unusedData: Uint8Array;
  declare unconsumedTail: Uint8Array;
  declare ended: boolean; // flush() saw the end
  constructor(fmt: number, wbits: number, zdict: Uint8Array | undefined) {
    super(decompressType);
    this.fmt = fmt;
    this.wbits = wbits;
    this.zdict = zdict;
    this.phase = fmt === FMT_RAW ? PH_BODY : PH_HEADER;
    this.head = new Uint8Array(16);
    this.headLen = 0;
    this.s = null;
    this.check = fmt === FMT_ZLIB ? 1 : 0;
    this.outSize = 0;
    this.bad = null;
    this.eof = false;
    this.unusedData = EMPTY;
    this.unconsumedTail = EMPTY;
    this.ended = false;
    if (fmt === FMT_RAW) this.s = new ZStream(MODE_INFLATERAW, wbits, -1, DEF_MEM_LEVEL, 0, zdict);
  }

  clone(): PyDecompress {
    const d = new PyDecompress(FMT_AUTO, this.wbits, this.zdict);
    d.fmt = this.fmt;
    d.phase = this.phase;
    d.head = this.head.slice();
    d.headLen = this.headLen;
    // Past the body the raw stream is done with (and closed at the end).
    d.s = this.s === null || this.phase !== PH_BODY ? null : this.s.copy();
    d.check = this.check;
    d.outSize = this.outSize;
    d.bad = this.bad;
    d.eof = this.eof;
    d.unusedData = this.unusedData;
    d.unconsumedTail = this.unconsumedTail;
    return d;
  }
}

/** inflateInit2's window-bits rules: [format, window bits], or null for Z_STREAM_ERROR. */
function inflateParams(wbits: number): [number, number] | null {
  let fmt: number;
  let w: number;
  if (wbits < 0) {
    if (wbits < -15) return null;
    fmt = FMT_RAW;
    w = -wbits;
  } else {
    if (wbits >= 48) return null;
    fmt = [FMT_ZLIB, FMT_GZIP, FMT_AUTO][wbits >> 4];
    w = wbits & 15;
  }
  if (w !== 0 && (w < 8 || w > 15)) return null;
  if (fmt === FMT_RAW && w === 0) return null;
  return [fmt, w];
}

function pushHead(d: PyDecompress, b: number): void {
  if (d.headLen === d.head.length) {
    const h = new Uint8Array(d.head.length * 2);
    h.set(d.head);
    d.head = h;
  }
  d.head[d.headLen++] = b;
}

const NEED_MORE = -1;

/**
 * How long the complete header in d.head is, or NEED_MORE; raises zlib's errors as soon as the bytes
 * so far show one. A zlib header with a preset dictionary returns after its DICTID.
 */
function parseHeader(d: PyDecompress, where: string): number {
  const h = d.head;
  const n = d.headLen;
  if (n < 2) return NEED_MORE;
  if (d.fmt === FMT_AUTO) d.fmt = h[0] === 0x1f && h[1] === 0x8b ? FMT_GZIP : FMT_ZLIB;
  if (d.fmt === FMT_ZLIB) {
    if (((h[0] << 8) | h[1]) % 31 !== 0) fail(d, Z_DATA_ERROR, 'incorrect header check', where);
    if ((h[0] & 15) !== Z_DEFLATED) fail(d, Z_DATA_ERROR, 'unknown compression method', where);
    const len = (h[0] >> 4) + 8;
    if (d.wbits === 0) d.wbits = len;
    if (len > 15 || len > d.wbits) fail(d, Z_DATA_ERROR, 'invalid window size', where);
    if (h[1] & 0x20) return n < 6 ? NEED_MORE : 6;
    return 2;
  }
  // gzip (RFC 1952)
  if (h[0] !== 0x1f || h[1] !== 0x8b) fail(d, Z_DATA_ERROR, 'incorrect header check', where);
  if (n < 3) return NEED_MORE;
  if (h[2] !== Z_DEFLATED) fail(d, Z_DATA_ERROR, 'unknown compression method', where);
  if (n < 4) return NEED_MORE;
  const flags = h[3];
  if (flags & 0xe0) fail(d, Z_DATA_ERROR, 'unknown header flags set', where);
  let p = 10;
  if (n < p) return NEED_MORE;
  if (flags & 4) {
    if (n < p + 2) return NEED_MORE;
    p += 2 + (h[p] | (h[p + 1] << 8));
    if (n < p) return NEED_MORE;
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      while (p < n && h[p] !== 0) p++;
      if (p >= n) return NEED_MORE;
      p++;
    }
  }
  if (flags & 2) {
    if (n < p + 2) return NEED_MORE;
    if ((crc32(h.subarray(0, p), 0) & 0xffff) !== (h[p] | (h[p + 1] << 8))) fail(d, Z_DATA_ERROR, 'header crc mismatch', where);
    p += 2;
  }
  return p;
}

function fail(d: PyDecompress, code: number, msg: string | null, where: string): never {
  d.bad = [code, msg];
  zerror(code, where, msg);
}

/** Begin the body once the header is read (a preset dictionary is checked here, as inflateSetDictionary). */
function startBody(d: PyDecompress, where: string): void {
  let dict: Uint8Array | undefined;
  if (d.fmt === FMT_ZLIB && d.head[1] & 0x20) {
    const h = d.head;
    const id = ((h[2] << 24) | (h[3] << 16) | (h[4] << 8) | h[5]) >>> 0;
    if (d.zdict === undefined) fail(d, Z_NEED_DICT, null, where);
    if (adler32(d.zdict, 1) !== id) fail(d, Z_DATA_ERROR, null, 'while setting zdict');
    dict = d.zdict;
  }
  d.check = d.fmt === FMT_ZLIB ? 1 : 0;
  d.s = new ZStream(MODE_INFLATERAW, d.fmt === FMT_GZIP && d.wbits === 0 ? 15 : d.wbits, -1, DEF_MEM_LEVEL, 0, dict);
  d.phase = PH_BODY;
  d.headLen = 0;
}

const PROBE_OUT = new Uint8Array(16);

/** Has the raw stream reached its end? An empty Z_FINISH call fails exactly when it has not. */
function bodyEnded(s: ZStream): boolean {
  s.write(Z_FINISH, EMPTY, 0, 0, PROBE_OUT, PROBE_OUT.length);
  const ended = s.errMsg === null;
  s.errMsg = null;
  return ended;
}

/**
 * inflate() over data with room for `limit` bytes (-1: any): the output, with eof, unused_data and
 * unconsumed_tail updated as CPython's save_unconsumed_input does.
 */
function inflateInto(d: PyDecompress, data: Uint8Array, limit: number, where: string): Uint8Array {
  if (d.bad !== null) zerror(d.bad[0], where, d.bad[1]);
  const out = new Output();
  let pos = 0;
  const n = data.length;
  const onOut = (b: Uint8Array): void => {
    d.check = d.fmt === FMT_GZIP ? crc32(b, d.check) : d.fmt === FMT_ZLIB ? adler32(b, d.check) : 0;
    d.outSize = (d.outSize + b.length) >>> 0;
  };
  loop: for (;;) {
    switch (d.phase) {
      case PH_HEADER: {
        while (pos < n) {
          pushHead(d, data[pos++]);
          const len = parseHeader(d, where);
          if (len !== NEED_MORE) {
            startBody(d, where);
            continue loop;
          }
        }
        break loop;
      }
      case PH_BODY: {
        const s = d.s!;
        pos = pump(s, data, pos, Z_SYNC_FLUSH, out, limit, onOut);
        if (s.errMsg !== null) {
          d.bad = [s.errNo, s.errMsg];
          streamError(s, where);
        }
        // Output full: the end of the stream, if there, shows on a later call.
        if (limit >= 0 && out.total >= limit) break loop;
        if (pos < n || bodyEnded(s)) {
          d.phase = d.fmt === FMT_RAW ? PH_DONE : PH_TRAILER;
          d.headLen = 0;
          continue loop;
        }
        break loop;
      }
      case PH_TRAILER: {
        const need = d.fmt === FMT_GZIP ? 8 : 4;
        while (pos < n && d.headLen < need) pushHead(d, data[pos++]);
        if (d.headLen < need) break loop;
        const h = d.head;
        if (d.fmt === FMT_GZIP) {
          if ((h[0] | (h[1] << 8) | (h[2] << 16) | (h[3] << 24)) >>> 0 !== d.check) fail(d, Z_DATA_ERROR, 'incorrect data check', where);
          if ((h[4] | (h[5] << 8) | (h[6] << 16) | (h[7] << 24)) >>> 0 !== d.outSize) fail(d, Z_DATA_ERROR, 'incorrect length check', where);
        } else if (((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) >>> 0 !== d.check) {
          fail(d, Z_DATA_ERROR, 'incorrect data check', where);
        }
        d.phase = PH_DONE;
        continue loop;
      }
      case PH_DONE: {
        if (!d.eof) {
          d.eof = true;
          if (d.s !== null) d.s.close();
        }
        break loop;
      }
    }
  }
  if (d.eof) {
    if (pos < n) d.unusedData = concat(d.unusedData, data.subarray(pos));
    pos = n;
  }
  if (pos < n || d.unconsumedTail.length > 0) d.unconsumedTail = data.subarray(pos);
  return out.bytes();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

/** The data of a bytes-like argument as an array that will not change: a bytes object's own, else a copy. */
function frozenBytes(v: PyValue): Uint8Array {
  if (v instanceof PyBytesObj && !(v instanceof PyByteArray)) return v.bytes;
  return needBytes(v).slice();
}

function bytesOut(b: Uint8Array): PyBytesObj {
  return new PyBytesObj(b);
}

// ---------------------------------------------------------------------------
// The module

function dictArg(v: PyValue | undefined, what: string): Uint8Array | undefined {
  if (v === undefined) return undefined;
  const b = asBytes(v);
  if (b === undefined) typeError(what);
  return b.slice();
}

export function makeZlibModule(): PyModule {
  if (zlibError === undefined) {
    const ns = new PyDict();
    ns.setStr('__module__', 'zlib');
    zlibError = typeNew(typeType, 'error', [Exception], ns, null);
    compressType = new PyType(typeType, 'Compress', [objectType], 0);
    compressType.mro = [compressType, objectType];
    compressType.tdict.set('__module__', 'zlib');
    decompressType = new PyType(typeType, 'Decompress', [objectType], 0);
    decompressType.mro = [decompressType, objectType];
    decompressType.tdict.set('__module__', 'zlib');
    for (const t of [compressType, decompressType]) {
      t.tdict.set('__new__', new PyBuiltin('__new__', () => typeError(`cannot create 'zlib.${t.name}' instances`)));
    }
    initCompressType();
    initDecompressType();
  }
  const d = new PyDict();
  const m = new PyModule('zlib', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn));
  // Node reports its Chromium fork as "1.3.1-<commit>": the version proper is what callers parse.
  const version = (process.versions.zlib ?? '1.2.13').split('-')[0];
  const consts: [string, PyValue][] = [
    ['MAX_WBITS', MAX_WBITS], ['DEFLATED', Z_DEFLATED], ['DEF_MEM_LEVEL', DEF_MEM_LEVEL], ['DEF_BUF_SIZE', DEF_BUF_SIZE],
    ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
    ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
    ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4],
    ['Z_BLOCK', 5], ['Z_TREES', 6], ['ZLIB_VERSION', version], ['ZLIB_RUNTIME_VERSION', version],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  d.setStr('error', zlibError);

  def('adler32', (args, kw) => {
    checksumArgs('adler32', args, kw);
    return adler32(needBytes(args[0]), args.length > 1 ? uintArg(args[1]) : 1);
  });
  def('crc32', (args, kw) => {
    checksumArgs('crc32', args, kw);
    return crc32(needBytes(args[0]), args.length > 1 ? uintArg(args[1]) : 0);
  });
  def('compress', (args, kw) => {
    const [data, level, wbits] = dataFirst('compress', ['level', 'wbits'], args, kw);
    const bytes = needBytes(data!);
    const lv = level === undefined ? -1 : intArg(level);
    const wb = wbits === undefined ? MAX_WBITS : intArg(wbits);
    if (deflateParams(lv, Z_DEFLATED, wb, DEF_MEM_LEVEL, 0) === null) throw new PyException(newException(zlibError, ['Bad compression level']));
    return bytesOut(compressOneShot(bytes, lv, wb));
  });
  def('decompress', (args, kw) => {
    const [data, wbits, bufsize] = dataFirst('decompress', ['wbits', 'bufsize'], args, kw);
    const bytes = frozenBytes(data!);
    const wb = wbits === undefined ? MAX_WBITS : intArg(wbits);
    if (bufsize !== undefined && ssizeArg(bufsize) < 0) valueError('bufsize must be non-negative');
    const p = inflateParams(wb);
    if (p === null) zerror(Z_STREAM_ERROR, 'while preparing to decompress data', null);
    const dec = new PyDecompress(p[0], p[1], undefined);
    try {
      if (dec.s !== null) dec.s.log = null;
      const out = inflateInto(dec, bytes, -1, 'while decompressing data');
      if (!dec.eof) zerror(Z_BUF_ERROR, 'while decompressing data', null);
      return bytesOut(out);
    } finally {
      if (dec.s !== null) dec.s.close();
    }
  });
  def('compressobj', (args, kw) => {
    const [level, method, wbits, memLevel, strategy, zdict] = clinicArgs('compressobj',
      ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], args, kw, 0);
    const lv = level === undefined ? -1 : intArg(level);
    const me = method === undefined ? Z_DEFLATED : intArg(method);
    const wb = wbits === undefined ? MAX_WBITS : intArg(wbits);
    const ml = memLevel === undefined ? DEF_MEM_LEVEL : intArg(memLevel);
    const st = strategy === undefined ? 0 : intArg(strategy);
    let dict: Uint8Array | undefined;
    if (zdict !== undefined) {
      dict = needBytes(zdict).slice();
    }
    const s = newDeflate(lv, me, wb, ml, st, dict);
    if (s === null) valueError('Invalid initialization option');
    return new PyCompress(s);
  });
  def('decompressobj', (args, kw) => {
    const [wbits, zdict] = clinicArgs('decompressobj', ['wbits', 'zdict'], args, kw, 0);
    const wb = wbits === undefined ? MAX_WBITS : intArg(wbits);
    const dict = dictArg(zdict, 'zdict argument must support the buffer protocol');
    const p = inflateParams(wb);
    if (p === null) valueError('Invalid initialization option');
    return new PyDecompress(p[0], p[1], dict);
  });
  return m;
}

/** Clinic parsing of (data, /, names...): the first parameter is positional-only. */
function dataFirst(fname: string, names: string[], args: PyValue[], kw: string[] | null): (PyValue | undefined)[] {
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos < 1) typeError(`${fname}() takes at least 1 positional argument (${npos} given)`);
  return clinicArgs(fname, ['', ...names], args, kw, 1);
}

/** crc32/adler32(data, value, /): PyArg_UnpackTuple's messages. */
function checksumArgs(fname: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`zlib.${fname}() takes no keyword arguments`);
  if (args.length < 1) typeError(`${fname} expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) typeError(`${fname} expected at most 2 arguments, got ${args.length}`);
}

/** A method's one optional positional argument: clinic's messages. */
function optionalArg(fname: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${fname}() takes no keyword arguments`);
  if (args.length > 1) typeError(`${fname}() takes at most 1 argument (${args.length} given)`);
}

function C(self: PyValue): PyCompress {
  if (!(self instanceof PyCompress)) typeError('descriptor requires a zlib.Compress object');
  return self;
}
function D(self: PyValue): PyDecompress {
  if (!(self instanceof PyDecompress)) typeError('descriptor requires a zlib.Decompress object');
  return self;
}

function copyCompress(self: PyValue): PyCompress {
  const c = C(self);
  if (c.s === null) valueError('Inconsistent stream state');
  return new PyCompress(c.s.copy());
}

function initCompressType(): void {
  defineMethods(compressType, {
    compress: (self, args, kw) => {
      const npos = args.length - (kw === null ? 0 : kw.length);
      if (args.length > 1 && npos === args.length) typeError(`compress() takes at most 1 argument (${args.length} given)`);
      if (npos !== 1 || args.length !== 1) typeError(`compress() takes exactly 1 positional argument (${npos} given)`);
      const c = C(self);
      const data = frozenBytes(args[0]);
      if (c.s === null) zerror(Z_STREAM_ERROR, 'while compressing data', null);
      const out = new Output();
      pump(c.s, data, 0, Z_NO_FLUSH, out, -1);
      if (c.s.errMsg !== null) streamError(c.s, 'while compressing data');
      return bytesOut(out.bytes());
    },
    flush: (self, args, kw) => {
      optionalArg('flush', args, kw);
      const c = C(self);
      const mode = args.length > 0 ? intArg(args[0]) : Z_FINISH;
      if (mode === Z_NO_FLUSH) return bytesOut(EMPTY);
      if (c.s === null || mode < 0 || mode > Z_BLOCK) zerror(Z_STREAM_ERROR, 'while flushing', null);
      const out = new Output();
      pump(c.s, EMPTY, 0, mode, out, -1);
      if (c.s.errMsg !== null) streamError(c.s, 'while flushing');
      if (mode === Z_FINISH) {
        c.s.close();
        c.s = null;
      }
      return bytesOut(out.bytes());
    },
    copy: (self) => copyCompress(self),
    __copy__: (self) => copyCompress(self),
    __deepcopy__: (self, args) => {
      if (args.length !== 1) typeError(`__deepcopy__() takes exactly 1 positional argument (${args.length} given)`);
      return copyCompress(self);
    },
  });
}

function initDecompressType(): void {
  const copy = (self: PyValue): PyValue => {
    const d = D(self);
    if (d.ended) valueError('Inconsistent stream state');
    return d.clone();
  };
  defineMethods(decompressType, {
    decompress: (self, args, kw) => {
      const [data, maxLength] = dataFirst('decompress', ['max_length'], args, kw);
      const d = D(self);
      const bytes = frozenBytes(data!);
      const max = maxLength === undefined ? 0 : ssizeArg(maxLength);
      if (max < 0) valueError('max_length must be non-negative');
      return bytesOut(inflateInto(d, bytes, max === 0 ? -1 : max, 'while decompressing data'));
    },
    flush: (self, args, kw) => {
      optionalArg('flush', args, kw);
      const d = D(self);
      const length = args.length > 0 ? ssizeArg(args[0]) : DEF_BUF_SIZE;
      if (length <= 0) valueError('length must be greater than zero');
      const out = inflateInto(d, d.unconsumedTail, -1, 'while flushing');
      // CPython ends the zlib stream here once it is complete (inflateEnd): copy() then fails.
      if (d.eof) d.ended = true;
      return bytesOut(out);
    },
    copy,
    __copy__: copy,
    __deepcopy__: (self, args) => {
      if (args.length !== 1) typeError(`__deepcopy__() takes exactly 1 positional argument (${args.length} given)`);
      return copy(self);
    },
  });
  defineGetters(decompressType, {
    unused_data: (self) => bytesOut(D(self).unusedData),
    unconsumed_tail: (self) => bytesOut(D(self).unconsumedTail),
    eof: (self) => D(self).eof,
  });
}
