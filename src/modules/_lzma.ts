// The _lzma module (Modules/_lzmamodule.c) on compress/xz.ts and compress/lzmaenc.ts: LZMACompressor,
// LZMADecompressor, filter specifiers, the properties helpers and liblzma's constants and messages.
import { PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, PyObject, None, typeType, objectType, defineMethods, defineGetters, typeOf } from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, EOFError, OverflowError, MemoryError, Exception } from '../objects/exceptions.js';
import { getAttr, getItem, call, toArray } from '../objects/abstract.js';
import { needBytes } from '../objects/bytes.js';
import { typeNew } from '../objects/typeobject.js';
import { clinicArgs, ssizeArg, intArg } from './args.js';
import { LzmaError } from './compress/lzma.js';
import {
  XzDecoder, Filter, decodeFilterProps, isCheckSupported, ID_LZMA1, FILTER_LZMA1, FILTER_LZMA2, FILTER_DELTA, FILTER_X86,
  FILTER_SPARC, FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW, CHECK_NONE, CHECK_CRC64,
} from './compress/xz.js';
import { XzEncoder, presetFilter, encodeFilterProps } from './compress/lzmaenc.js';

const PRESET_DEFAULT = 6;
const PRESET_EXTREME = 0x80000000;
const FILTERS_MAX = 4;
const UINT64_MAX = 0xffffffffffffffffn;

let lzmaError: PyType;
let compressorType: PyType;
let decompressorType: PyType;

function lzErr(msg: string): never {
  throw new PyException(newException(lzmaError, [msg]));
}

/** catch_lzma_error's messages for the codec's error kinds. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof LzmaError) {
      switch (e.kind) {
        case 'data': lzErr('Corrupt input data');
        case 'options': lzErr('Invalid or unsupported options');
        case 'format': lzErr('Input format not supported by decoder');
        case 'memlimit': lzErr('Memory usage limit exceeded');
        case 'buf': lzErr('Insufficient buffer space');
        case 'prog': lzErr('Internal error');
        case 'check': lzErr('Unsupported integrity check');
      }
    }
    if (e instanceof RangeError) raise(MemoryError);
    throw e;
  }
}

/** PyLong_AsUnsignedLongLong. */
function u64(v: PyValue): bigint {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    const t = typeOf(v);
    if (t.lookup('__index__') === undefined) typeError('an integer is required');
    typeError('an integer is required');
  }
  const n = BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
  if (n < 0n) raise(OverflowError, "can't convert negative int to unsigned");
  if (n > UINT64_MAX) raise(OverflowError, 'int too big to convert');
  return n;
}

function u32(v: PyValue): number {
  const n = u64(v);
  if (n > 0xffffffffn) raise(OverflowError, 'Value too large for uint32_t type');
  return Number(n);
}

/** The entries of a filter specifier (a dict or any mapping). */
function specEntries(spec: PyValue): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  if (spec instanceof PyDict) {
    for (const e of spec.t.values()) out.push([typeof e.key === 'string' ? e.key : '\0', e.value]);
    return out;
  }
  for (const k of toArray(call(getAttr(spec, 'keys'), []))) out.push([typeof k === 'string' ? k : '\0', getItem(spec, k)]);
  return out;
}

/** PyMapping_Check: anything subscriptable (a bytes object passes, then fails on its 'id' lookup). */
function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  return typeOf(v).lookup('__getitem__') !== undefined;
}

function parsePreset(v: PyValue): number {
  return u32(v);
}

/** A filter from its specifier dict (lzma_filter_converter). */
function parseFilter(spec: PyValue): Filter {
  if (!isMapping(spec)) typeError('Filter specifier must be a dict or dict-like object');
  if (!(spec instanceof PyDict) && typeOf(spec).lookup('keys') === undefined) getItem(spec, 'id');
  const entries = specEntries(spec);
  const get = (k: string): PyValue | undefined => entries.find((e) => e[0] === k)?.[1];
  const idObj = get('id');
  if (idObj === undefined) valueError('Filter specifier must have an "id" entry');
  const id = u64(idObj);
  const allowed = (names: string[], what: string): void => {
    for (const [k] of entries) if (!names.includes(k)) valueError(`Invalid filter specifier for ${what} filter`);
  };
  if (id === FILTER_LZMA1 || id === BigInt(FILTER_LZMA2)) {
    const presetObj = get('preset');
    const preset = presetObj === undefined ? PRESET_DEFAULT : u32(presetObj);
    const f = presetFilter(preset);
    if (f === null) lzErr(`Invalid compression preset: ${preset}`);
    f.id = id === FILTER_LZMA1 ? ID_LZMA1 : FILTER_LZMA2;
    allowed(['id', 'preset', 'dict_size', 'lc', 'lp', 'pb', 'mode', 'nice_len', 'mf', 'depth'], 'LZMA');
    const num = (k: string): number | undefined => {
      const v = get(k);
      if (v === undefined) return undefined;
      try {
        return u32(v);
      } catch (e) {
        valueError('Invalid filter specifier for LZMA filter');
      }
    };
    f.dictSize = num('dict_size') ?? f.dictSize;
    f.lc = num('lc') ?? f.lc;
    f.lp = num('lp') ?? f.lp;
    f.pb = num('pb') ?? f.pb;
    f.mode = num('mode') ?? f.mode;
    f.niceLen = num('nice_len') ?? f.niceLen;
    f.mf = num('mf') ?? f.mf;
    f.depth = num('depth') ?? f.depth;
    return f;
  }
  const f: Filter = { id: Number(id), dictSize: 0, lc: 0, lp: 0, pb: 0, dist: 1, startOffset: 0, niceLen: 0, depth: 0, mode: 0, mf: 0 };
  if (id === BigInt(FILTER_DELTA)) {
    allowed(['id', 'dist'], 'delta');
    const d = get('dist');
    if (d !== undefined) {
      try {
        f.dist = u32(d);
      } catch (e) {
        valueError('Invalid filter specifier for delta filter');
      }
    }
    return f;
  }
  if (id >= BigInt(FILTER_X86) && id <= BigInt(FILTER_SPARC)) {
    allowed(['id', 'start_offset'], 'BCJ');
    const s = get('start_offset');
    if (s !== undefined) {
      try {
        f.startOffset = u32(s);
      } catch (e) {
        valueError('Invalid filter specifier for BCJ filter');
      }
    }
    return f;
  }
  valueError(`Invalid filter ID: ${id}`);
}

function parseChain(specs: PyValue): Filter[] {
  // PySequence_Length: mappings are not sequences.
  if (specs instanceof PyDict) typeError(`${typeOf(specs).tpName} is not a sequence`);
  const items = toArray(specs);
  if (items.length > FILTERS_MAX) valueError(`Too many filters - liblzma supports a maximum of ${FILTERS_MAX}`);
  return items.map(parseFilter);
}

class PyLZMACompressor extends PyObject {
  declare enc: XzEncoder;
  declare flushed: boolean;
  constructor(t: PyType, enc: XzEncoder) {
    super(t);
    this.enc = enc;
    this.flushed = false;
  }
}

class PyLZMADecompressor extends PyObject {
  declare dec: XzDecoder;
  declare needsInput: boolean;
  declare unusedData: Uint8Array;
  declare stalls: number;
  constructor(t: PyType, dec: XzDecoder) {
    super(t);
    this.dec = dec;
    this.stalls = 0;
    this.needsInput = true;
    this.unusedData = new Uint8Array(0);
  }
}

function C(self: PyValue): PyLZMACompressor {
  if (!(self instanceof PyLZMACompressor)) typeError(`descriptor requires a '_lzma.LZMACompressor' object but received a '${typeOf(self).tpName}'`);
  return self;
}
function D(self: PyValue): PyLZMADecompressor {
  if (!(self instanceof PyLZMADecompressor)) typeError(`descriptor requires a '_lzma.LZMADecompressor' object but received a '${typeOf(self).tpName}'`);
  return self;
}

function newCompressor(cls: PyType, args: PyValue[], kw: string[] | null): PyValue {
  const [fmtA, checkA, presetA, filtersA] = clinicArgs('LZMACompressor', ['format', 'check', 'preset', 'filters'], args, kw, 0);
  const format = fmtA === undefined ? FORMAT_XZ : intArg(fmtA);
  let check = checkA === undefined ? -1 : intArg(checkA);
  const presetObj = presetA ?? None;
  const filters = filtersA ?? None;
  if (format !== FORMAT_XZ && check !== -1 && check !== CHECK_NONE) valueError('Integrity checks are only supported by FORMAT_XZ');
  if (presetObj !== None && filters !== None) valueError('Cannot specify both preset and filter chain');
  const preset = presetObj === None ? PRESET_DEFAULT : parsePreset(presetObj);
  let chain: Filter[];
  switch (format) {
    case FORMAT_XZ: {
      if (check === -1) check = CHECK_CRC64;
      if (filters === None) {
        const f = presetFilter(preset);
        if (f === null) lzErr('Invalid or unsupported options');
        f.id = FILTER_LZMA2;
        chain = [f];
      } else chain = parseChain(filters);
      // lzma_stream_encoder: an unknown check ID is an error; a known but unsupported one too.
      if (check < 0 || check > 15) lzErr('Invalid or unsupported options');
      if (!isCheckSupported(check)) lzErr('Unsupported integrity check');
      break;
    }
    case FORMAT_ALONE: {
      if (filters === None) {
        const f = presetFilter(preset);
        if (f === null) lzErr(`Invalid compression preset: ${preset}`);
        f.id = ID_LZMA1;
        chain = [f];
      } else {
        chain = parseChain(filters);
        if (!(chain.length === 1 && chain[0].id === ID_LZMA1)) {
          valueError('Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter');
        }
      }
      check = CHECK_NONE;
      break;
    }
    case FORMAT_RAW:
      if (filters === None) valueError('Must specify filters for FORMAT_RAW');
      chain = parseChain(filters);
      check = CHECK_NONE;
      break;
    default:
      valueError(`Invalid container format: ${format}`);
  }
  const enc = guard(() => new XzEncoder(format, check, chain));
  return new PyLZMACompressor(cls, enc);
}

function newDecompressor(cls: PyType, args: PyValue[], kw: string[] | null): PyValue {
  const [fmtA, memA, filtersA] = clinicArgs('LZMADecompressor', ['format', 'memlimit', 'filters'], args, kw, 0);
  const format = fmtA === undefined ? FORMAT_AUTO : intArg(fmtA);
  const memObj = memA ?? None;
  const filters = filtersA ?? None;
  let memlimit = Infinity;
  if (memObj !== None) {
    if (format === FORMAT_RAW) valueError('Cannot specify memory limit with FORMAT_RAW');
    memlimit = Number(u64(memObj));
  }
  if (format === FORMAT_RAW && filters === None) valueError('Must specify filters for FORMAT_RAW');
  if (format !== FORMAT_RAW && filters !== None) valueError('Cannot specify filters except with FORMAT_RAW');
  let chain: Filter[] | null = null;
  if (format === FORMAT_RAW) {
    chain = parseChain(filters);
    guard(() => validateDecoderChain(chain!));
  } else if (format !== FORMAT_AUTO && format !== FORMAT_XZ && format !== FORMAT_ALONE) {
    valueError(`Invalid container format: ${format}`);
  }
  const dec = guard(() => new XzDecoder(format, memlimit, chain));
  return new PyLZMADecompressor(cls, dec);
}

/** lzma_raw_decoder's checks: one LZMA filter, last; the others simple filters. */
function validateDecoderChain(chain: Filter[]): void {
  const n = chain.length;
  if (n === 0) throw new LzmaError('prog');
  for (let i = 0; i < n; i++) {
    const isLz = chain[i].id === ID_LZMA1 || chain[i].id === FILTER_LZMA2;
    if (isLz !== (i === n - 1)) throw new LzmaError('options');
  }
  const last = chain[n - 1];
  if (last.lc > 4 || last.lp > 4 || last.pb > 4 || last.lc + last.lp > 4) throw new LzmaError('options');
  for (const f of chain) {
    if (f.id === FILTER_DELTA && (f.dist < 1 || f.dist > 256)) throw new LzmaError('options');
    
  }
}

function initTypes(): void {
  const ns = new PyDict();
  ns.setStr('__module__', '_lzma');
  ns.setStr('__doc__', 'Call to liblzma failed.');
  lzmaError = typeNew(typeType, 'LZMAError', [Exception], ns, null);
  compressorType = new PyType(typeType, 'LZMACompressor', [objectType], 0);
  compressorType.mro = [compressorType, objectType];
  compressorType.tdict.set('__module__', '_lzma');
  decompressorType = new PyType(typeType, 'LZMADecompressor', [objectType], 0);
  decompressorType.mro = [decompressorType, objectType];
  decompressorType.tdict.set('__module__', '_lzma');
  compressorType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => newCompressor(args[0] as PyType, args.slice(1), kw)));
  decompressorType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => newDecompressor(args[0] as PyType, args.slice(1), kw)));
  const noPickle = (self: PyValue): PyValue => typeError(`cannot pickle '_lzma.${typeOf(self).name}' object`);

  defineMethods(compressorType, {
    compress: (self, args, kw) => {
      if ((kw !== null && kw.length > 0) || args.length !== 1) typeError(`compress() takes exactly one argument (${args.length} given)`);
      const c = C(self);
      const data = needBytes(args[0]);
      if (c.flushed) valueError('Compressor has been flushed');
      return new PyBytesObj(guard(() => c.enc.compress(data)));
    },
    flush: (self, args) => {
      if (args.length !== 0) typeError(`flush() takes no arguments (${args.length} given)`);
      const c = C(self);
      if (c.flushed) valueError('Repeated call to flush()');
      c.flushed = true;
      return new PyBytesObj(guard(() => c.enc.finish()));
    },
    __reduce__: noPickle,
  });

  defineMethods(decompressorType, {
    decompress: (self, args, kw) => {
      const [data, maxLength] = clinicArgs('decompress', ['data', 'max_length'], args, kw, 1);
      const bytes = needBytes(data!);
      const max = maxLength === undefined ? -1 : ssizeArg(maxLength);
      const d = D(self);
      const dec = d.dec;
      if (dec.eof) raise(EOFError, 'Already at end of stream');
      dec.feed(bytes);
      const out = guard(() => dec.run(max < 0 ? -1 : max));
      // liblzma fails a second call in a row that makes no progress (LZMA_BUF_ERROR); CPython lets
      // that through only when there was no output room, i.e. max_length=0.
      if (bytes.length === 0 && out.length === 0 && !dec.eof) {
        if (++d.stalls >= 2 && max === 0) lzErr('Insufficient buffer space');
      } else d.stalls = 0;
      if (dec.eof) {
        d.needsInput = false;
        const u = dec.unused();
        if (u.length > 0) d.unusedData = u;
      } else {
        // liblzma takes all the input while it has output room: input is left only when the output filled.
        d.needsInput = !(max >= 0 && out.length >= max);
      }
      return new PyBytesObj(out);
    },
    __reduce__: noPickle,
  });
  defineGetters(decompressorType, {
    check: (self) => D(self).dec.check,
    eof: (self) => D(self).dec.eof,
    unused_data: (self) => new PyBytesObj(D(self).unusedData),
    needs_input: (self) => D(self).needsInput,
  });
}

export function makeLzmaModule(): PyModule {
  if (lzmaError === undefined) initTypes();
  const d = new PyDict();
  const m = new PyModule('_lzma', d);
  const consts: [string, PyValue][] = [
    ['FORMAT_AUTO', FORMAT_AUTO], ['FORMAT_XZ', FORMAT_XZ], ['FORMAT_ALONE', FORMAT_ALONE], ['FORMAT_RAW', FORMAT_RAW],
    ['CHECK_NONE', 0], ['CHECK_CRC32', 1], ['CHECK_CRC64', 4], ['CHECK_SHA256', 10], ['CHECK_ID_MAX', 15], ['CHECK_UNKNOWN', 16],
    ['FILTER_LZMA1', FILTER_LZMA1], ['FILTER_LZMA2', FILTER_LZMA2], ['FILTER_DELTA', FILTER_DELTA], ['FILTER_X86', FILTER_X86],
    ['FILTER_IA64', 6], ['FILTER_ARM', 7], ['FILTER_ARMTHUMB', 8], ['FILTER_SPARC', 9], ['FILTER_POWERPC', 5],
    ['MF_HC3', 0x03], ['MF_HC4', 0x04], ['MF_BT2', 0x12], ['MF_BT3', 0x13], ['MF_BT4', 0x14],
    ['MODE_FAST', 1], ['MODE_NORMAL', 2], ['PRESET_DEFAULT', PRESET_DEFAULT], ['PRESET_EXTREME', PRESET_EXTREME],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  d.setStr('LZMAError', lzmaError);
  d.setStr('LZMACompressor', compressorType);
  d.setStr('LZMADecompressor', decompressorType);
  d.setStr('is_check_supported', new PyBuiltin('is_check_supported', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('is_check_supported() takes no keyword arguments');
    if (args.length !== 1) typeError(`is_check_supported() takes exactly one argument (${args.length} given)`);
    return isCheckSupported(intArg(args[0]));
  }));
  d.setStr('_encode_filter_properties', new PyBuiltin('_encode_filter_properties', (args, kw) => {
    if ((kw !== null && kw.length > 0) || args.length !== 1) typeError(`_encode_filter_properties() takes exactly one argument (${args.length} given)`);
    const f = parseFilter(args[0]);
    return new PyBytesObj(guard(() => encodeFilterProps(f)));
  }));
  d.setStr('_decode_filter_properties', new PyBuiltin('_decode_filter_properties', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('_decode_filter_properties() takes no keyword arguments');
    if (args.length !== 2) typeError(`_decode_filter_properties expected 2 arguments, got ${args.length}`);
    const id = u64(args[0]);
    const props = needBytes(args[1]);
    const nid = id === FILTER_LZMA1 ? ID_LZMA1 : id <= 0xffn ? Number(id) : -2;
    const f = guard(() => decodeFilterProps(nid, props));
    const spec = new PyDict();
    spec.setStr('id', id === FILTER_LZMA1 ? FILTER_LZMA1 : Number(id));
    if (nid === ID_LZMA1) {
      spec.setStr('lc', f.lc);
      spec.setStr('lp', f.lp);
      spec.setStr('pb', f.pb);
      spec.setStr('dict_size', f.dictSize);
    } else if (nid === FILTER_LZMA2) spec.setStr('dict_size', f.dictSize);
    else if (nid === FILTER_DELTA) spec.setStr('dist', f.dist);
    else spec.setStr('start_offset', f.startOffset);
    return spec;
  }));
  return m;
}

