// The _bz2 module (Modules/_bz2module.c) on compress/bzip2.ts: BZ2Compressor and BZ2Decompressor with
// CPython 3.11's arguments, messages, needs_input and unused_data rules.
import { PyValue, PyType, PyDict, PyModule, PyBytesObj, PyBuiltin, PyObject, None, typeType, objectType, defineMethods, defineGetters, typeOf } from '../objects/object.js';
import { typeError, valueError, raise, OSError, EOFError } from '../objects/exceptions.js';
import { needBytes } from '../objects/bytes.js';
import { clinicArgs, ssizeArg, intArg } from './args.js';
import { Bz2Encoder, Bz2Decoder, Bz2DataError } from './compress/bzip2.js';

let compressorType: PyType;
let decompressorType: PyType;

class PyBZ2Compressor extends PyObject {
  declare enc: Bz2Encoder | null;
  declare flushed: boolean;
  constructor(t: PyType) {
    super(t);
    this.enc = null;
    this.flushed = false;
  }
}

class PyBZ2Decompressor extends PyObject {
  declare dec: Bz2Decoder | null;
  declare needsInput: boolean;
  declare unusedData: Uint8Array;
  constructor(t: PyType) {
    super(t);
    this.dec = null;
    this.needsInput = true;
    this.unusedData = new Uint8Array(0);
  }
}

function C(self: PyValue): PyBZ2Compressor {
  if (!(self instanceof PyBZ2Compressor)) typeError(`descriptor requires a '_bz2.BZ2Compressor' object but received a '${typeOf(self).tpName}'`);
  return self;
}
function D(self: PyValue): PyBZ2Decompressor {
  if (!(self instanceof PyBZ2Decompressor)) typeError(`descriptor requires a '_bz2.BZ2Decompressor' object but received a '${typeOf(self).tpName}'`);
  return self;
}

function dataError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Bz2DataError) raise(OSError, 'Invalid data stream');
    throw e;
  }
}

function initTypes(): void {
  compressorType = new PyType(typeType, 'BZ2Compressor', [objectType], 0);
  compressorType.mro = [compressorType, objectType];
  compressorType.tdict.set('__module__', '_bz2');
  decompressorType = new PyType(typeType, 'BZ2Decompressor', [objectType], 0);
  decompressorType.mro = [decompressorType, objectType];
  decompressorType.tdict.set('__module__', '_bz2');
  compressorType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyBZ2Compressor(args[0] as PyType)));
  decompressorType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyBZ2Decompressor(args[0] as PyType)));
  const noPickle = (self: PyValue): PyValue => typeError(`cannot pickle '_bz2.${typeOf(self).name}' object`);

  defineMethods(compressorType, {
    __init__: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('BZ2Compressor() takes no keyword arguments');
      if (args.length > 1) typeError(`BZ2Compressor expected at most 1 argument, got ${args.length}`);
      const level = args.length > 0 ? intArg(args[0]) : 9;
      if (level < 1 || level > 9) valueError('compresslevel must be between 1 and 9');
      const c = C(self);
      c.enc = new Bz2Encoder(level);
      c.flushed = false;
      return None;
    },
    compress: (self, args, kw) => {
      if ((kw !== null && kw.length > 0) || args.length !== 1) typeError(`compress() takes exactly one argument (${args.length} given)`);
      const c = C(self);
      const data = needBytes(args[0]);
      if (c.flushed) valueError('Compressor has been flushed');
      if (c.enc === null) valueError('Internal error - invalid parameters passed to libbzip2');
      return new PyBytesObj(c.enc.compress(data));
    },
    flush: (self, args) => {
      if (args.length !== 0) typeError(`flush() takes no arguments (${args.length} given)`);
      const c = C(self);
      if (c.flushed) valueError('Repeated call to flush()');
      if (c.enc === null) valueError('Internal error - invalid parameters passed to libbzip2');
      c.flushed = true;
      return new PyBytesObj(c.enc.finish());
    },
    __reduce__: noPickle,
  });

  defineMethods(decompressorType, {
    __init__: (self, args, kw) => {
      if (args.length - (kw === null ? 0 : kw.length) > 0) typeError('BZ2Decompressor() takes no positional arguments');
      if (kw !== null && kw.length > 0) typeError('BZ2Decompressor() takes no keyword arguments');
      const d = D(self);
      d.dec = new Bz2Decoder();
      d.needsInput = true;
      d.unusedData = new Uint8Array(0);
      return None;
    },
    decompress: (self, args, kw) => {
      const [data, maxLength] = clinicArgs('decompress', ['data', 'max_length'], args, kw, 1);
      const bytes = needBytes(data!);
      const max = maxLength === undefined ? -1 : ssizeArg(maxLength);
      const d = D(self);
      const dec = d.dec;
      if (dec === null) valueError('Internal error - invalid parameters passed to libbzip2');
      if (dec.eof) raise(EOFError, 'End of stream already reached');
      dec.feed(bytes);
      const [out, starved] = dataError(() => dec.run(max < 0 ? -1 : max));
      if (dec.eof) {
        d.needsInput = false;
        const u = dec.unused();
        if (u.length > 0) d.unusedData = u;
      } else {
        // libbzip2 takes in all input it can parse; input is left over only when the output is full.
        d.needsInput = starved || dec.consumedBytes() >= dec.bufLen;
      }
      return new PyBytesObj(out);
    },
    __reduce__: noPickle,
  });
  defineGetters(decompressorType, {
    eof: (self) => D(self).dec?.eof ?? false,
    unused_data: (self) => new PyBytesObj(D(self).unusedData),
    needs_input: (self) => D(self).needsInput,
  });
}

export function makeBz2Module(): PyModule {
  if (compressorType === undefined) initTypes();
  const d = new PyDict();
  const m = new PyModule('_bz2', d);
  d.setStr('BZ2Compressor', compressorType);
  d.setStr('BZ2Decompressor', decompressorType);
  return m;
}
