// dict, set, frozenset and the dict views (Objects/dictobject.c, setobject.c).
import {
  PyValue, PyDict, PySet, PyList, PyTuple, PyBuiltin, PyType, PyDictView, PyNativeIter, dictType, setType,
  frozensetType, dictKeysType, dictValuesType, dictItemsType, NotImplemented, None, defineMethods, defineClassMethods, defineGetters,
  typeOf, TF_HEAPTYPE, iteratorType, HTable, DictEntry, normBig, SetHTable,
} from './object.js';
import { typeError, raise, KeyError, RuntimeError, newException, PyException } from './exceptions.js';
import { repr, eq, toArray, getIter, iterNext, call, getAttr, reprEnter, reprLeave, getItem, callSpecial, hash } from './abstract.js';
import { PyFunction } from './funcobject.js';
import { mappingProxyOf, initMappingProxy } from './mappingproxy.js';

export function keyError(k: PyValue): never {
  throw new PyException(newException(KeyError, [k]));
}

function D(v: PyValue): PyDict {
  if (!(v instanceof PyDict)) typeError(`descriptor requires a 'dict' object but received a '${typeOf(v).tpName}'`);
  return v;
}

/**
 * Iterate a table's entries as CPython's dict iterators do: a change of size raises; a key deleted
 * and another added (same size) goes unnoticed unless the iterator then finds more entries than the
 * dict had when it started ("keys changed"). A JS Map visits entries in CPython's order: deleted ones
 * are skipped, re-inserted ones come last.
 */
function tableIter(t: HTable, what: string, f: (e: DictEntry) => PyValue): PyNativeIter {
  const it = t.values();
  const size = t.size;
  let left = size;
  const iter = new PyNativeIter(() => {
    if (t.size !== size) raise(RuntimeError, `${what} changed size during iteration`);
    const r = it.next();
    if (r.done) {
      left = 0;
      return undefined;
    }
    if (left === 0) raise(RuntimeError, `${what} keys changed during iteration`);
    left--;
    return f(r.value);
  }, iteratorType, 'dict_keyiterator');
  iter.lengthHint = () => (t.size === size ? left : 0);
  return iter;
}

/** _PyArg_CheckPositional for dict's methods. */
function positional(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** dict.update(other) / DICT_UPDATE semantics. */
export function dictUpdate(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    for (const e of Array.from(other.t.values())) d.set(e.key, e.value);
    return;
  }
  const keys = typeOf(other).lookup('keys');
  if (keys !== undefined) {
    for (const k of toArray(call(getAttr(other, 'keys'), []))) d.set(k, getItem(other, k));
    return;
  }
  const it = getIter(other);
  let i = 0;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    const kv = typeof item === 'string' || typeOf(item).lookup('__iter__') === undefined ? null : toArray(item);
    if (kv === null) typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    if (kv.length !== 2) raise(ValueErrorT, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    d.set(kv[0], kv[1]);
    i++;
  }
}
import { ValueError as ValueErrorT } from './exceptions.js';

/** DICT_MERGE (** in calls): duplicate keys are an error naming the function. */
export function dictMerge(d: PyDict, other: PyValue, fn: PyValue): void {
  const fname = functionStr(fn);
  if (!(other instanceof PyDict) && typeOf(other).lookup('keys') === undefined)
    typeError(`${fname} argument after ** must be a mapping, not ${typeOf(other).tpName}`);
  const src = new PyDict();
  dictUpdate(src, other);
  for (const e of src.t.values()) {
    if (typeof e.key !== 'string') typeError(`keywords must be strings`);
    if (d.t.find(e.key) !== undefined) typeError(`${fname} got multiple values for keyword argument '${e.key}'`);
    d.set(e.key, e.value);
  }
}

/** _PyObject_FunctionStr: module.qualname() for functions. */
export function functionStr(fn: PyValue): string {
  if (fn instanceof PyFunction) {
    const m = fn.module;
    return (typeof m === 'string' && m !== 'builtins' ? m + '.' : '') + fn.qualname + '()';
  }
  if (fn instanceof PyBuiltin) return fn.qualname + '()';
  if (fn instanceof PyType) return fn.qualname + '()';
  return typeOf(fn).name + ' object';
}

function dictRepr(d: PyDict): string {
  if (!reprEnter(d)) return '{...}';
  try {
    const parts: string[] = [];
    for (const e of d.t.values()) parts.push(repr(e.key) + ': ' + repr(e.value));
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(d);
  }
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.t.size !== b.t.size) return false;
  for (const e of a.t.values()) {
    const o = b.t.find(e.key);
    if (o === undefined) return false;
    if (!(o.value === e.value || eq(e.value, o.value))) return false;
  }
  return true;
}

function S(v: PyValue): PySet {
  if (!(v instanceof PySet)) typeError(`descriptor requires a 'set' object but received a '${typeOf(v).tpName}'`);
  return v;
}

function isSetLike(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function newSetLike(proto: PySet): PySet {
  return new PySet(proto.cls.isSubtype(frozensetType) ? frozensetType : setType);
}

function setFrom(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  setUpdate(s.t, v);
  return s;
}

/**
 * set_update_internal: the items of v into t. Another set is merged slot by slot (set_merge), which keeps
 * its layout, so set(fs) iterates as fs does; anything else is added in iteration order.
 */
export function setUpdate(t: SetHTable, v: PyValue): void {
  if (v instanceof PySet) {
    t.mergeFrom(v.t);
    return;
  }
  const items = toArray(v);
  for (let i = 0; i < items.length; i++) t.set(items[i], None);
}

function setRepr(s: PySet): string {
  const name = s.cls.name;
  if (s.t.size === 0) return `${name}()`;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    const parts: string[] = [];
    for (const e of s.t.values()) parts.push(repr(e.key));
    const body = '{' + parts.join(', ') + '}';
    return name === 'set' ? body : `${name}(${body})`;
  } finally {
    reprLeave(s);
  }
}

function subset(a: PySet, b: PySet): boolean {
  if (a.t.size > b.t.size) return false;
  for (const e of a.t.values()) if (b.t.find(e.key) === undefined) return false;
  return true;
}

/** The set operations in the order CPython performs them (the result's layout depends on it). */
function setOp(kind: 'and' | 'or' | 'sub' | 'xor', a: PySet, b: PySet): PySet {
  const r = newSetLike(a);
  if (kind === 'or') {
    r.t.mergeFrom(a.t);
    r.t.mergeFrom(b.t);
  } else if (kind === 'and') {
    let big = a;
    let small = b;
    if (b.t.size > a.t.size) {
      big = b;
      small = a;
    }
    for (const e of small.t.values()) if (big.t.find(e.key) !== undefined) r.t.set(e.key, None);
  } else if (kind === 'sub') {
    if ((a.t.size >> 2) > b.t.size) {
      r.t.mergeFrom(a.t);
      for (const e of b.t.values()) r.t.delete(e.key);
    } else {
      for (const e of a.t.values()) if (b.t.find(e.key) === undefined) r.t.set(e.key, None);
    }
  } else {
    // set_symmetric_difference: a copy of the other operand, updated with this one.
    r.t.mergeFrom(b.t);
    for (const e of a.t.values()) {
      if (r.t.find(e.key) !== undefined) r.t.delete(e.key);
      else r.t.set(e.key, None);
    }
  }
  return r;
}

function binSet(kind: 'and' | 'or' | 'sub' | 'xor', reflected = false) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const o = args[0];
    if (!isSetLike(o)) return NotImplemented;
    return reflected ? setOp(kind, o, S(self)) : setOp(kind, S(self), o);
  };
}

function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  for (const e of v.d.t.values()) {
    if (v.cls === dictKeysType) out.push(e.key);
    else if (v.cls === dictValuesType) out.push(e.value);
    else out.push(new PyTuple([e.key, e.value]));
  }
  return out;
}

function viewSet(v: PyValue): PySet | undefined {
  if (v instanceof PySet) return v;
  if (v instanceof PyDictView && v.cls !== dictValuesType) return setFrom(new PyList(viewItems(v)));
  return undefined;
}

export function initDict(): void {
  dictType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const d = new PyDict(cls);
    if (cls.flags & TF_HEAPTYPE) d.dict = new PyDict();
    return d;
  }));
  dictType.tdict.set('__hash__', None);
  defineMethods(dictType, {
    __init__: (self, args, kw) => {
      const d = D(self);
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      if (npos > 1) typeError(`dict expected at most 1 argument, got ${npos}`);
      if (npos === 1) dictUpdate(d, args[0]);
      for (let i = 0; i < nkw; i++) d.setStr(kw![i], args[npos + i]);
      return None;
    },
    __len__: (self) => D(self).t.size,
    __getitem__: (self, args) => {
      const d = D(self);
      const e = d.t.find(args[0]);
      if (e !== undefined) return e.value;
      if (d.cls !== dictType) {
        const m = callSpecial(d, '__missing__', [args[0]]);
        if (m !== undefined) return m;
      }
      keyError(args[0]);
    },
    __setitem__: (self, args) => (D(self).set(args[0], args[1]), None),
    __delitem__: (self, args) => {
      if (D(self).t.delete(args[0]) === undefined) keyError(args[0]);
      return None;
    },
    __contains__: (self, args) => D(self).t.find(args[0]) !== undefined,
    __iter__: (self) => tableIter(D(self).t, 'dictionary', (e) => e.key),
    __reversed__: (self) => {
      const items = Array.from(D(self).t.values()).reverse();
      let i = 0;
      return new PyNativeIter(() => (i < items.length ? items[i++].key : undefined));
    },
    __eq__: (self, args) => (args[0] instanceof PyDict ? dictEq(D(self), args[0]) : NotImplemented),
    __ne__: (self, args) => (args[0] instanceof PyDict ? !dictEq(D(self), args[0]) : NotImplemented),
    __repr__: (self) => dictRepr(D(self)),
    __or__: (self, args) => {
      if (!(args[0] instanceof PyDict)) return NotImplemented;
      const r = new PyDict();
      dictUpdate(r, D(self));
      dictUpdate(r, args[0]);
      return r;
    },
    __ior__: (self, args) => (dictUpdate(D(self), args[0]), self),
    get: (self, args) => {
      positional('get', args, 1, 2);
      const e = D(self).t.find(args[0]);
      return e !== undefined ? e.value : args.length > 1 ? args[1] : None;
    },
    setdefault: (self, args) => {
      positional('setdefault', args, 1, 2);
      const d = D(self);
      const e = d.t.find(args[0]);
      if (e !== undefined) return e.value;
      const v = args.length > 1 ? args[1] : None;
      d.set(args[0], v);
      return v;
    },
    pop: (self, args) => {
      positional('pop', args, 1, 2);
      const e = D(self).t.delete(args[0]);
      if (e !== undefined) return e.value;
      if (args.length > 1) return args[1];
      keyError(args[0]);
    },
    popitem: (self) => {
      const d = D(self);
      const e = d.t.last();
      if (e === undefined) raise(KeyError, 'popitem(): dictionary is empty');
      d.t.delete(e.key);
      return new PyTuple([e.key, e.value]);
    },
    keys: (self) => new PyDictView(dictKeysType, D(self)),
    values: (self) => new PyDictView(dictValuesType, D(self)),
    items: (self) => new PyDictView(dictItemsType, D(self)),
    update: (self, args, kw) => {
      const d = D(self);
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      if (npos > 1) typeError(`update expected at most 1 argument, got ${npos}`);
      if (npos === 1) dictUpdate(d, args[0]);
      for (let i = 0; i < nkw; i++) d.setStr(kw![i], args[npos + i]);
      return None;
    },
    clear: (self) => (D(self).t.clear(), None),
    copy: (self) => {
      const r = new PyDict();
      for (const e of D(self).t.values()) r.set(e.key, e.value);
      return r;
    },
  });
  defineClassMethods(dictType, {
    fromkeys: (cls, args) => {
      const d = call(cls, []) as PyDict;
      const v = args.length > 1 ? args[1] : None;
      for (const k of toArray(args[0])) d.set(k, v);
      return d;
    },
  });

  for (const vt of [dictKeysType, dictValuesType, dictItemsType]) {
    defineGetters(vt, { mapping: (self) => mappingProxyOf((self as PyDictView).d) });
    defineMethods(vt, {
      __len__: (self) => (self as PyDictView).d.t.size,
      __iter__: (self) => {
        const v = self as PyDictView;
        return tableIter(v.d.t, 'dictionary', vt === dictKeysType ? (e) => e.key : vt === dictValuesType ? (e) => e.value : (e) => new PyTuple([e.key, e.value]));
      },
      __reversed__: (self) => {
        const items = viewItems(self as PyDictView).reverse();
        let i = 0;
        return new PyNativeIter(() => (i < items.length ? items[i++] : undefined));
      },
      __repr__: (self) => {
        const v = self as PyDictView;
        return `${vt.name}([${viewItems(v).map(repr).join(', ')}])`;
      },
      __contains__: (self, args) => {
        const v = self as PyDictView;
        if (vt === dictKeysType) return v.d.t.find(args[0]) !== undefined;
        if (vt === dictItemsType) {
          const kv = args[0];
          if (!(kv instanceof PyTuple) || kv.items.length !== 2) return false;
          const e = v.d.t.find(kv.items[0]);
          return e !== undefined && (e.value === kv.items[1] || eq(e.value, kv.items[1]));
        }
        for (const x of viewItems(v)) if (x === args[0] || eq(x, args[0])) return true;
        return false;
      },
    });
    if (vt !== dictValuesType) {
      const op = (kind: 'and' | 'or' | 'sub' | 'xor', refl = false) => (self: PyValue, args: PyValue[]): PyValue => {
        const a = viewSet(self)!;
        let b = viewSet(args[0]);
        if (b === undefined) {
          try {
            b = setFrom(args[0]);
          } catch {
            return NotImplemented;
          }
        }
        const r = refl ? setOp(kind, b, a) : setOp(kind, a, b);
        return new PySet(setType).t === undefined ? r : toPlainSet(r);
      };
      defineMethods(vt, {
        __and__: op('and'), __or__: op('or'), __sub__: op('sub'), __xor__: op('xor'),
        __rand__: op('and', true), __ror__: op('or', true), __rsub__: op('sub', true), __rxor__: op('xor', true),
        __eq__: (self, args) => {
          const b = viewSet(args[0]);
          if (b === undefined) return NotImplemented;
          const a = viewSet(self)!;
          return a.t.size === b.t.size && subset(a, b);
        },
        isdisjoint: (self, args) => setOp('and', viewSet(self)!, setFrom(args[0])).t.size === 0,
        __le__: (self, args) => { const b = viewSet(args[0]); return b === undefined ? NotImplemented : subset(viewSet(self)!, b); },
        __ge__: (self, args) => { const b = viewSet(args[0]); return b === undefined ? NotImplemented : subset(b, viewSet(self)!); },
        __lt__: (self, args) => { const b = viewSet(args[0]); const a = viewSet(self)!; return b === undefined ? NotImplemented : a.t.size < b.t.size && subset(a, b); },
        __gt__: (self, args) => { const b = viewSet(args[0]); const a = viewSet(self)!; return b === undefined ? NotImplemented : b.t.size < a.t.size && subset(b, a); },
      });
    }
  }

  // set / frozenset
  const setNew = (args: PyValue[], kw: string[] | null): PyValue => {
    const cls = args[0] as PyType;
    if (cls.isSubtype(frozensetType)) {
      if (kw !== null && kw.length > 0) typeError('frozenset() takes no keyword arguments');
      if (cls === frozensetType && args.length > 1 && args[1] instanceof PySet && args[1].cls === frozensetType) return args[1];
      const s = new PySet(cls);
      if (args.length > 1) setUpdate(s.t, args[1]);
      if (cls.flags & TF_HEAPTYPE) s.dict = new PyDict();
      return s;
    }
    const s = new PySet(cls);
    if (cls.flags & TF_HEAPTYPE) s.dict = new PyDict();
    return s;
  };
  setType.tdict.set('__new__', new PyBuiltin('__new__', setNew));
  frozensetType.tdict.set('__new__', new PyBuiltin('__new__', setNew));
  setType.tdict.set('__hash__', None);
  const common = {
    __len__: (self: PyValue) => S(self).t.size,
    __contains__: (self: PyValue, args: PyValue[]) => {
      const k = args[0];
      if (k instanceof PySet && k.cls === setType) {
        return S(self).t.find(frozenKey(k)) !== undefined;
      }
      return S(self).t.find(k) !== undefined;
    },
    __iter__: (self: PyValue) => tableIter(S(self).t, 'Set', (e) => e.key),
    __repr__: (self: PyValue) => setRepr(S(self)),
    __and__: binSet('and'), __or__: binSet('or'), __sub__: binSet('sub'), __xor__: binSet('xor'),
    __rand__: binSet('and', true), __ror__: binSet('or', true), __rsub__: binSet('sub', true), __rxor__: binSet('xor', true),
    __eq__: (self: PyValue, args: PyValue[]) => {
      const o = args[0];
      if (!isSetLike(o)) return NotImplemented;
      const a = S(self);
      return a.t.size === o.t.size && subset(a, o);
    },
    __ne__: (self: PyValue, args: PyValue[]) => {
      const o = args[0];
      if (!isSetLike(o)) return NotImplemented;
      const a = S(self);
      return !(a.t.size === o.t.size && subset(a, o));
    },
    __le__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? subset(S(self), args[0]) : NotImplemented),
    __lt__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? S(self).t.size < args[0].t.size && subset(S(self), args[0]) : NotImplemented),
    __ge__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? subset(args[0], S(self)) : NotImplemented),
    __gt__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? args[0].t.size < S(self).t.size && subset(args[0], S(self)) : NotImplemented),
    union: (self: PyValue, args: PyValue[]) => args.reduce<PySet>((acc, o) => setOp('or', acc, setFrom(o)), copySet(S(self))),
    intersection: (self: PyValue, args: PyValue[]) => args.reduce<PySet>((acc, o) => setOp('and', acc, setFrom(o)), copySet(S(self))),
    difference: (self: PyValue, args: PyValue[]) => args.reduce<PySet>((acc, o) => setOp('sub', acc, setFrom(o)), copySet(S(self))),
    symmetric_difference: (self: PyValue, args: PyValue[]) => setOp('xor', S(self), setFrom(args[0])),
    issubset: (self: PyValue, args: PyValue[]) => subset(S(self), setFrom(args[0])),
    issuperset: (self: PyValue, args: PyValue[]) => subset(setFrom(args[0]), S(self)),
    isdisjoint: (self: PyValue, args: PyValue[]) => setOp('and', S(self), setFrom(args[0])).t.size === 0,
    copy: (self: PyValue) => copySet(S(self)),
    // set_reduce: (type, (list,), state), the state as object.__getstate__ gives it.
    __reduce__: (self: PyValue) => new PyTuple([typeOf(self), new PyTuple([new PyList(toArray(self))]),
      call(getAttr(self, '__getstate__'), [])]),
  };
  defineMethods(frozensetType, {
    ...common,
    copy: (self) => (S(self).cls === frozensetType ? self : copySet(S(self))),
    __hash__: (self) => frozensetHash(S(self)),
  });
  defineMethods(setType, {
    ...common,
    __init__: (self, args) => {
      const s = S(self);
      s.t.clear();
      if (args.length > 0) setUpdate(s.t, args[0]);
      return None;
    },
    __ior__: (self, args) => { if (!isSetLike(args[0])) return NotImplemented; S(self).t.mergeFrom(args[0].t); return self; },
    __iand__: (self, args) => { if (!isSetLike(args[0])) return NotImplemented; replaceSet(S(self), setOp('and', S(self), args[0])); return self; },
    __isub__: (self, args) => { if (!isSetLike(args[0])) return NotImplemented; replaceSet(S(self), setOp('sub', S(self), args[0])); return self; },
    __ixor__: (self, args) => { if (!isSetLike(args[0])) return NotImplemented; replaceSet(S(self), setOp('xor', S(self), args[0])); return self; },
    add: (self, args) => (S(self).t.set(args[0], None), None),
    remove: (self, args) => {
      const k = args[0];
      if (S(self).t.delete(k instanceof PySet && k.cls === setType ? frozenKey(k) : k) === undefined) keyError(k);
      return None;
    },
    discard: (self, args) => {
      const k = args[0];
      S(self).t.delete(k instanceof PySet && k.cls === setType ? frozenKey(k) : k);
      return None;
    },
    pop: (self) => {
      const e = S(self).t.popEntry();
      if (e === undefined) raise(KeyError, 'pop from an empty set');
      return e.key;
    },
    clear: (self) => (S(self).t.clear(), None),
    update: (self, args) => {
      for (const o of args) setUpdate(S(self).t, o);
      return None;
    },
    intersection_update: (self, args) => (replaceSet(S(self), args.reduce<PySet>((acc, o) => setOp('and', acc, setFrom(o)), S(self))), None),
    difference_update: (self, args) => (replaceSet(S(self), args.reduce<PySet>((acc, o) => setOp('sub', acc, setFrom(o)), S(self))), None),
    symmetric_difference_update: (self, args) => (replaceSet(S(self), setOp('xor', S(self), setFrom(args[0]))), None),
  });
  initMappingProxy(dictType);
}

function copySet(s: PySet): PySet {
  const r = newSetLike(s);
  r.t.mergeFrom(s.t);
  return r;
}

function toPlainSet(s: PySet): PySet {
  if (s.cls === setType) return s;
  const r = new PySet(setType);
  r.t.mergeFrom(s.t);
  return r;
}

function replaceSet(s: PySet, r: PySet): void {
  const keys = Array.from(r.t.values()).map((e) => e.key);
  s.t.clear();
  for (const k of keys) s.t.set(k, None);
}

const U64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}
/** CPython's frozenset hash (64-bit, order-independent): the xor of the members' shuffled hashes, dispersed. */
export function frozensetHash(s: PySet): number | bigint {
  let h = 0n;
  for (const e of s.t.values()) h ^= shuffleBits(BigInt.asUintN(64, BigInt(hash(e.key))));
  h ^= (BigInt(s.t.size + 1) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return normBig(BigInt.asIntN(64, h));
}

/** A set used as a key of a set (in, remove, discard) stands for the frozenset of its items, as in CPython. */
function frozenKey(k: PySet): PySet {
  const fz = new PySet(frozensetType);
  for (const e of k.t.values()) fz.t.set(e.key, None);
  return fz;
}
