// The _functools module (Modules/_functoolsmodule.c): reduce, partial, cmp_to_key's KeyWrapper and
// lru_cache's _lru_cache_wrapper.
import {
  PyObject, PyInstance, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyClassMethodDescr, None, typeType,
  objectType, slowHash, HTable, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, typeOf, emptyTuple, tupleType, dictType, PyMethod,
} from '../objects/object.js';
import { PyException, typeError, attributeError, TypeError } from '../objects/exceptions.js';
import { call, getAttr, getIter, iterNext, repr, reprEnter, reprLeave, richCompare, str, truthy } from '../objects/abstract.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';
import { asStr } from '../objects/str.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { clinicArgs, unpackArgs, ssizeArg } from './args.js';
import { PyFunction } from '../objects/funcobject.js';
import { CO_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';
import { ReturnHook } from '../vm/returnhook.js';

function mkType(name: string, flags: number): PyType {
  const t = new PyType(typeType, name, [objectType], flags);
  t.mro = [t, objectType];
  t.tdict.set('__module__', 'functools');
  return t;
}

// ---------------------------------------------------------------------------
// reduce

function reduce(args: PyValue[], kw: string[] | null): PyValue {
  unpackArgs('reduce', args, kw, 2, 3);
  const f = args[0];
  let it: PyValue;
  try {
    it = getIter(args[1]);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(TypeError)) typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc: PyValue | undefined = args.length > 2 ? args[2] : undefined;
  // One argument array reused across calls would be unsafe (a Python function may keep *args).
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) break;
    acc = acc === undefined ? v : call(f, [acc, v]);
  }
  if (acc === undefined) typeError('reduce() of empty iterable with no initial value');
  return acc;
}

// ---------------------------------------------------------------------------
// partial

const partialType = mkType('partial', TF_BASETYPE);

export class PyPartial extends PyObject {
  declare fn: PyValue;
  declare args: PyValue[];
  /** The args tuple handed out (partial.args, __reduce__): one object, as CPython's pto->args. */
  declare argsTuple: PyTuple | null;
  /** Frozen keywords: names and values (a dict is built for .keywords on demand). */
  declare kwd: PyDict;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType, fn: PyValue, args: PyValue[], kwd: PyDict) {
    super(cls);
    this.fn = fn;
    this.args = args;
    this.argsTuple = null;
    this.kwd = kwd;
    this.slots = null;
    this.dict = new PyDict();
  }
}

function P(v: PyValue): PyPartial {
  if (!(v instanceof PyPartial)) typeError(`descriptor requires a 'functools.partial' object but received a '${typeOf(v).name}'`);
  return v;
}

function partialNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - 1 - nkw;
  if (npos < 1) typeError("type 'partial' takes at least one argument");
  let fn = args[1];
  let pargs = args.slice(2, 1 + npos);
  const kwd = new PyDict();
  // A partial of a plain partial (no instance attributes) is flattened into one.
  if (fn instanceof PyPartial && (fn.dict === null || fn.dict.t.size === 0) &&
    typeOf(fn).lookup('__call__') === partialType.tdict.get('__call__')) {
    pargs = fn.args.concat(pargs);
    for (const e of fn.kwd.t.values()) kwd.set(e.key, e.value);
    fn = fn.fn;
  }
  if (typeOf(fn).lookup('__call__') === undefined) typeError('the first argument must be callable');
  for (let i = 0; i < nkw; i++) kwd.setStr(kw![i], args[1 + npos + i]);
  const p = new PyPartial(cls, fn, pargs, kwd);
  if (cls.flags & TF_HEAPTYPE && cls.slotNames !== null) p.slots = [];
  return p;
}

function partialCall(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const p = P(self);
  const pa = p.args;
  const nkw = kw === null ? 0 : kw.length;
  const fixedKw = p.kwd.t.size;
  if (fixedKw === 0) {
    if (pa.length === 0) return call(p.fn, args, kw);
    return call(p.fn, pa.concat(args), kw);
  }
  // Merge: the partial's keywords, overridden by the call's.
  const npos = args.length - nkw;
  const names: string[] = [];
  const vals: PyValue[] = [];
  for (const e of p.kwd.t.values()) {
    // Keys put into .keywords by hand must be str (a subclass gives its text).
    const k = typeof e.key === 'string' ? e.key : asStr(e.key);
    if (k === undefined) typeError('keywords must be strings');
    if (nkw > 0 && kw!.includes(k)) continue;
    names.push(k);
    vals.push(e.value);
  }
  for (let i = 0; i < nkw; i++) {
    names.push(kw![i]);
    vals.push(args[npos + i]);
  }
  const all = pa.concat(args.slice(0, npos), vals);
  return call(p.fn, all, names);
}

function argsOf(p: PyPartial): PyTuple {
  return p.argsTuple ??= p.args.length === 0 ? emptyTuple : new PyTuple(p.args.slice());
}

function partialRepr(p: PyPartial): string {
  const name = p.cls === partialType ? 'functools.partial' : p.cls.name;
  if (!reprEnter(p)) return '...';
  try {
    let s = repr(p.fn);
    for (const a of p.args) s += ', ' + repr(a);
    for (const e of p.kwd.t.values()) {
      const v = e.value; // taken before str(key) runs: a key's __str__ may replace it
      s += `, ${str(e.key)}=${repr(v)}`;
    }
    return `${name}(${s})`;
  } finally {
    reprLeave(p);
  }
}

function initPartial(): void {
  partialType.tdict.set('__new__', new PyBuiltin('__new__', partialNew));
  defineMethods(partialType, {
    __call__: partialCall,
    __repr__: (self) => partialRepr(P(self)),
    __reduce__: (self) => {
      const p = P(self);
      const d = p.dict !== null && p.dict.t.size > 0 ? p.dict : None;
      return new PyTuple([p.cls, new PyTuple([p.fn]), new PyTuple([p.fn, argsOf(p), p.kwd, d])]);
    },
    __setstate__: (self, args) => {
      const p = P(self);
      const st = args[0];
      if (!(st instanceof PyTuple) || st.items.length !== 4) typeError('argument to __setstate__ must be a tuple');
      const [fn, fnargs, kwds, dict] = st.items;
      if (typeOf(fn).lookup('__call__') === undefined || !(fnargs instanceof PyTuple) || (kwds !== None && !(kwds instanceof PyDict)))
        typeError('invalid partial state');
      p.fn = fn;
      // partial_setstate keeps an exact tuple and an exact dict as they are (copy.copy shares them).
      p.args = fnargs.items.slice();
      p.argsTuple = typeOf(fnargs) === tupleType ? fnargs : null;
      let k: PyDict;
      if (kwds instanceof PyDict && kwds.cls === dictType) k = kwds;
      else {
        k = new PyDict();
        if (kwds instanceof PyDict) for (const e of kwds.t.values()) k.set(e.key, e.value);
      }
      p.kwd = k;
      p.dict = dict === None ? new PyDict() : (dict as PyDict);
      return None;
    },
  });
  defineGetters(partialType, {
    func: (self) => P(self).fn,
    args: (self) => argsOf(P(self)),
    keywords: (self) => P(self).kwd,
  });
  partialType.tdict.set('__class_getitem__', new PyClassMethodDescr(partialType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));
}

// ---------------------------------------------------------------------------
// cmp_to_key

const keyWrapperType = mkType('KeyWrapper', 0);
class PyKeyWrapper extends PyObject {
  declare cmp: PyValue;
  declare obj: PyValue | null;
  constructor(cmp: PyValue, obj: PyValue | null) {
    super(keyWrapperType);
    this.cmp = cmp;
    this.obj = obj;
  }
}

function keyCompare(self: PyValue, other: PyValue, op: number): PyValue {
  const a = self as PyKeyWrapper;
  if (!(other instanceof PyKeyWrapper)) typeError('other argument must be K instance');
  if (a.obj === null || other.obj === null) attributeError('object');
  const r = call(a.cmp, [a.obj!, other.obj!]);
  return richCompare(r, 0, op);
}

function initKeyWrapper(): void {
  keyWrapperType.tdict.set('__hash__', None);
  defineMethods(keyWrapperType, {
    __call__: (self, args, kw) => {
      const [obj] = clinicArgs('K', ['obj'], args, kw, 1);
      return new PyKeyWrapper((self as PyKeyWrapper).cmp, obj!);
    },
    __lt__: (self, args) => keyCompare(self, args[0], 0),
    __le__: (self, args) => keyCompare(self, args[0], 1),
    __eq__: (self, args) => keyCompare(self, args[0], 2),
    __ne__: (self, args) => keyCompare(self, args[0], 3),
    __gt__: (self, args) => keyCompare(self, args[0], 4),
    __ge__: (self, args) => keyCompare(self, args[0], 5),
  });
  defineGetters(keyWrapperType, {
    obj: [(self) => {
      const o = (self as PyKeyWrapper).obj;
      if (o === null) attributeError('obj');
      return o;
    }, (self, v) => {
      (self as PyKeyWrapper).obj = v;
    }],
  });
}

// ---------------------------------------------------------------------------
// _lru_cache_wrapper: functools.lru_cache's C half. Natively, a hit costs one key and one dict lookup (the
// pure-Python wrapper was ~18x slower than CPython's), and it adds no frame, so warnings' stack levels
// count as CPython's do.

const lruCacheType = mkType('_lru_cache_wrapper', 0);

/** A node of the recency list (oldest after the root, newest before it); the cache dict maps key -> node. */
class LruLink {
  declare key: PyValue;
  /** The key's bucket hash (undefined for a key the dict keeps by value: str, int...). */
  declare hash: number | undefined;
  declare result: PyValue;
  declare prev: LruLink;
  declare next: LruLink;
  constructor(key: PyValue, hash: number | undefined, result: PyValue) {
    this.key = key;
    this.hash = hash;
    this.result = result;
    this.prev = this;
    this.next = this;
  }
}

export class PyLruCache extends PyObject {
  declare fn: PyValue;
  /** -1: unbounded (maxsize=None); 0: nothing cached, calls counted; else the bound. */
  declare maxsize: number;
  declare typed: boolean;
  declare infoType: PyValue;
  declare hits: number;
  declare misses: number;
  /** Key -> result (unbounded) or key -> LruLink (bounded); the links are never seen by Python. */
  declare cache: HTable;
  declare root: LruLink;
  constructor(fn: PyValue, maxsize: number, typed: boolean, infoType: PyValue) {
    super(lruCacheType);
    this.fn = fn;
    this.maxsize = maxsize;
    this.typed = typed;
    this.infoType = infoType;
    this.hits = 0;
    this.misses = 0;
    this.cache = new HTable();
    this.root = new LruLink(None, undefined, None);
    this.dict = new PyDict();
  }
}

/** Separates positional from keyword arguments in a key (one object, as the module's kwd_mark). */
const kwdMark = new PyInstance(objectType);

function L(v: PyValue): PyLruCache {
  if (!(v instanceof PyLruCache)) typeError(`descriptor requires a 'functools._lru_cache_wrapper' object but received a '${typeOf(v).name}'`);
  return v;
}

/** lru_cache_make_key: a lone exact str or int stands for itself; else a tuple of the arguments, keywords and types. */
function makeKey(c: PyLruCache, args: PyValue[], kw: string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  if (!c.typed && nkw === 0) {
    if (args.length === 1) {
      const a = args[0];
      if (typeof a === 'string' || typeof a === 'number' || typeof a === 'bigint' || a instanceof PySurrogateStr) return a;
    }
    return args.length === 0 ? emptyTuple : new PyTuple(args.slice());
  }
  const npos = args.length - nkw;
  const items = args.slice(0, npos);
  if (nkw > 0) {
    items.push(kwdMark);
    for (let i = 0; i < nkw; i++) items.push(kw![i], args[npos + i]);
  }
  if (c.typed) {
    for (let i = 0; i < npos; i++) items.push(typeOf(args[i]));
    for (let i = 0; i < nkw; i++) items.push(typeOf(args[npos + i]));
  }
  return new PyTuple(items);
}

function lruCall(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const c = L(self);
  if (c.maxsize === 0) {
    c.misses++;
    return call(c.fn, args, kw);
  }
  const r = lruEnter(c, args, kw);
  return r instanceof LruStore ? r.done(call(c.fn, args, kw)) : r;
}

/** A call of a caching wrapper: the cached result, or the store its miss's result goes to. */
function lruEnter(c: PyLruCache, args: PyValue[], kw: string[] | null): PyValue | LruStore {
  const key = makeKey(c, args, kw);
  const h = slowHash(key); // once per call, as CPython calls __hash__ once
  return lookup(c, key, h) ?? new LruStore(c, key, h);
}

/** A cached result (counted as a hit; a bounded cache's entry becomes the newest), or undefined for a miss (counted). */
function lookup(c: PyLruCache, key: PyValue, h: number | undefined): PyValue | undefined {
  const v = c.cache.find(key, h)?.value;
  if (v === undefined) {
    c.misses++;
    return undefined;
  }
  c.hits++;
  if (c.maxsize < 0) return v;
  const link = v as unknown as LruLink;
  unlink(link);
  append(c.root, link);
  return link.result;
}

/** Caches the result of a miss (infinite_ and bounded_lru_cache_wrapper's second half); returns it. */
function store(c: PyLruCache, key: PyValue, h: number | undefined, result: PyValue): PyValue {
  const t = c.cache;
  if (c.maxsize < 0) {
    t.set(key, result, h);
    return result;
  }
  const root = c.root;
  // Added meanwhile by a recursive call: that entry stands.
  if (t.find(key, h) !== undefined) return result;
  if (t.size < c.maxsize || root.next === root) {
    const link = new LruLink(key, h, result);
    t.set(key, link as unknown as PyValue, h);
    append(root, link);
    return result;
  }
  // Full: the oldest link goes, and is reused for the new key.
  const link = root.next;
  unlink(link);
  // Removed already by the user function (cache_clear): the cache stays as it is.
  if (t.delete(link.key, link.hash) === undefined) return result;
  link.key = key;
  link.hash = h;
  link.result = result;
  t.set(key, link as unknown as PyValue, h);
  append(root, link);
  return result;
}

const NOT_PLAIN = CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * The function a CALL of `c` may run in the eval loop itself (a plain Python function, cached), else null.
 * Run there, recursion through the cache nests no JS loop (its depth is the recursion limit's).
 */
export function lruInlineFunction(c: PyLruCache): PyFunction | null {
  const fn = c.fn;
  return c.maxsize !== 0 && fn instanceof PyFunction && (fn.code.flags & NOT_PLAIN) === 0 ? fn : null;
}

/** A miss: where the function's result is cached, by lruCall or, for a frame run in the eval loop, when it returns. */
class LruStore extends ReturnHook {
  constructor(readonly c: PyLruCache, readonly key: PyValue, readonly h: number | undefined) {
    super();
  }
  done(r: PyValue): PyValue {
    return store(this.c, this.key, this.h, r);
  }
}

/** CALL of `c` with the arguments on the stack (see lruInlineFunction): the cached result, or a hook for the miss. */
export function lruInlineCall(c: PyLruCache, fast: (PyValue | null)[], argStart: number, nargs: number, kw: string[] | null): PyValue | ReturnHook {
  const args = new Array<PyValue>(nargs);
  for (let i = 0; i < nargs; i++) args[i] = fast[argStart + i] as PyValue;
  return lruEnter(c, args, kw);
}

function unlink(link: LruLink): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function append(root: LruLink, link: LruLink): void {
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

function lruNew(args: PyValue[], kw: string[] | null): PyValue {
  const [fn, maxsizeV, typedV, infoType] = clinicArgs('lru_cache', ['user_function', 'maxsize', 'typed', 'cache_info_type'], args.slice(1), kw, 4);
  if (typeOf(fn!).lookup('__call__') === undefined) typeError('the first argument must be callable');
  let maxsize: number;
  if (maxsizeV === None) maxsize = -1;
  else if (typeof maxsizeV === 'number' || typeof maxsizeV === 'bigint' || typeof maxsizeV === 'boolean' || typeOf(maxsizeV!).lookup('__index__') !== undefined) {
    maxsize = Math.max(0, ssizeArg(maxsizeV!));
  } else typeError('maxsize should be integer or None');
  return new PyLruCache(fn!, maxsize, truthy(typedV!), infoType!);
}

function initLruCache(): void {
  lruCacheType.tdict.set('__new__', new PyBuiltin('__new__', lruNew));
  defineMethods(lruCacheType, {
    __call__: lruCall,
    // A function-like descriptor: bound to the instance it is read from.
    __get__: (self, args) => (args[0] === None || args[0] === undefined ? self : new PyMethod(self, args[0])),
    cache_info: (self) => {
      const c = L(self);
      return call(c.infoType, [c.hits, c.misses, c.maxsize < 0 ? None : c.maxsize, c.cache.size]);
    },
    cache_clear: (self) => {
      const c = L(self);
      c.hits = c.misses = 0;
      c.cache = new HTable();
      c.root.next = c.root.prev = c.root;
      return None;
    },
    __reduce__: (self) => getAttr(self, '__qualname__'),
    __copy__: (self) => self,
    __deepcopy__: (self) => self,
  });
}

// ---------------------------------------------------------------------------

let initialised = false;
export function makeFunctoolsModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initPartial();
    initKeyWrapper();
    initLruCache();
  }
  const d = new PyDict();
  const m = new PyModule('_functools', d);
  d.setStr('reduce', new PyBuiltin('reduce', reduce));
  d.setStr('partial', partialType);
  d.setStr('KeyWrapper', keyWrapperType);
  d.setStr('_lru_cache_wrapper', lruCacheType);
  d.setStr('cmp_to_key', new PyBuiltin('cmp_to_key', (args, kw) => {
    const [cmp] = clinicArgs('cmp_to_key', ['mycmp'], args, kw, 1);
    return new PyKeyWrapper(cmp!, null);
  }));
  return m;
}
