// collections.OrderedDict (Objects/odictobject.c): a dict whose order is a doubly linked list of its entries,
// so that move_to_end() and popitem() at either end take constant time. The dict's own table keeps insertion
// order, as CPython's dict part does: native code that reads the table of an OrderedDict (dict methods called
// on one) sees what CPython's C code sees. The pure-Python OrderedDict of collections/__init__.py ran its
// operations at ~30x CPython's time.
import {
  PyValue, PyDict, PyTuple, PyList, PyType, PyBuiltin, PyDictView, DictEntry, SlowEntry, None, NotImplemented,
  typeType, dictType, dictKeysType, dictValuesType, dictItemsType, TF_BASETYPE, defineMethods, typeOf, shapedDict,
} from './object.js';
import { typeError, raise, KeyError, RuntimeError, ValueError } from './exceptions.js';
import {
  repr, eq, truthy, call, getAttr, lookupAttr, getIter, iterNext, getItem, setItem, contains, reprEnter, reprLeave,
  callBound, toArray,
} from './abstract.js';
import { keyError, entryOf, KEYS, VALUES, ITEMS, dictSizeof } from './dict.js';
import { dictSlots } from './dict_alloc.js';
import { mkIterType, defineIterProtocol, listIterReduce, stateIter, stateOf, type StateIter } from './iterobject.js';
import { clinicArgs } from '../modules/args.js';

function subtype(name: string, base: PyType, module: string | null, flags = 0): PyType {
  const t = new PyType(typeType, name, [base], flags);
  t.mro = [t, ...base.mro];
  if (module !== null) t.tdict.set('__module__', module);
  return t;
}

export const odictType = subtype('OrderedDict', dictType, 'collections', TF_BASETYPE);
const odictKeysType = subtype('odict_keys', dictKeysType, null);
const odictValuesType = subtype('odict_values', dictValuesType, null);
const odictItemsType = subtype('odict_items', dictItemsType, null);
const odictIterType = mkIterType('odict_iterator');

class ONode {
  declare prev: ONode | null;
  declare next: ONode | null;
  constructor(public readonly e: DictEntry) {
    this.prev = null;
    this.next = null;
  }
}

export class PyODict extends PyDict {
  declare head: ONode | null;
  declare tail: ONode | null;
  /** Each entry's node (the table finds the entry of a key; this its place in the order). */
  declare nodes: Map<DictEntry, ONode>;
  /** Bumped whenever the order changes (a node added, removed or moved): iterators compare it (od_state). */
  declare state: number;
  /**
   * The table's version after the OrderedDict's own last change, while no change was made behind its back
   * (by dict's methods): while it holds, iterators need not check that each node's entry is still there.
   */
  declare tver: number;
  constructor(cls: PyType) {
    super(cls);
    this.head = null;
    this.tail = null;
    this.nodes = new Map();
    this.state = 0;
    this.tver = 0;
    this.dict = shapedDict();
  }
}

function OD(v: PyValue): PyODict {
  if (!(v instanceof PyODict)) typeError(`descriptor requires a 'collections.OrderedDict' object but received a '${typeOf(v).tpName}'`);
  return v;
}

function linkTail(od: PyODict, n: ONode): void {
  n.prev = od.tail;
  n.next = null;
  if (od.tail !== null) od.tail.next = n;
  else od.head = n;
  od.tail = n;
  od.state++;
}

function linkHead(od: PyODict, n: ONode): void {
  n.next = od.head;
  n.prev = null;
  if (od.head !== null) od.head.prev = n;
  else od.tail = n;
  od.head = n;
  od.state++;
}

function unlink(od: PyODict, n: ONode): void {
  if (n.prev !== null) n.prev.next = n.next;
  else od.head = n.next;
  if (n.next !== null) n.next.prev = n.prev;
  else od.tail = n.prev;
  od.state++;
}

/** PyODict_SetItem: the dict's item, and a node at the end for a key without one. */
function odSet(od: PyODict, k: PyValue, v: PyValue): void {
  const t = od.t;
  const synced = od.tver === t.version;
  const size = t.size;
  const e = t.setDefault(k, v);
  if (t.size === size) {
    e.value = v;
    // A key dict.__setitem__ put in behind the OrderedDict's back gets its node now, as in CPython.
    if (od.nodes.has(e)) return;
  }
  const n = new ONode(e);
  od.nodes.set(e, n);
  linkTail(od, n);
  if (synced) od.tver = t.version;
}

/** PyODict_DelItem. */
function odDel(od: PyODict, k: PyValue): void {
  const synced = od.tver === od.t.version;
  const e = od.t.delete(k);
  if (e === undefined) keyError(k);
  dropNode(od, e);
  if (synced) od.tver = od.t.version;
}

function dropNode(od: PyODict, e: DictEntry): void {
  const n = od.nodes.get(e);
  if (n === undefined) return;
  od.nodes.delete(e);
  unlink(od, n);
}

/** The node of `key`, or undefined. */
function findNode(od: PyODict, key: PyValue): ONode | undefined {
  const e = od.t.find(key);
  return e === undefined ? undefined : od.nodes.get(e);
}

/**
 * The entries in order (a snapshot: callers run Python code between steps). With `live`, an entry that
 * dict's own methods removed behind the OrderedDict's back is a KeyError, as CPython's lookup of its value.
 */
function entries(od: PyODict, live: boolean): DictEntry[] {
  const out: DictEntry[] = [];
  for (let n = od.head; n !== null; n = n.next) {
    if (live && !od.t.holds(n.e)) keyError(n.e.key);
    out.push(n.e);
  }
  return out;
}

/**
 * _odict_popkey_hash: the node, then the item, straight from the table (a subclass's __getitem__ and
 * __delitem__ are not called). Undefined when the key has no node.
 */
function popKey(od: PyODict, key: PyValue, e?: DictEntry): PyValue | undefined {
  const found = e ?? od.t.find(key);
  if (found === undefined || !od.nodes.has(found)) return undefined;
  const synced = od.tver === od.t.version;
  dropNode(od, found);
  const gone = od.t.delete(key, found instanceof SlowEntry ? found.h : undefined);
  if (synced) od.tver = od.t.version;
  return gone?.value;
}

/**
 * mutablemapping_update_arg: an exact dict's items, a mapping's keys() and [], an object's items(), or an
 * iterable of pairs, stored with the OrderedDict's own (or its subclass's) __setitem__.
 */
function updateArg(od: PyODict, other: PyValue): void {
  if (other instanceof PyDict && other.cls === dictType) {
    // PyDict_Items: a snapshot, which the stores cannot change.
    for (const e of Array.from(other.t.values())) store(od, e.key, e.value);
    return;
  }
  const keys = lookupAttr(other, 'keys');
  if (keys !== undefined) {
    const it = getIter(call(keys, []));
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) store(od, k, getItem(other, k));
    return;
  }
  const items = lookupAttr(other, 'items');
  addPairs(od, items !== undefined ? call(items, []) : other);
}

function addPairs(od: PyODict, pairs: PyValue): void {
  const it = getIter(pairs);
  for (let p = iterNext(it); p !== undefined; p = iterNext(it)) {
    const pi = getIter(p);
    const k = iterNext(pi);
    if (k === undefined) raise(ValueError, 'need more than 0 values to unpack');
    const v = iterNext(pi);
    if (v === undefined) raise(ValueError, 'need more than 1 value to unpack');
    if (iterNext(pi) !== undefined) raise(ValueError, 'too many values to unpack (expected 2)');
    store(od, k, v);
  }
}

/** PyObject_SetItem on an OrderedDict: its own __setitem__ unless a subclass has another. */
function store(od: PyODict, k: PyValue, v: PyValue): void {
  if (od.cls === odictType) odSet(od, k, v);
  else setItem(od, k, v);
}

/** mutablemapping_update: at most one positional argument, then the keywords. */
function update(od: PyODict, args: PyValue[], kw: string[] | null): void {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > 1) typeError(`update() takes at most 1 positional argument (${npos} given)`);
  if (npos === 1) updateArg(od, args[0]);
  for (let i = 0; i < nkw; i++) store(od, kw![i], args[npos + i]);
}

function odRepr(od: PyODict): string {
  const name = od.cls.name;
  if (od.t.size === 0) return `${name}()`;
  if (!reprEnter(od)) return '...';
  try {
    const pairs = od.cls === odictType
      ? new PyList(entries(od, true).map((e) => new PyTuple([e.key, e.value])))
      : new PyList(toArray(call(getAttr(od, 'items'), [])));
    return `${name}(${repr(pairs)})`;
  } finally {
    reprLeave(od);
  }
}

/** _odict_keys_equal: the same keys in the same order. */
function sameOrder(a: PyODict, b: PyODict): boolean {
  const ea = entries(a, false), eb = entries(b, false);
  if (ea.length !== eb.length) return false;
  for (let i = 0; i < ea.length; i++) if (!(ea[i].key === eb[i].key || eq(ea[i].key, eb[i].key))) return false;
  return true;
}

/** odict_richcompare for == and !=: dict's comparison, then, between two OrderedDicts, the order. */
function compare(self: PyValue, other: PyValue, wantEq: boolean): PyValue {
  const od = OD(self);
  const r = callBound(dictType.tdict.get(wantEq ? '__eq__' : '__ne__')!, od, [other]);
  if (r === NotImplemented || !(other instanceof PyODict)) return r;
  if (truthy(r) !== wantEq) return r;
  return sameOrder(od, other) === wantEq;
}

// ---------------------------------------------------------------------------
// Iterators (odictiter_*): the state and size are checked at each step, as CPython checks them.

class OIterState {
  /** null once exhausted or after a mutation was reported. */
  declare od: PyODict | null;
  declare cur: ONode | null;
  declare state: number;
  declare size: number;
  constructor(od: PyODict, public readonly kind: number, public readonly reversed: boolean) {
    this.od = od;
    this.cur = reversed ? od.tail : od.head;
    this.state = od.state;
    this.size = od.t.size;
  }
}

function odIterNext(this: StateIter<OIterState>): PyValue | undefined {
  const st = this.st;
  const od = st.od;
  if (od === null) return undefined;
  const n = st.cur;
  if (n === null) {
    st.od = null;
    return undefined;
  }
  if (od.state !== st.state) {
    st.od = null;
    raise(RuntimeError, 'OrderedDict mutated during iteration');
  }
  if (od.t.size !== st.size) {
    st.size = -1; // sticky, as di_size
    raise(RuntimeError, 'OrderedDict changed size during iteration');
  }
  const e = n.e;
  if (od.t.version !== od.tver && !od.t.holds(e)) {
    // Deleted through dict's own methods: the node's key is gone (CPython's lookup by key fails the same way).
    st.cur = null;
    keyError(e.key);
  }
  st.cur = st.reversed ? n.prev : n.next;
  return entryOf(st.kind, e);
}

function odIter(od: PyODict, kind: number, reversed: boolean): PyValue {
  return stateIter(odIterNext, odictIterType, new OIterState(od, kind, reversed));
}

// ---------------------------------------------------------------------------

function initODict(): void {
  odictType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyODict(args[0] as PyType)));
  defineMethods(odictType, {
    __init__: (self, args, kw) => {
      const npos = args.length - (kw === null ? 0 : kw.length);
      if (npos > 1) typeError(`expected at most 1 arguments, got ${npos}`);
      update(OD(self), args, kw);
      return None;
    },
    __setitem__: (self, args) => (odSet(OD(self), args[0], args[1]), None),
    __delitem__: (self, args) => (odDel(OD(self), args[0]), None),
    __iter__: (self) => odIter(OD(self), KEYS, false),
    __reversed__: (self) => odIter(OD(self), KEYS, true),
    __repr__: (self) => odRepr(OD(self)),
    __eq__: (self, args) => compare(self, args[0], true),
    __ne__: (self, args) => compare(self, args[0], false),
    // (type(self), (), state, None, iter(self.items())), the state as __getstate__ gives it.
    // odict_sizeof: the dict, then its array of node pointers (one per slot of the dict's table) and the nodes
    __sizeof__: (self) => {
      const n = OD(self).t.map.size;
      return dictSizeof(OD(self)) + (n === 0 ? 0 : 8 * dictSlots(OD(self).t) + 32 * n);
    },
    __reduce__: (self) => {
      const od = OD(self);
      const state = call(getAttr(od, '__getstate__'), []);
      return new PyTuple([od.cls, new PyTuple([]), state, None, getIter(call(getAttr(od, 'items'), []))]);
    },
    // odict_or: type(od)(left), updated with right, whichever side the OrderedDict is on.
    __or__: (self, args) => {
      if (!(args[0] instanceof PyDict)) return NotImplemented;
      const r = call(OD(self).cls, [self]) as PyODict;
      updateArg(OD(r), args[0]);
      return r;
    },
    __ror__: (self, args) => {
      if (!(args[0] instanceof PyDict)) return NotImplemented;
      const r = call(OD(self).cls, [args[0]]) as PyODict;
      updateArg(OD(r), self);
      return r;
    },
    __ior__: (self, args) => (updateArg(OD(self), args[0]), self),
    setdefault: (self, args, kw) => {
      const [key, dflt] = clinicArgs('setdefault', ['key', 'default'], args, kw, 1);
      const od = OD(self);
      const v = dflt ?? None;
      if (od.cls === odictType) {
        const e = od.t.find(key!);
        if (e !== undefined) return e.value;
        odSet(od, key!, v);
        return v;
      }
      if (contains(od, key!)) return getItem(od, key!);
      setItem(od, key!, v);
      return v;
    },
    pop: (self, args, kw) => {
      const [key, dflt] = clinicArgs('pop', ['key', 'default'], args, kw, 1);
      const v = popKey(OD(self), key!);
      if (v !== undefined) return v;
      if (dflt !== undefined) return dflt;
      keyError(key!);
    },
    popitem: (self, args, kw) => {
      const [last] = clinicArgs('popitem', ['last'], args, kw, 0);
      const od = OD(self);
      const n = last === undefined || truthy(last) ? od.tail : od.head;
      if (n === null) raise(KeyError, 'dictionary is empty');
      const key = n.e.key;
      const v = popKey(od, key, od.t.holds(n.e) ? n.e : undefined);
      if (v === undefined) keyError(key);
      return new PyTuple([key, v]);
    },
    move_to_end: (self, args, kw) => {
      const [key, last] = clinicArgs('move_to_end', ['key', 'last'], args, kw, 1);
      const od = OD(self);
      const toEnd = last === undefined || truthy(last);
      const end = toEnd ? od.tail : od.head;
      if (end === null) keyError(key!);
      if (end.e.key === key) return None;
      const n = findNode(od, key!);
      if (n === undefined) keyError(key!);
      if (n !== end) {
        unlink(od, n);
        if (toEnd) linkTail(od, n);
        else linkHead(od, n);
      }
      return None;
    },
    keys: (self) => new PyDictView(odictKeysType, OD(self)),
    values: (self) => new PyDictView(odictValuesType, OD(self)),
    items: (self) => new PyDictView(odictItemsType, OD(self)),
    update: (self, args, kw) => (update(OD(self), args, kw), None),
    clear: (self) => {
      const od = OD(self);
      od.t.clear();
      od.nodes.clear();
      od.head = od.tail = null;
      od.state++;
      od.tver = od.t.version;
      return None;
    },
    // odict_copy: an exact OrderedDict copies its items directly; a subclass goes through [] and []=.
    copy: (self) => {
      const od = OD(self);
      if (od.cls === odictType) {
        const r = new PyODict(odictType);
        for (const e of entries(od, true)) odSet(r, e.key, e.value);
        return r;
      }
      const r = call(od.cls, []);
      for (const e of entries(od, false)) setItem(r, e.key, getItem(od, e.key));
      return r;
    },
  });
  const views: [PyType, number][] = [[odictKeysType, KEYS], [odictValuesType, VALUES], [odictItemsType, ITEMS]];
  for (const [vt, kind] of views) {
    defineMethods(vt, {
      __iter__: (self) => odIter(OD((self as PyDictView).d), kind, false),
      __reversed__: (self) => odIter(OD((self as PyDictView).d), kind, true),
    });
  }
  defineIterProtocol(odictIterType);
  defineMethods(odictIterType, {
    // A copy of the state runs to the end: the iterator itself does not move.
    __reduce__: (self) => {
      const st = stateOf<OIterState>(self);
      const rest: PyValue[] = [];
      if (st.od !== null) {
        const copy = Object.assign(Object.create(OIterState.prototype), st) as OIterState;
        const it = stateIter(odIterNext, odictIterType, copy);
        for (let v = it.next(); v !== undefined; v = it.next()) rest.push(v);
      }
      return listIterReduce(rest);
    },
  });
}

let ready = false;
/** The OrderedDict type, its methods defined on first use (by _collections). */
export function orderedDictType(): PyType {
  if (!ready) {
    ready = true;
    initODict();
  }
  return odictType;
}
