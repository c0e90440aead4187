// The marshal module (Python/marshal.c) over src/bytecode/marshal.ts: dumps/loads/dump/load between the
// object model and marshal's own value representation (what importlib's _bootstrap_external needs to
// read and write pycs, and what user code gets from marshal).
import { audit } from '../vm/audit.js';
import {
  PyValue, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PySet, PyFloat, PyComplexObj, PyBytesObj, PyByteArray, None, Ellipsis,
  typeOf, memoryviewType, frozensetType, floatType, complexType, tupleType, listType, dictType, setType,
} from '../objects/object.js';
import { raise, typeError, valueError, exceptionTypes, StopIteration as StopIterationT } from '../objects/exceptions.js';
import { call, getAttr, getAttrOpt, index, truthy } from '../objects/abstract.js';
import { asBytes, getBuffer } from '../objects/bytes.js';
import {
  loadFrom, loads, dumps as mDumps, MarshalValue, MarshalError, PyList as MList, PyDict as MDict, PySet as MSet,
  StopIteration as MStop,
} from '../bytecode/marshal.js';
import {
  PyBytes as CBytes, PyComplex as CComplex, Ellipsis as CEllipsis, PyTuple as CTuple, PyFrozenSet as CFrozenSet, PyCodePointStr,
} from '../parser/constants.js';
import { CodeObject } from '../bytecode/code.js';
import { RtCode, fromMarshal } from '../vm/code.js';
import { parseArgs } from '../objects/str.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';

/**
 * A Python value as marshal.ts writes it; ValueError('unmarshallable object') otherwise. Only the exact
 * builtin types are marshallable, and any buffer (bytearray, memoryview, array) is written as bytes, as
 * w_object does. `memo` keeps one marshal value per object, so that an object met twice (or a container
 * holding itself) is one object for the writer, which then refers back to it.
 */
export function toMarshal(v: PyValue, memo: Map<PyValue, MarshalValue> = new Map()): MarshalValue {
  if (v === None) return null as unknown as MarshalValue;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return BigInt(v);
    case 'bigint':
      return v;
  }
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  const t = typeOf(v);
  if (t === floatType) return (v as PyFloat).value;
  if (v === Ellipsis) return CEllipsis;
  if (v === StopIterationT) return MStop;
  if (v instanceof RtCode) return v.co;
  if (v instanceof PySurrogateStr) return new PyCodePointStr(v.cps.slice());
  let out: MarshalValue;
  if (t === complexType) out = new CComplex((v as PyComplexObj).real, (v as PyComplexObj).imag);
  else if (t === tupleType) {
    // Items filled after the tuple is known: a list inside may hold the tuple again.
    const items: MarshalValue[] = [];
    memo.set(v, (out = new CTuple(items as never)));
    for (const x of (v as PyTuple).items) items.push(toMarshal(x, memo));
    return out;
  } else if (t === listType) {
    const l = new MList([]);
    memo.set(v, l);
    for (const x of (v as PyList).items) l.items.push(toMarshal(x, memo));
    return l;
  } else if (t === dictType) {
    const d = new MDict();
    memo.set(v, d);
    for (const e of (v as PyDict).t.map.values()) {
      d.keys.push(toMarshal(e.key, memo));
      d.values.push(toMarshal(e.value, memo));
    }
    return d;
  } else if (t === setType || t === frozensetType) {
    const items: MarshalValue[] = [];
    for (const e of (v as PySet).t.values()) items.push(toMarshal(e.key, memo));
    out = t === frozensetType ? new CFrozenSet(items as never) : new MSet(items);
  } else {
    const buf = getBuffer(v);
    if (buf === undefined) valueError('unmarshallable object');
    out = new CBytes(buf.data.slice());
  }
  memo.set(v, out);
  return out;
}

function marshalError(e: unknown): never {
  if (e instanceof MarshalError) raise(exceptionTypes.get(e.pyType) ?? exceptionTypes.get('ValueError')!, e.message);
  throw e;
}

export function loadsValue(data: Uint8Array): PyValue {
  let r: MarshalValue;
  try {
    r = loads(data);
  } catch (e) {
    marshalError(e);
  }
  return fromMarshalShared(r, new Map());
}

/**
 * fromMarshal for marshal.loads: a value the data refers back to (TYPE_REF) is one object, and a container
 * is known before its items are read, so one that holds itself does.
 */
function fromMarshalShared(v: MarshalValue, memo: Map<object, PyValue>): PyValue {
  if (v === null || typeof v !== 'object') return fromMarshal(v);
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  let out: PyValue;
  if (v instanceof CTuple) {
    if (v.items.length === 0) return fromMarshal(v);
    const items: PyValue[] = [];
    memo.set(v, (out = new PyTuple(items)));
    for (const x of v.items) items.push(fromMarshalShared(x as MarshalValue, memo));
    return out;
  }
  if (v instanceof MList) {
    const l = new PyList([]);
    memo.set(v, l);
    for (const x of v.items) l.items.push(fromMarshalShared(x, memo));
    return l;
  }
  if (v instanceof MDict) {
    const d = new PyDict();
    memo.set(v, d);
    v.keys.forEach((k, i) => d.set(fromMarshalShared(k, memo), fromMarshalShared(v.values[i], memo)));
    return d;
  }
  if (v instanceof MSet || v instanceof CFrozenSet) {
    const s = new PySet(v instanceof CFrozenSet ? frozensetType : undefined);
    for (const x of v.items) s.t.set(fromMarshalShared(x as MarshalValue, memo), None);
    out = s;
  } else out = fromMarshal(v);
  memo.set(v, out);
  return out;
}

export function dumpsValue(v: PyValue, version: number): Uint8Array {
  try {
    return mDumps(toMarshal(v), { version });
  } catch (e) {
    marshalError(e);
  }
}

export function makeMarshalModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('marshal', d);
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  d.setStr('version', 4);
  def('dumps', (args, kw) => {
    const [v, ver] = parseArgs('dumps', ['value', 'version'], args, kw, 1);
    const version = ver === undefined ? 4 : Number(index(ver));
    audit('marshal.dumps', [v!, version]);
    return new PyBytesObj(dumpsValue(v!, version));
  });
  def('loads', (args, kw) => {
    const [b] = parseArgs('loads', ['bytes'], args, kw, 1);
    const data = asBytes(b!);
    if (data === undefined) typeError(`a bytes-like object is required, not '${typeOf(b!).name}'`);
    audit('marshal.loads', [b!]);
    return loadsValue(data);
  });
  def('dump', (args, kw) => {
    const [v, f, ver] = parseArgs('dump', ['value', 'file', 'version'], args, kw, 2);
    const version = ver === undefined ? 4 : Number(index(ver));
    audit('marshal.dumps', [v!, version]);
    call(getAttr(f!, 'write'), [new PyBytesObj(dumpsValue(v!, version))]);
    return None;
  });
  def('load', (args, kw) => {
    const [f] = parseArgs('load', ['file'], args, kw, 1);
    audit('marshal.load', []);
    // read(0) first, to see that the file gives bytes; then readinto, for exactly the object's bytes, so
    // that a pipe or socket is left at the next object (and a seekable file needs no seek back)
    const probe = call(getAttr(f!, 'read'), [0]);
    if (!(probe instanceof PyBytesObj) || probe instanceof PyByteArray) typeError(`file.read() returned not bytes but ${typeOf(probe).tpName}`);
    const readinto = getAttr(f!, 'readinto');
    let r: MarshalValue;
    try {
      r = loadFrom((n) => {
        const into = new PyByteArray(new Uint8Array(n));
        const got = Number(index(call(readinto, [call(memoryviewType, [into])])));
        if (got > n) valueError(`read() returned too much data: ${n} bytes requested, ${got} returned`);
        return got === n ? into.bytes : into.bytes.subarray(0, Math.max(got, 0));
      });
    } catch (e) {
      marshalError(e);
    }
    return fromMarshalShared(r, new Map());
  });
  return m;
}
