// The _functools module (Modules/_functoolsmodule.c): reduce, partial, cmp_to_key's KeyWrapper.
// _lru_cache_wrapper is left to functools.py's pure-Python version.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyClassMethodDescr, None, typeType,
  objectType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, typeOf, emptyTuple, tupleType, dictType,
} from '../objects/object.js';
import { PyException, typeError, attributeError, TypeError } from '../objects/exceptions.js';
import { call, getIter, iterNext, repr, reprEnter, reprLeave, richCompare, str } from '../objects/abstract.js';
import { asStr } from '../objects/str.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { clinicArgs, unpackArgs } from './args.js';

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

let initialised = false;
export function makeFunctoolsModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initPartial();
    initKeyWrapper();
  }
  const d = new PyDict();
  const m = new PyModule('_functools', d);
  d.setStr('reduce', new PyBuiltin('reduce', reduce));
  d.setStr('partial', partialType);
  d.setStr('KeyWrapper', keyWrapperType);
  d.setStr('cmp_to_key', new PyBuiltin('cmp_to_key', (args, kw) => {
    const [cmp] = clinicArgs('cmp_to_key', ['mycmp'], args, kw, 1);
    return new PyKeyWrapper(cmp!, null);
  }));
  return m;
}
