// The marshal module (Python/marshal.c) over src/bytecode/marshal.ts: dumps/loads/dump/load between the
// object model and marshal's own value representation (what importlib's _bootstrap_external needs to
// read and write pycs, and what user code gets from marshal).
import {
  PyValue, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PySet, PyFloat, PyComplexObj, PyBytesObj, None, Ellipsis, typeOf,
  frozensetType,
} from '../objects/object.js';
import { raise, typeError, valueError, exceptionTypes, StopIteration as StopIterationT } from '../objects/exceptions.js';
import { call, getAttr, index } from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import {
  loads as mLoads, dumps as mDumps, MarshalValue, MarshalError, PyList as MList, PyDict as MDict, PySet as MSet,
  StopIteration as MStop,
} from '../bytecode/marshal.js';
import {
  PyBytes as CBytes, PyComplex as CComplex, Ellipsis as CEllipsis, PyTuple as CTuple, PyFrozenSet as CFrozenSet, PyCodePointStr,
} from '../parser/constants.js';
import { CodeObject } from '../bytecode/code.js';
import { RtCode, fromMarshal } from '../vm/code.js';
import { parseArgs } from '../objects/str.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';

/** A Python value as marshal.ts writes it; ValueError('unmarshallable object') otherwise. */
export function toMarshal(v: PyValue): MarshalValue {
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
  const t = typeOf(v);
  if (v instanceof PyFloat && t.name === 'float') return v.value;
  if (v instanceof PyBytesObj) return new CBytes(v.bytes.slice());
  if (v instanceof PyComplexObj) return new CComplex(v.real, v.imag);
  if (v instanceof PySurrogateStr) return new PyCodePointStr(v.cps.slice());
  if (v === Ellipsis) return CEllipsis;
  if (v === StopIterationT) return MStop;
  if (v instanceof RtCode) return v.co;
  if (v instanceof PyTuple) return new CTuple(v.items.map(toMarshal) as never);
  if (v instanceof PyList) return new MList(v.items.map(toMarshal));
  if (v instanceof PyDict) {
    const d = new MDict();
    for (const e of v.t.map.values()) {
      d.keys.push(toMarshal(e.key));
      d.values.push(toMarshal(e.value));
    }
    return d;
  }
  if (v instanceof PySet) {
    const items: MarshalValue[] = [];
    for (const e of v.t.values()) items.push(toMarshal(e.key));
    return t === frozensetType || t.isSubtype(frozensetType) ? new CFrozenSet(items as never) : new MSet(items);
  }
  valueError('unmarshallable object');
}

function marshalError(e: unknown): never {
  if (e instanceof MarshalError) raise(exceptionTypes.get(e.pyType) ?? exceptionTypes.get('ValueError')!, e.message);
  throw e;
}

export function loadsValue(data: Uint8Array): PyValue {
  let v: MarshalValue;
  try {
    v = mLoads(data);
  } catch (e) {
    marshalError(e);
  }
  return fromMarshal(v);
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
    return new PyBytesObj(dumpsValue(v!, ver === undefined ? 4 : Number(index(ver))));
  });
  def('loads', (args, kw) => {
    const [b] = parseArgs('loads', ['bytes'], args, kw, 1);
    const data = asBytes(b!);
    if (data === undefined) typeError(`a bytes-like object is required, not '${typeOf(b!).name}'`);
    return loadsValue(data);
  });
  def('dump', (args, kw) => {
    const [v, f, ver] = parseArgs('dump', ['value', 'file', 'version'], args, kw, 2);
    call(getAttr(f!, 'write'), [new PyBytesObj(dumpsValue(v!, ver === undefined ? 4 : Number(index(ver))))]);
    return None;
  });
  def('load', (args, kw) => {
    const [f] = parseArgs('load', ['file'], args, kw, 1);
    const data = asBytes(call(getAttr(f!, 'read'), []));
    if (data === undefined) typeError('file.read() returned not bytes');
    return loadsValue(data);
  });
  return m;
}
