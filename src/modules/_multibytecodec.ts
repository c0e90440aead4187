// The _multibytecodec module (Modules/cjkcodecs/multibytecodec.c): MultibyteCodec objects (what
// _codecs_<region>.getcodec returns) and the incremental encoder/decoder and stream reader/writer
// bases that encodings/<codec>.py subclass, with CPython's error handling: strict, ignore and
// replace done here, any other name looked up with codecs.lookup_error and called with the
// UnicodeEncodeError/DecodeError; its str replacement is encoded by the codec itself.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyBytesObj, None, typeType, objectType, TF_BASETYPE, TF_HEAPTYPE,
  defineMethods, defineGetters, typeOf, strType, normBig, dictType,
} from '../objects/object.js';
import {
  PyException, PyBaseException, typeError, raise, valueError, attributeError, UnicodeEncodeError, UnicodeDecodeError, UnicodeError,
  IndexError, OverflowError, RuntimeError,
} from '../objects/exceptions.js';
import { call, getAttr, getAttrOpt, lenOf, getItem, index } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { PySurrogateStr, fromCodePoints, toCodePoints } from '../objects/surrogatestr.js';
import { clinicArgs, strSubValue } from './args.js';
import { lookupErrorHandler } from './_codecs.js';
import { CjkCodec, Cursor, TOOFEW, INTERNAL, FLUSH, RESET } from './cjk/codecs.js';

const MAXENCPENDING = 2;
const MAXDECPENDING = 8;

function textOf(v: PyValue): string | PySurrogateStr | undefined {
  return typeof v === 'string' || v instanceof PySurrogateStr ? v : undefined;
}

/** PyObject_Str for the encoders' non-str input. */
function strOf(v: PyValue, msg: string): string | PySurrogateStr {
  const s = textOf(v) ?? textOf(call(strType, [v]));
  if (s === undefined) typeError(msg);
  return s;
}

function errorsArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined || v === None) return 'strict';
  v = strSubValue(v);
  if (typeof v !== 'string') typeError(`${fname}() argument 'errors' must be str or None, not ${typeOf(v).name}`);
  return v;
}

function bufferArg(fname: string, v: PyValue): Uint8Array {
  const b = asBytes(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

// ---------------------------------------------------------------------------
// Encoding and decoding with error handling (multibytecodec_encode / _encerror / _decerror).

interface EncodeRun {
  /** The whole input as a str value (for the exceptions) and its code points. */
  obj: PyValue;
  cps: number[];
  p: Cursor;
  out: number[];
}

/**
 * A codec's error result as the exception's reason and the size of the bad run (multibytecodec_encerror/
 * _decerror): e > 0 bytes or characters, TOOFEW the `incomplete` ones left; other results are internal errors.
 */
function errorRun(e: number, incomplete: number): { reason: string; esize: number } {
  if (e > 0) return { reason: 'illegal multibyte sequence', esize: e };
  if (e === TOOFEW) return { reason: 'incomplete multibyte sequence', esize: incomplete };
  if (e === INTERNAL) raise(RuntimeError, 'internal codec error');
  raise(RuntimeError, 'unknown runtime error');
}

function encError(codec: CjkCodec, st: Uint8Array, run: EncodeRun, errors: string, e: number): void {
  const { reason, esize } = errorRun(e, run.p.i);
  if (errors === 'replace') {
    const tmp: number[] = [];
    const r = codec.encode(st, [0x3f], { i: 0 }, tmp, 0);
    if (r !== 0) run.out.push(0x3f);
    else for (const x of tmp) run.out.push(x);
  }
  if (errors === 'ignore' || errors === 'replace') {
    run.p.i += esize;
    return;
  }
  const start = run.p.i;
  const exc = call(UnicodeEncodeError, [codec.name, run.obj, start, start + esize, reason]) as PyBaseException;
  if (errors === 'strict') throw new PyException(exc);
  const r = call(lookupErrorHandler(errors), [exc]);
  let rep: PyValue;
  if (!(r instanceof PyTuple) || r.items.length !== 2 || !(textOf(rep = r.items[0]) !== undefined || rep instanceof PyBytesObj)
    || !(typeof r.items[1] === 'number' || typeof r.items[1] === 'bigint' || typeof r.items[1] === 'boolean')) {
    typeError('encoding error handler must return (str, int) tuple');
  }
  const bytes = rep instanceof PyBytesObj ? Array.from(rep.bytes) : encodeRun(codec, st, textOf(rep)!, 'strict', FLUSH).out;
  for (const x of bytes) run.out.push(x);
  let newpos = Number(r.items[1]);
  if (newpos < 0) newpos += run.cps.length;
  if (newpos < 0 || newpos > run.cps.length) raise(IndexError, `position ${newpos} from error handler out of bounds`);
  run.p.i = newpos;
}

/** multibytecodec_encode: text (from pending + input) to bytes; the cursor says how far it got. */
function encodeRun(codec: CjkCodec, st: Uint8Array, text: string | PySurrogateStr | number[], errors: string, flags: number): EncodeRun {
  const cps = Array.isArray(text) ? text : toCodePoints(text);
  const run: EncodeRun = { obj: Array.isArray(text) ? fromCodePoints(text) : text, cps, p: { i: 0 }, out: [] };
  if (cps.length === 0 && !(flags & RESET)) return run;
  while (run.p.i < cps.length) {
    const r = codec.encode(st, cps, run.p, run.out, flags);
    if (r === 0 || (r === TOOFEW && !(flags & FLUSH))) break;
    encError(codec, st, run, errors, r);
    if (r === TOOFEW) break;
  }
  if (codec.encreset !== undefined && flags & RESET) {
    for (;;) {
      const r = codec.encreset(st, run.out);
      if (r === 0) break;
      encError(codec, st, run, errors, r);
    }
  }
  return run;
}

interface DecodeRun {
  data: Uint8Array;
  p: Cursor;
  out: number[];
}

function decError(codec: CjkCodec, run: DecodeRun, errors: string, e: number): void {
  const { reason, esize } = errorRun(e, run.data.length - run.p.i);
  if (errors === 'replace') run.out.push(0xfffd);
  if (errors === 'ignore' || errors === 'replace') {
    run.p.i += esize;
    return;
  }
  const start = run.p.i;
  const exc = call(UnicodeDecodeError, [codec.name, new PyBytesObj(run.data), start, start + esize, reason]) as PyBaseException;
  if (errors === 'strict') throw new PyException(exc);
  const r = call(lookupErrorHandler(errors), [exc]);
  let rep: string | PySurrogateStr | undefined;
  if (!(r instanceof PyTuple) || r.items.length !== 2 || (rep = textOf(r.items[0])) === undefined
    || !(typeof r.items[1] === 'number' || typeof r.items[1] === 'bigint' || typeof r.items[1] === 'boolean')) {
    typeError('decoding error handler must return (str, int) tuple');
  }
  for (const c of toCodePoints(rep)) run.out.push(c);
  let newpos = Number(r.items[1]);
  if (newpos < 0) newpos += run.data.length;
  if (newpos < 0 || newpos > run.data.length) raise(IndexError, `position ${newpos} from error handler out of bounds`);
  run.p.i = newpos;
}

/** decoder_feed_buffer: decode what can be; an incomplete tail stays (cursor before it). */
function feed(codec: CjkCodec, st: Uint8Array, run: DecodeRun, errors: string): void {
  const end = run.data.length;
  while (run.p.i < end) {
    const r = codec.decode(st, run.data, run.p, end, run.out);
    if (r === 0 || r === TOOFEW) break;
    decError(codec, run, errors, r);
  }
}

// ---------------------------------------------------------------------------
// MultibyteCodec

export class PyMultibyteCodec extends PyObject {
  constructor(public readonly codec: CjkCodec) {
    super(multibyteCodecType);
  }
}

const multibyteCodecType = new PyType(typeType, 'MultibyteCodec', [objectType], 0);
multibyteCodecType.mro = [multibyteCodecType, objectType];
multibyteCodecType.tdict.set('__module__', '_multibytecodec');

function codecOf(self: PyValue): CjkCodec {
  return (self as PyMultibyteCodec).codec;
}

// ---------------------------------------------------------------------------
// The stateful objects.

class StatefulCtx extends PyObject {
  declare codec: CjkCodec;
  declare errors: string;
  declare state: Uint8Array;
  /** Encoders: code points not yet encoded; decoders: bytes of an unfinished character. */
  declare pendingCps: number[];
  declare pending: Uint8Array;
  declare stream: PyValue;
  declare slots: (PyValue | null)[] | null;
}

function makeType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_multibytecodec');
  return t;
}
const incEncoderType = makeType('MultibyteIncrementalEncoder');
const incDecoderType = makeType('MultibyteIncrementalDecoder');
const streamReaderType = makeType('MultibyteStreamReader');
const streamWriterType = makeType('MultibyteStreamWriter');

function ctx(self: PyValue): StatefulCtx {
  return self as StatefulCtx;
}

/** tp_new of the four types: the codec comes from the class's `codec` attribute. */
function newCtx(label: string, withStream: boolean, encoder: boolean) {
  return (args: PyValue[], kw: string[] | null): PyValue => {
    const cls = args[0] as PyType;
    const names = withStream ? ['stream', 'errors'] : ['errors'];
    const [stream, errorsV] = withStream ? clinicArgs(label, names, args.slice(1), kw, 1) : [undefined, ...clinicArgs(label, names, args.slice(1), kw, 0)];
    let errors = 'strict';
    if (errorsV !== undefined) {
      const errorsS = strSubValue(errorsV);
      if (typeof errorsS !== 'string') typeError(`${label}() argument ${withStream ? 2 : 1} must be str, not ${typeOf(errorsV).name}`);
      errors = errorsS;
    }
    const self = new StatefulCtx(cls);
    self.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(self, cls);
    const codec = getAttr(cls, 'codec');
    if (!(codec instanceof PyMultibyteCodec)) typeError('codec is unexpected type');
    self.codec = codec.codec;
    self.errors = errors;
    self.state = new Uint8Array(8);
    self.pendingCps = [];
    self.pending = new Uint8Array(0);
    self.stream = stream ?? None;
    if (encoder) self.codec.encinit?.(self.state);
    else self.codec.decinit?.(self.state);
    return self;
  };
}

/** encoder_encode_stateful: pending text + input, the unfinished tail kept for the next call. */
function encodeStateful(self: StatefulCtx, input: PyValue, final: boolean): PyBytesObj {
  const text = strOf(input, "couldn't convert the object to str.");
  const cps = self.pendingCps.length > 0 ? self.pendingCps.concat(toCodePoints(text)) : toCodePoints(text);
  const orig = self.pendingCps;
  self.pendingCps = [];
  let run: EncodeRun;
  try {
    run = encodeRun(self.codec, self.state, cps, self.errors, final ? FLUSH | RESET : 0);
  } catch (e) {
    self.pendingCps = orig;
    throw e;
  }
  if (run.p.i < cps.length) {
    if (cps.length - run.p.i > MAXENCPENDING) raise(UnicodeError, 'pending buffer overflow');
    self.pendingCps = cps.slice(run.p.i);
  }
  return new PyBytesObj(new Uint8Array(run.out));
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function keepPending(self: StatefulCtx, run: DecodeRun): void {
  const n = run.data.length - run.p.i;
  if (n > MAXDECPENDING) raise(UnicodeError, 'pending buffer overflow');
  self.pending = run.data.slice(run.p.i);
}

function decodeIncremental(self: StatefulCtx, data: Uint8Array, final: boolean): PyValue {
  const orig = self.pending;
  const run: DecodeRun = { data: concatBytes(self.pending, data), p: { i: 0 }, out: [] };
  self.pending = new Uint8Array(0);
  feed(self.codec, self.state, run, self.errors);
  if (final && run.p.i < run.data.length) {
    try {
      decError(self.codec, run, self.errors, TOOFEW);
    } catch (e) {
      self.pending = orig;
      throw e;
    }
  }
  if (run.p.i < run.data.length) keepPending(self, run);
  return fromCodePoints(run.out);
}

/** An unsigned little-endian integer from bytes, and back (_PyLong_FromByteArray / _AsByteArray). */
function intFromBytes(b: Uint8Array): PyValue {
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
  return normBig(v);
}
function bytesFromInt(v: PyValue, n: number): Uint8Array {
  let x = BigInt(index(v));
  if (x < 0n) raise(OverflowError, "can't convert negative int to unsigned");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (x !== 0n) raise(OverflowError, 'int too big to convert');
  return out;
}

const utf8 = new TextEncoder();
const utf8Dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function iread(self: StatefulCtx, method: string, sizehint: number): PyValue {
  if (sizehint === 0) return '';
  const out: number[] = [];
  for (;;) {
    const cres = sizehint < 0 ? call(getAttr(self.stream, method), []) : call(getAttr(self.stream, method), [sizehint]);
    if (!(cres instanceof PyBytesObj)) typeError(`stream function returned a non-bytes object (${typeOf(cres).name})`);
    const endoffile = cres.bytes.length === 0;
    const run: DecodeRun = { data: concatBytes(self.pending, cres.bytes), p: { i: 0 }, out };
    self.pending = new Uint8Array(0);
    const rsize = run.data.length;
    if (rsize > 0) feed(self.codec, self.state, run, self.errors);
    if ((endoffile || sizehint < 0) && run.p.i < rsize) decError(self.codec, run, self.errors, TOOFEW);
    if (run.p.i < rsize) keepPending(self, run);
    if (sizehint < 0 || out.length !== 0 || rsize === 0) break;
    sizehint = 1;
  }
  return fromCodePoints(out);
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(index(v));
  typeError('arg 1 must be an integer');
}

function writeStream(self: StatefulCtx, s: PyValue): void {
  const b = encodeStateful(self, s, false);
  call(getAttr(self.stream, 'write'), [b]);
}

let initialised = false;
function init(): void {
  initialised = true;
  defineMethods(multibyteCodecType, {
    encode: (self, args, kw) => {
      const [input, errorsV] = clinicArgs('encode', ['input', 'errors'], args, kw, 1);
      const errors = errorsArg('encode', errorsV);
      const text = strOf(input!, "couldn't convert the object to unicode.");
      const codec = codecOf(self);
      const st = new Uint8Array(8);
      codec.encinit?.(st);
      const run = encodeRun(codec, st, text, errors, FLUSH | RESET);
      return new PyTuple([new PyBytesObj(new Uint8Array(run.out)), run.cps.length]);
    },
    decode: (self, args, kw) => {
      const [input, errorsV] = clinicArgs('decode', ['input', 'errors'], args, kw, 1);
      const data = bufferArg('decode', input!);
      const errors = errorsArg('decode', errorsV);
      if (data.length === 0) return new PyTuple(['', 0]);
      const codec = codecOf(self);
      const st = new Uint8Array(8);
      codec.decinit?.(st);
      const run: DecodeRun = { data, p: { i: 0 }, out: [] };
      while (run.p.i < data.length) {
        const r = codec.decode(st, data, run.p, data.length, run.out);
        if (r === 0) break;
        decError(codec, run, errors, r);
      }
      return new PyTuple([fromCodePoints(run.out), data.length]);
    },
  });

  const errorsGetSet: [(self: PyValue) => PyValue, (self: PyValue, v: PyValue | null) => void] = [
    (self) => ctx(self).errors,
    (self, v) => {
      if (v === null) attributeError('cannot delete attribute');
      v = strSubValue(v);
      if (typeof v !== 'string') typeError('errors must be a string');
      ctx(self).errors = v;
    },
  ];
  const noInit = new PyBuiltin('__init__', () => None);
  for (const t of [incEncoderType, incDecoderType, streamReaderType, streamWriterType]) {
    defineGetters(t, { errors: errorsGetSet });
    t.tdict.set('__init__', noInit);
  }
  for (const t of [streamReaderType, streamWriterType]) defineGetters(t, { stream: (self) => ctx(self).stream });

  incEncoderType.tdict.set('__new__', new PyBuiltin('__new__', newCtx('IncrementalEncoder', false, true)));
  defineMethods(incEncoderType, {
    encode: (self, args, kw) => {
      const [input, final] = clinicArgs('encode', ['input', 'final'], args, kw, 1);
      return encodeStateful(ctx(self), input!, final !== undefined && Number(index(final)) !== 0);
    },
    getstate: (self) => {
      const c = ctx(self);
      const pend = c.pendingCps.length > 0 ? utf8.encode(String.fromCodePoint(...c.pendingCps)) : new Uint8Array(0);
      if (pend.length > MAXENCPENDING * 4) raise(UnicodeError, 'pending buffer too large');
      const b = new Uint8Array(1 + pend.length + 8);
      b[0] = pend.length;
      b.set(pend, 1);
      b.set(c.state, 1 + pend.length);
      return intFromBytes(b);
    },
    setstate: (self, args) => {
      const v = args[0];
      if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') typeError(`setstate() argument must be int, not ${typeOf(v).name}`);
      const b = bytesFromInt(v, 1 + MAXENCPENDING * 4 + 8);
      if (b[0] > MAXENCPENDING * 4) raise(UnicodeError, 'pending buffer too large');
      let text: string;
      try {
        text = utf8Dec.decode(b.subarray(1, 1 + b[0]));
      } catch {
        call(getAttr(new PyBytesObj(b.slice(1, 1 + b[0])), 'decode'), ['utf-8']);
        text = '';
      }
      const c = ctx(self);
      c.pendingCps = toCodePoints(text);
      c.state = b.slice(1 + b[0], 1 + b[0] + 8);
      return None;
    },
    reset: (self) => {
      const c = ctx(self);
      c.codec.encreset?.(c.state, []);
      c.pendingCps = [];
      return None;
    },
  });

  /** reset() of an incremental decoder and of a stream reader: the codec's state and the buffered bytes go. */
  const decoderReset = (self: PyValue): PyValue => {
    const c = ctx(self);
    c.codec.decreset?.(c.state);
    c.pending = new Uint8Array(0);
    return None;
  };

  incDecoderType.tdict.set('__new__', new PyBuiltin('__new__', newCtx('IncrementalDecoder', false, false)));
  defineMethods(incDecoderType, {
    decode: (self, args, kw) => {
      const [input, final] = clinicArgs('decode', ['input', 'final'], args, kw, 1);
      return decodeIncremental(ctx(self), bufferArg('decode', input!), final !== undefined && Number(index(final)) !== 0);
    },
    getstate: (self) => {
      const c = ctx(self);
      return new PyTuple([new PyBytesObj(c.pending.slice()), intFromBytes(c.state)]);
    },
    setstate: (self, args) => {
      const st = args[0];
      if (!(st instanceof PyTuple)) typeError(`setstate() argument must be tuple, not ${typeOf(st).name}`);
      if (st.items.length !== 2 || !(st.items[0] instanceof PyBytesObj)
        || !(typeof st.items[1] === 'number' || typeof st.items[1] === 'bigint' || typeof st.items[1] === 'boolean')) {
        typeError('setstate(): illegal state argument');
      }
      const state = bytesFromInt(st.items[1], 8);
      const buf = (st.items[0] as PyBytesObj).bytes;
      if (buf.length > MAXDECPENDING) raise(UnicodeError, 'pending buffer too large');
      const c = ctx(self);
      c.pending = buf.slice();
      c.state = state;
      return None;
    },
    reset: decoderReset,
  });

  streamReaderType.tdict.set('__new__', new PyBuiltin('__new__', newCtx('StreamReader', true, false)));
  defineMethods(streamReaderType, {
    read: (self, args) => iread(ctx(self), 'read', sizeArg(args[0])),
    readline: (self, args) => iread(ctx(self), 'readline', sizeArg(args[0])),
    readlines: (self, args) => {
      const r = iread(ctx(self), 'read', sizeArg(args[0]));
      return call(getAttr(r, 'splitlines'), [true]);
    },
    reset: decoderReset,
  });

  streamWriterType.tdict.set('__new__', new PyBuiltin('__new__', newCtx('StreamWriter', true, true)));
  defineMethods(streamWriterType, {
    write: (self, args) => {
      writeStream(ctx(self), args[0]);
      return None;
    },
    writelines: (self, args) => {
      const lines = args[0];
      if (getAttrOpt(lines, '__getitem__') === undefined || typeOf(lines).isSubtype(dictType)) typeError('arg must be a sequence object');
      for (let i = 0; i < lenOf(lines); i++) writeStream(ctx(self), getItem(lines, i));
      return None;
    },
    reset: (self) => {
      const c = ctx(self);
      if (c.pendingCps.length === 0) return None;
      const pend = c.pendingCps;
      c.pendingCps = [];
      const run = encodeRun(c.codec, c.state, pend, c.errors, FLUSH | RESET);
      if (run.out.length > 0) call(getAttr(c.stream, 'write'), [new PyBytesObj(new Uint8Array(run.out))]);
      return None;
    },
  });
}

export function makeMultibyteCodecModule(): PyModule {
  if (!initialised) init();
  const d = new PyDict();
  const m = new PyModule('_multibytecodec', d);
  d.setStr('MultibyteIncrementalEncoder', incEncoderType);
  d.setStr('MultibyteIncrementalDecoder', incDecoderType);
  d.setStr('MultibyteStreamReader', streamReaderType);
  d.setStr('MultibyteStreamWriter', streamWriterType);
  d.setStr('__create_codec', new PyBuiltin('__create_codec', () => valueError('argument type invalid')));
  return m;
}

/** A MultibyteCodec object for _codecs_<region>.getcodec. */
export function newMultibyteCodec(codec: CjkCodec): PyMultibyteCodec {
  if (!initialised) init();
  return new PyMultibyteCodec(codec);
}
