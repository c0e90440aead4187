// dict, set, frozenset and the dict views (Objects/dictobject.c, setobject.c).
import {
  PyValue, PyDict, PySet, PyList, PyTuple, PyBuiltin, PyType, PyDictView, PyNativeIter, dictType, setType,
  frozensetType, dictKeysType, dictValuesType, dictItemsType, NotImplemented, None, defineMethods, defineClassMethods, defineGetters,
  typeOf, TF_HEAPTYPE, HTable, DictEntry, SlowEntry, normBig, SetHTable, listType, tupleType,
} from './object.js';
import { typeLayout } from './layout.js';
import { typeError, raise, KeyError, RuntimeError, newException, PyException } from './exceptions.js';
import { repr, str, eq, toArray, getIter, iterNext, call, getAttr, lookupAttr, reprEnter, reprLeave, getItem, setItem, callSpecial, hash, contains, lenOf } from './abstract.js';
import { PyFunction } from './funcobject.js';
import { dictKeysBytes, beforeMerge, clonedFrom, copiedFrom } from './dict_alloc.js';
import { mappingProxyOf, initMappingProxy } from './mappingproxy.js';
import { methO } from '../modules/args.js';
import { mkIterType, defineIterProtocol, listIterReduce, stateIter, stateOf, type StateIter } from './iterobject.js';

export function keyError(k: PyValue): never {
  throw new PyException(newException(KeyError, [k]));
}

function D(v: PyValue): PyDict {
  if (!(v instanceof PyDict)) typeError(`descriptor requires a 'dict' object but received a '${typeOf(v).tpName}'`);
  return v;
}

// ---------------------------------------------------------------------------
// Iterators: dict_keyiterator & co. and set_iterator (dictiter_*, setiter_*), with their pickling:
// __reduce__ gives (iter, (list of what is left,)) without consuming the iterator, as CPython's copy does.

export const dictKeyIterType = mkIterType('dict_keyiterator');
export const dictValueIterType = mkIterType('dict_valueiterator');
export const dictItemIterType = mkIterType('dict_itemiterator');
export const dictRevKeyIterType = mkIterType('dict_reversekeyiterator');
export const dictRevValueIterType = mkIterType('dict_reversevalueiterator');
export const dictRevItemIterType = mkIterType('dict_reverseitemiterator');
export const setIterType = mkIterType('set_iterator');

/** What a dict iterator or view yields of each entry (OrderedDict's iterators too). */
export const KEYS = 0, VALUES = 1, ITEMS = 2;
export function entryOf(kind: number, e: DictEntry): PyValue {
  return kind === KEYS ? e.key : kind === VALUES ? e.value : new PyTuple([e.key, e.value]);
}

/**
 * Iterate a table's entries as CPython's dict iterators do: a change of size raises; a key deleted
 * and another added (same size) goes unnoticed unless the iterator then finds more entries than the
 * dict had when it started ("keys changed"). A JS Map visits entries in CPython's order: deleted ones
 * are skipped, re-inserted ones come last.
 */
class TableIterState {
  /** null once exhausted (CPython drops the dict: a later change of size no longer raises). */
  declare t: HTable | null;
  declare it: Iterator<DictEntry>;
  declare size: number;
  declare left: number;
  declare kind: number;
  /** 'dictionary' or 'Set', for the messages. */
  declare what: string;
  constructor(t: HTable, kind: number, what: string) {
    this.t = t;
    this.it = t.values();
    this.size = t.size;
    this.left = t.size;
    this.kind = kind;
    this.what = what;
  }
}
function tableNext(this: StateIter<TableIterState>): PyValue | undefined {
  const st = this.st;
  const t = st.t;
  if (t === null) return undefined;
  if (t.size !== st.size) raise(RuntimeError, `${st.what} changed size during iteration`);
  const r = st.it.next();
  if (r.done) {
    st.left = 0;
    st.t = null;
    return undefined;
  }
  if (st.left === 0) raise(RuntimeError, `${st.what} keys changed during iteration`);
  st.left--;
  return entryOf(st.kind, r.value);
}
function tableIter(t: HTable, kind: number): PyNativeIter {
  const cls = kind === KEYS ? dictKeyIterType : kind === VALUES ? dictValueIterType : dictItemIterType;
  return stateIter(tableNext, cls, new TableIterState(t, kind, 'dictionary'));
}

/** reversed(dict) and its views: the entries as they were, walked backwards, with dictreviter's size check. */
class DictRevState {
  declare t: HTable | null;
  declare entries: DictEntry[];
  declare pos: number;
  declare size: number;
  declare kind: number;
  constructor(t: HTable, kind: number) {
    this.t = t;
    this.entries = Array.from(t.values());
    this.pos = this.entries.length - 1;
    this.size = t.size;
    this.kind = kind;
  }
}
function dictRevNext(this: StateIter<DictRevState>): PyValue | undefined {
  const st = this.st;
  const t = st.t;
  if (t === null) return undefined;
  if (t.size !== st.size) raise(RuntimeError, 'dictionary changed size during iteration');
  if (st.pos < 0) {
    st.t = null;
    return undefined;
  }
  return entryOf(st.kind, st.entries[st.pos--]);
}
function dictRevIter(t: HTable, kind: number): PyNativeIter {
  const cls = kind === KEYS ? dictRevKeyIterType : kind === VALUES ? dictRevValueIterType : dictRevItemIterType;
  return stateIter(dictRevNext, cls, new DictRevState(t, kind));
}

function initTableIterators(): void {
  for (const t of [dictKeyIterType, dictValueIterType, dictItemIterType, setIterType]) {
    defineIterProtocol(t);
    defineMethods(t, {
      __length_hint__: (self) => {
        const it = stateOf<TableIterState>(self);
        return it.t !== null && it.t.size === it.size ? it.left : 0;
      },
      __reduce__: (self) => {
        const it = stateOf<TableIterState>(self);
        const out: PyValue[] = [];
        if (it.t !== null) {
          if (it.t.size !== it.size) raise(RuntimeError, `${it.what} changed size during iteration`);
          const all = Array.from(it.t.values());
          for (let k = all.length - it.left; k < all.length; k++) out.push(entryOf(it.kind, all[k]));
        }
        return listIterReduce(out);
      },
    });
  }
  for (const t of [dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType]) {
    defineIterProtocol(t);
    defineMethods(t, {
      __length_hint__: (self) => {
        const it = stateOf<DictRevState>(self);
        return it.t !== null && it.t.size === it.size ? it.pos + 1 : 0;
      },
      __reduce__: (self) => {
        const it = stateOf<DictRevState>(self);
        const out: PyValue[] = [];
        if (it.t !== null) {
          if (it.t.size !== it.size) raise(RuntimeError, 'dictionary changed size during iteration');
          for (let k = it.pos; k >= 0; k--) out.push(entryOf(it.kind, it.entries[k]));
        }
        return listIterReduce(out);
      },
    });
  }
}

/** _PyArg_CheckPositional for dict's methods. */
function positional(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * dict.update(other), dict(other), `|=` (dict_update_arg): a mapping is merged (dict_merge), anything else
 * taken as a sequence of pairs (PyDict_MergeFromSeq2).
 */
export function dictUpdate(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict || lookupAttr(other, 'keys') !== undefined) dictMergeFrom(d, other);
  else mergeFromSeq2(d, other);
}

/** A dict whose iteration is dict's own (an exact dict, or a subclass not overriding __iter__): read its table directly. */
export function iteratesAsDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && (v.cls === dictType || typeOf(v).lookup('__iter__') === dictType.tdict.get('__iter__'));
}

/**
 * dict_merge: a dict whose iteration is dict's own is read entry by entry with the hashes it holds (and must
 * not change meanwhile: a key's __eq__ may mutate it), copied whole into an empty dict; other mappings
 * (OrderedDict, whose order is its own) through keys() and [].
 */
export function dictMergeFrom(d: PyDict, other: PyValue): void {
  if (iteratesAsDict(other)) {
    const t = other.t;
    if (beforeMerge(d.t, t)) {
      d.t.copyFrom(t);
      clonedFrom(d.t, t);
      return;
    }
    const version = t.version;
    for (const e of Array.from(t.values())) {
      d.t.set(e.key, e.value, e instanceof SlowEntry ? e.h : undefined);
      if (t.version !== version) raise(RuntimeError, 'dict mutated during update');
    }
    return;
  }
  for (const k of toArray(call(getAttr(other, 'keys'), []))) d.set(k, getItem(other, k));
}

function mergeFromSeq2(d: PyDict, other: PyValue): void {
  const it = getIter(other);
  for (let i = 0; ; i++) {
    const item = iterNext(it);
    if (item === undefined) break;
    // PySequence_Fast: anything iterable (a str of one character is a sequence of length 1).
    const t = typeOf(item);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
      typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    const kv = toArray(item);
    if (kv.length !== 2) raise(ValueErrorT, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    d.set(kv[0], kv[1]);
  }
}
import { ValueError as ValueErrorT } from './exceptions.js';

/** DICT_MERGE (** in calls): duplicate keys are an error naming the function. */
export function dictMerge(d: PyDict, other: PyValue, fn: PyValue): void {
  if (!(other instanceof PyDict) && typeOf(other).lookup('keys') === undefined)
    typeError(`${functionStr(fn)} argument after ** must be a mapping, not ${typeOf(other).tpName}`);
  // _PyDict_MergeEx(d, other, 2): key by key, so that a mapping listing a key twice is a duplicate too (any key:
  // the call refuses the ones that are not strings).
  const add = (k: PyValue, v: PyValue): void => {
    if (d.t.find(k) !== undefined) typeError(`${functionStr(fn)} got multiple values for keyword argument '${str(k)}'`);
    d.set(k, v);
  };
  if (iteratesAsDict(other)) {
    for (const e of Array.from(other.t.values())) add(e.key, e.value);
  } else {
    for (const k of toArray(call(getAttr(other, 'keys'), []))) add(k, getItem(other, k));
  }
}

/** _PyObject_FunctionStr: module.qualname() for functions. */
export function functionStr(fn: PyValue): string {
  if (fn instanceof PyFunction) {
    const m = fn.module;
    return (typeof m === 'string' && m !== 'builtins' ? m + '.' : '') + fn.qualname + '()';
  }
  if (fn instanceof PyBuiltin) return fn.qualname + '()';
  // Anything else: its __qualname__ (and __module__ unless builtins) if it has one, else str().
  const qn = lookupAttr(fn, '__qualname__');
  if (typeof qn !== 'string') return str(fn);
  const m = lookupAttr(fn, '__module__');
  return (typeof m === 'string' && m !== 'builtins' ? m + '.' : '') + qn + '()';
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

/** The one argument of a METH_O set method ("frozenset.isdisjoint() takes exactly one argument (0 given)"). */
function setArg(self: PyValue, name: string, args: PyValue[]): PyValue {
  return methO(`${S(self).cls.isSubtype(frozensetType) ? 'frozenset' : 'set'}.${name}`, args, null);
}

function isSetLike(v: PyValue): v is PySet {
  return v instanceof PySet;
}

function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.cls === dictType;
}

/** make_new_set_basetype: an empty set or frozenset, whichever the class of proto derives from. */
function newSetLike(proto: PySet): PySet {
  return new PySet(proto.cls.isSubtype(frozensetType) ? frozensetType : setType);
}

/** PySet_New(v): a set of v's items. */
function setOf(v: PyValue): PySet {
  const s = new PySet(setType);
  setUpdate(s.t, v);
  return s;
}

/**
 * set_update_internal: the items of v into t. Another set is merged slot by slot (set_merge), which keeps its
 * layout, so set(fs) iterates as fs does; an exact dict makes one resize up front, then its keys are added; the
 * items of anything else are added as they come.
 */
export function setUpdate(t: SetHTable, v: PyValue): void {
  if (v instanceof PySet) {
    t.mergeFrom(v.t);
    return;
  }
  if (v instanceof PyDict && v.cls === dictType) {
    t.reserve(v.t.size);
    for (const e of v.t.values()) t.set(e.key, None);
    return;
  }
  if (typeof v === 'string' || ((v instanceof PyList || v instanceof PyTuple) && (v.cls === listType || v.cls === tupleType))) {
    const items = toArray(v);
    for (let i = 0; i < items.length; i++) t.set(items[i], None);
    return;
  }
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return;
    t.set(x, None);
  }
}

/** Calls f on each item of an iterable, until f returns true. */
function eachItem(v: PyValue, f: (x: PyValue) => boolean | void): void {
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined || f(x) === true) return;
  }
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

// The set algorithms of Objects/setobject.c, step for step: which operand is iterated, which object of two
// equal keys is kept (1 or 1.0), and when the table is resized decide the layout, so the iteration order.

/** set_copy: a new set (or frozenset) merged from s. */
function copySet(s: PySet): PySet {
  const r = newSetLike(s);
  r.t.mergeFrom(s.t);
  return r;
}

/** set_issubset. */
function setIsSubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) return setIsSubset(so, setOf(other));
  if (so.t.size > other.t.size) return false;
  const t = so.t;
  for (let i = 0; i < t.capacity(); i++) {
    const e = t.liveAt(i);
    if (e !== null && other.t.find(e.key) === undefined) return false;
  }
  return true;
}

/** set_issuperset: another set's test is its issubset; an iterable's items are looked up in turn. */
function setIsSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  let r = true;
  eachItem(other, (x) => {
    if (so.t.find(x) === undefined) return !(r = false);
  });
  return r;
}

/** set_isdisjoint. */
function setIsDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.t.size === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    let a: PySet = so, b: PySet = other;
    if (b.t.size > a.t.size) [a, b] = [b, a];
    const t = b.t;
    for (let i = 0; i < t.capacity(); i++) {
      const e = t.liveAt(i);
      if (e !== null && a.t.find(e.key) !== undefined) return false;
    }
    return true;
  }
  let r = true;
  eachItem(other, (x) => {
    if (so.t.find(x) !== undefined) return !(r = false);
  });
  return r;
}

/** set_richcompare for ==: same size, then a subset. */
function setEq(a: PySet, b: PySet): boolean {
  return a.t.size === b.t.size && setIsSubset(a, b);
}

/**
 * set_intersection: of two sets the smaller is iterated (the other when sizes tie) and its objects kept; any
 * other iterable is iterated, its objects kept, and the loop stops once the result is as large as so.
 */
function setIntersection(so: PySet, other: PyValue): PySet {
  if (so === other) return copySet(so);
  const r = newSetLike(so);
  if (other instanceof PySet) {
    let a: PySet = so, b: PySet = other;
    if (b.t.size > a.t.size) [a, b] = [b, a];
    const t = b.t;
    for (let i = 0; i < t.capacity(); i++) {
      const e = t.liveAt(i);
      if (e !== null && a.t.find(e.key) !== undefined) r.t.set(e.key, None);
    }
    return r;
  }
  eachItem(other, (x) => {
    if (so.t.find(x) !== undefined) {
      r.t.set(x, None);
      return r.t.size >= so.t.size;
    }
  });
  return r;
}

/** set_intersection_multi. */
function setIntersectionMulti(so: PySet, args: PyValue[]): PySet {
  if (args.length === 0) return copySet(so);
  let r = so;
  for (const o of args) r = setIntersection(r, o);
  return r;
}

/** set_difference_update_internal: discards, then a resize when more than a quarter of the table are dummies. */
function setDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.t.clear();
    return;
  }
  if (other instanceof PySet) {
    // A set more than 8 times larger is replaced by its intersection with so.
    const o = other.t.size >> 3 > so.t.size ? setIntersection(so, other) : other;
    const t = o.t;
    for (let i = 0; i < t.capacity(); i++) {
      const e = t.liveAt(i);
      if (e !== null) so.t.delete(e.key);
    }
  } else eachItem(other, (x) => void so.t.delete(x));
  so.t.purgeDummies();
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const r = copySet(so);
  setDifferenceUpdate(r, other);
  return r;
}

/** set_difference: a copy of so with other's items discarded, or (other not much smaller) so's items not in other. */
function setDifference(so: PySet, other: PyValue): PySet {
  if (!(other instanceof PySet) && !isExactDict(other)) return copyAndDifference(so, other);
  const ot = (other as PySet | PyDict).t;
  if (so.t.size >> 2 > ot.size) return copyAndDifference(so, other);
  const r = newSetLike(so);
  const t = so.t;
  for (let i = 0; i < t.capacity(); i++) {
    const e = t.liveAt(i);
    if (e !== null && ot.find(e.key) === undefined) r.t.set(e.key, None);
  }
  return r;
}

/** set_difference_multi. */
function setDifferenceMulti(so: PySet, args: PyValue[]): PySet {
  if (args.length === 0) return copySet(so);
  const r = setDifference(so, args[0]);
  for (let i = 1; i < args.length; i++) setDifferenceUpdate(r, args[i]);
  return r;
}

/** set_symmetric_difference_update: each key of other (an exact dict's keys, else other made a set) is discarded, or added if absent. */
function setSymDiffUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.t.clear();
    return;
  }
  const t = so.t;
  if (isExactDict(other)) {
    for (const e of Array.from(other.t.values())) if (t.delete(e.key) === undefined) t.set(e.key, None);
    return;
  }
  const o = (other instanceof PySet ? other : setOfLike(so, other)).t;
  for (let i = 0; i < o.capacity(); i++) {
    const e = o.liveAt(i);
    if (e !== null && t.delete(e.key) === undefined) t.set(e.key, None);
  }
}

/** make_new_set_basetype(type(so), v). */
function setOfLike(so: PySet, v: PyValue): PySet {
  const r = newSetLike(so);
  setUpdate(r.t, v);
  return r;
}

/** set_symmetric_difference: other made a set, updated with so. */
function setSymDiff(so: PySet, other: PyValue): PySet {
  const r = setOfLike(so, other);
  setSymDiffUpdate(r, so);
  return r;
}

/** set_union. */
function setUnion(so: PySet, args: PyValue[]): PySet {
  const r = copySet(so);
  for (const o of args) if (o !== so) setUpdate(r.t, o);
  return r;
}

/** set_or / set_and / set_sub / set_xor, given both operands are sets. */
function setOp(kind: 'and' | 'or' | 'sub' | 'xor', a: PySet, b: PySet): PySet {
  switch (kind) {
    case 'or': return setUnion(a, [b]);
    case 'and': return setIntersection(a, b);
    case 'sub': return setDifference(a, b);
    default: return setSymDiff(a, b);
  }
}

function binSet(kind: 'and' | 'or' | 'sub' | 'xor', reflected = false) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const o = args[0];
    if (!isSetLike(o)) return NotImplemented;
    return reflected ? setOp(kind, o, S(self)) : setOp(kind, S(self), o);
  };
}

/** set_iand / set_isub / set_ixor (set_ior is an update). */
function inplaceSet(kind: 'and' | 'sub' | 'xor') {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const o = args[0];
    if (!isSetLike(o)) return NotImplemented;
    const s = S(self);
    if (kind === 'and') s.t.swapBodies(setIntersection(s, o).t);
    else if (kind === 'sub') setDifferenceUpdate(s, o);
    else setSymDiffUpdate(s, o);
    return self;
  };
}

function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  const kind = viewKind(v);
  for (const e of v.d.t.values()) out.push(entryOf(kind, e));
  return out;
}

/** What a view lists; collections.OrderedDict's views are subtypes of dict's. */
function viewKind(v: PyDictView): number {
  const t = v.cls;
  return t === dictKeysType ? KEYS : t === dictItemsType ? ITEMS : t === dictValuesType ? VALUES
    : t.isSubtype(dictKeysType) ? KEYS : t.isSubtype(dictItemsType) ? ITEMS : VALUES;
}

// The set operations of dict views (Objects/dictobject.c). The number slots take (left, right): the view is
// either operand.

/** A keys or items view (PyDictViewSet_Check). */
function isViewSet(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && viewKind(v) !== VALUES;
}

/** dictkeys_contains / dictitems_contains. */
function viewContains(v: PyDictView, x: PyValue): boolean {
  if (viewKind(v) === KEYS) return v.d.t.find(x) !== undefined;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const e = v.d.t.find(x.items[0]);
  return e !== undefined && (e.value === x.items[1] || eq(e.value, x.items[1]));
}

/** dictviews_to_set: the keys of an exact dict come from the dict itself (set_update_internal's dict path). */
function viewToSet(x: PyValue): PySet {
  if (x instanceof PyDictView && x.cls === dictKeysType && isExactDict(x.d)) return setOf(x.d);
  return setOf(x);
}

/** _PyDictView_Intersect. */
function viewAnd(left: PyValue, right: PyValue): PyValue {
  let self = left, other = right;
  if (!isViewSet(self)) [self, other] = [other, self];
  const v = self as PyDictView;
  const n = v.d.t.size;
  if (other instanceof PySet && other.cls === setType && n <= other.t.size) return setIntersectionMulti(other, [v]);
  let big = v;
  if (isViewSet(other) && other.d.t.size > n) [big, other] = [other, v];
  const r = new PySet(setType);
  eachItem(other, (x) => {
    if (viewContains(big, x)) r.t.set(x, None);
  });
  return r;
}

/** dictitems_xor: items of the second dict not equal in the first, then the first's remaining items. */
function itemsXor(a: PyDictView, b: PyDictView): PySet {
  const rest = new PyDict();
  for (const e of a.d.t.values()) rest.set(e.key, e.value);
  const r = new PySet(setType);
  for (const e of Array.from(b.d.t.values())) {
    const o = rest.t.find(e.key);
    if (o !== undefined && (o.value === e.value || eq(o.value, e.value))) rest.t.delete(e.key);
    else r.t.set(new PyTuple([e.key, e.value]), None);
  }
  setUpdate(r.t, new PyDictView(dictItemsType, rest));
  return r;
}

function viewOp(kind: 'and' | 'or' | 'sub' | 'xor', left: PyValue, right: PyValue): PyValue {
  if (kind === 'and') return viewAnd(left, right);
  if (kind === 'xor' && left instanceof PyDictView && viewKind(left) === ITEMS && right instanceof PyDictView && viewKind(right) === ITEMS) {
    return itemsXor(left, right);
  }
  const r = viewToSet(left);
  if (kind === 'or') setUpdate(r.t, right);
  else if (kind === 'sub') setDifferenceUpdate(r, right);
  else setSymDiffUpdate(r, right);
  return r;
}

/** all_contained_in: every item of a is in b (the `in` protocol of b). */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  let r = true;
  eachItem(a, (x) => {
    if (!contains(b, x)) return !(r = false);
  });
  return r;
}

/** dictview_richcompare. */
function viewCompare(op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge') {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const other = args[0];
    if (!(other instanceof PySet) && !isViewSet(other)) return NotImplemented;
    const ls = lenOf(self), lo = lenOf(other);
    switch (op) {
      case 'eq': return ls === lo && allContainedIn(self, other);
      case 'ne': return !(ls === lo && allContainedIn(self, other));
      case 'lt': return ls < lo && allContainedIn(self, other);
      case 'le': return ls <= lo && allContainedIn(self, other);
      case 'gt': return ls > lo && allContainedIn(other, self);
      default: return ls >= lo && allContainedIn(other, self);
    }
  };
}

/** dictviews_isdisjoint: the shorter side is iterated when other is a set or a view. */
function viewIsDisjoint(self: PyValue, other: PyValue): boolean {
  if (self === other) return (self as PyDictView).d.t.size === 0;
  let a = self, b = other;
  if (other instanceof PySet || isViewSet(other)) {
    if (lenOf(other) > (self as PyDictView).d.t.size) [a, b] = [other, self];
  }
  let r = true;
  eachItem(b, (x) => {
    if (contains(a, x)) return !(r = false);
  });
  return r;
}


/** dict_sizeof: the object (the type's basic size) and its keys table, none while it has the shared empty keys. */
export function dictSizeof(d: PyDict): number {
  return typeLayout(d.cls).basic + dictKeysBytes(d.t);
}

export function initDict(): void {
  initTableIterators();
  dictType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const d = new PyDict(cls);
    if (cls.flags & TF_HEAPTYPE) d.dict = cls.newInstanceDict();
    return d;
  }));
  dictType.tdict.set('__hash__', None);
  defineMethods(dictType, {
    __sizeof__: (self) => dictSizeof(D(self)),
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
    __iter__: (self) => tableIter(D(self).t, KEYS),
    __reversed__: (self) => dictRevIter(D(self).t, KEYS),
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
    __ror__: (self, args) => {
      if (!(args[0] instanceof PyDict)) return NotImplemented;
      const r = new PyDict();
      dictUpdate(r, args[0]);
      dictUpdate(r, D(self));
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
      return D(self).t.setDefault(args[0], args.length > 1 ? args[1] : None).value;
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
      d.t.delete(e.key, e instanceof SlowEntry ? e.h : undefined);
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
      r.t.copyFrom(D(self).t);
      copiedFrom(r.t, D(self).t);
      return r;
    },
  });
  defineClassMethods(dictType, {
    fromkeys: (cls, args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`${(cls as PyType).tpName}.fromkeys() takes no keyword arguments`);
      if (args.length < 1) typeError(`fromkeys expected at least 1 argument, got 0`);
      if (args.length > 2) typeError(`fromkeys expected at most 2 arguments, got ${args.length}`);
      const d = call(cls, []);
      const v = args.length > 1 ? args[1] : None;
      // A dict subclass's own __setitem__ (or whatever its constructor made) gets each key.
      if (d instanceof PyDict && d.cls === dictType) for (const k of toArray(args[0])) d.set(k, v);
      else for (const k of toArray(args[0])) setItem(d, k, v);
      return d;
    },
  });

  for (const vt of [dictKeysType, dictValuesType, dictItemsType]) {
    const kind = vt === dictKeysType ? KEYS : vt === dictValuesType ? VALUES : ITEMS;
    defineGetters(vt, { mapping: (self) => mappingProxyOf((self as PyDictView).d) });
    defineMethods(vt, {
      __len__: (self) => (self as PyDictView).d.t.size,
      __iter__: (self) => tableIter((self as PyDictView).d.t, kind),
      __reversed__: (self) => dictRevIter((self as PyDictView).d.t, kind),
      __repr__: (self) => {
        // dictview_repr: the view's type and what its own iterator lists (an OrderedDict's views, subtypes,
        // list in its order); a view met again inside its own repr is '...' (a dict holding its own view).
        if (!reprEnter(self)) return '...';
        try {
          return `${typeOf(self).name}(${repr(new PyList(toArray(self)))})`;
        } finally {
          reprLeave(self);
        }
      },
      __contains__: (self, args) => {
        const v = self as PyDictView;
        if (vt !== dictValuesType) return viewContains(v, args[0]);
        for (const x of viewItems(v)) if (x === args[0] || eq(x, args[0])) return true;
        return false;
      },
    });
    if (vt !== dictValuesType) {
      const op = (kind: 'and' | 'or' | 'sub' | 'xor', refl = false) => (self: PyValue, args: PyValue[]): PyValue =>
        refl ? viewOp(kind, args[0], self) : viewOp(kind, self, args[0]);
      defineMethods(vt, {
        __and__: op('and'), __or__: op('or'), __sub__: op('sub'), __xor__: op('xor'),
        __rand__: op('and', true), __ror__: op('or', true), __rsub__: op('sub', true), __rxor__: op('xor', true),
        __eq__: viewCompare('eq'), __ne__: viewCompare('ne'), __lt__: viewCompare('lt'), __le__: viewCompare('le'),
        __gt__: viewCompare('gt'), __ge__: viewCompare('ge'),
        isdisjoint: (self, args) => viewIsDisjoint(self, methO(`${typeOf(self).tpName}.isdisjoint`, args, null)),
      });
      // A type with its own comparison and no hash does not inherit object's hash (inherit_slots).
      vt.tdict.set('__hash__', None);
    }
  }

  // set / frozenset
  const setNew = (args: PyValue[], kw: string[] | null): PyValue => {
    const cls = args[0] as PyType;
    if (cls.isSubtype(frozensetType)) {
      // frozenset_new: keywords are refused unless a subclass's own __init__ takes them (they are its).
      const nkw = kw === null ? 0 : kw.length;
      if (nkw > 0 && (cls === frozensetType || cls.lookup('__init__') === frozensetType.lookup('__init__'))) {
        typeError('frozenset() takes no keyword arguments');
      }
      const npos = args.length - nkw;
      if (npos > 2) typeError(`${cls.name} expected at most 1 argument, got ${npos - 1}`);
      if (cls === frozensetType && npos > 1 && args[1] instanceof PySet && args[1].cls === frozensetType) return args[1];
      const s = new PySet(cls);
      if (npos > 1) setUpdate(s.t, args[1]);
      if (cls.flags & TF_HEAPTYPE) s.dict = cls.newInstanceDict();
      return s;
    }
    // set_new refuses keywords only for set itself (a subclass's __init__ may take them).
    if (cls === setType && kw !== null && kw.length > 0) typeError('set() takes no keyword arguments');
    const s = new PySet(cls);
    if (cls.flags & TF_HEAPTYPE) s.dict = cls.newInstanceDict();
    return s;
  };
  setType.tdict.set('__new__', new PyBuiltin('__new__', setNew));
  frozensetType.tdict.set('__new__', new PyBuiltin('__new__', setNew));
  setType.tdict.set('__hash__', None);
  const common = {
    __len__: (self: PyValue) => S(self).t.size,
    __contains__: (self: PyValue, args: PyValue[]) => {
      return S(self).t.find(setKey(args[0])) !== undefined;
    },
    __iter__: (self: PyValue) => stateIter(tableNext, setIterType, new TableIterState(S(self).t, KEYS, 'Set')),
    __repr__: (self: PyValue) => setRepr(S(self)),
    __and__: binSet('and'), __or__: binSet('or'), __sub__: binSet('sub'), __xor__: binSet('xor'),
    __rand__: binSet('and', true), __ror__: binSet('or', true), __rsub__: binSet('sub', true), __rxor__: binSet('xor', true),
    // set_richcompare: other must be a set; <= and >= are issubset/issuperset after a size test for < and >.
    __eq__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? setEq(S(self), args[0]) : NotImplemented),
    __ne__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? !setEq(S(self), args[0]) : NotImplemented),
    __le__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? setIsSubset(S(self), args[0]) : NotImplemented),
    __lt__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? S(self).t.size < args[0].t.size && setIsSubset(S(self), args[0]) : NotImplemented),
    __ge__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? setIsSuperset(S(self), args[0]) : NotImplemented),
    __gt__: (self: PyValue, args: PyValue[]) => (isSetLike(args[0]) ? S(self).t.size > args[0].t.size && setIsSuperset(S(self), args[0]) : NotImplemented),
    union: (self: PyValue, args: PyValue[]) => setUnion(S(self), args),
    intersection: (self: PyValue, args: PyValue[]) => setIntersectionMulti(S(self), args),
    difference: (self: PyValue, args: PyValue[]) => setDifferenceMulti(S(self), args),
    symmetric_difference: (self: PyValue, args: PyValue[]) => setSymDiff(S(self), setArg(self, 'symmetric_difference', args)),
    issubset: (self: PyValue, args: PyValue[]) => setIsSubset(S(self), setArg(self, 'issubset', args)),
    issuperset: (self: PyValue, args: PyValue[]) => setIsSuperset(S(self), setArg(self, 'issuperset', args)),
    isdisjoint: (self: PyValue, args: PyValue[]) => setIsDisjoint(S(self), setArg(self, 'isdisjoint', args)),
    copy: (self: PyValue) => copySet(S(self)),
    // set_sizeof: the object (with its 8-slot small table), plus a larger table.
    __sizeof__: (self: PyValue) => {
      const n = S(self).t.capacity();
      return typeLayout(typeOf(self)).basic + (n > 8 ? n * 16 : 0);
    },
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
    __init__: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('set() takes no keyword arguments');
      if (args.length > 1) typeError(`${typeOf(self).name} expected at most 1 argument, got ${args.length}`);
      const s = S(self);
      s.t.clear();
      if (args.length > 0) setUpdate(s.t, args[0]);
      return None;
    },
    __ior__: (self, args) => { if (!isSetLike(args[0])) return NotImplemented; S(self).t.mergeFrom(args[0].t); return self; },
    __iand__: inplaceSet('and'), __isub__: inplaceSet('sub'), __ixor__: inplaceSet('xor'),
    add: (self, args) => (S(self).t.set(args[0], None), None),
    remove: (self, args) => {
      const k = args[0];
      if (S(self).t.delete(setKey(k)) === undefined) keyError(k);
      return None;
    },
    discard: (self, args) => {
      const k = args[0];
      S(self).t.delete(setKey(k));
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
    // set_intersection_update_multi: the intersection's table is swapped in.
    intersection_update: (self, args) => (S(self).t.swapBodies(setIntersectionMulti(S(self), args).t), None),
    difference_update: (self, args) => {
      for (const o of args) setDifferenceUpdate(S(self), o);
      return None;
    },
    symmetric_difference_update: (self, args) => (setSymDiffUpdate(S(self), setArg(self, 'symmetric_difference_update', args)), None),
  });
  initMappingProxy(dictType);
}

const U64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}
/** CPython's frozenset hash (64-bit, order-independent): the xor of the members' shuffled hashes, dispersed. */
export function frozensetHash(s: PySet): number | bigint {
  if (s.hash !== null) return s.hash;
  let h = 0n;
  for (const e of s.t.values()) h ^= shuffleBits(BigInt.asUintN(64, BigInt(hash(e.key))));
  h ^= (BigInt(s.t.size + 1) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return (s.hash = normBig(BigInt.asIntN(64, h)));
}

/**
 * A set (or an unhashable set subclass) used as a key of a set (in, remove, discard) stands for the frozenset
 * of its items, as in CPython (set_contains retries with one after the TypeError).
 */
function setKey(k: PyValue): PyValue {
  if (!(k instanceof PySet) || !k.cls.isSubtype(setType)) return k;
  return k.cls === setType || k.cls.lookup('__hash__') === None ? frozenKey(k) : k;
}

function frozenKey(k: PySet): PySet {
  const fz = new PySet(frozensetType);
  for (const e of k.t.values()) fz.t.set(e.key, None);
  return fz;
}
