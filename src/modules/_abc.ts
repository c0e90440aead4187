// The _abc module (Modules/_abc.c): the registry and caches behind abc.ABCMeta, so that isinstance()
// and issubclass() against ABCs run natively instead of through _py_abc's WeakSets. Each ABC keeps an
// _abc_data object in its _abc_impl attribute: the registry (weak references), the positive and
// negative caches (weak sets, plus weak lists for _get_dump), and the negative cache's version.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PySet, None, NotImplemented, typeType, objectType,
  frozensetType, typeOf, TF_COLLECTION, TF_HEAPTYPE,
} from '../objects/object.js';
import { typeError, raise, RuntimeError, AssertionError } from '../objects/exceptions.js';
import { call, getAttr, lookupAttr, setAttr, truthy, toArray, getIter, iterNext } from '../objects/abstract.js';
import { builtinsDict } from './builtins.js';
import { unpackArgs } from './args.js';

const abcDataType = new PyType(typeType, '_abc_data', [objectType], 0);
abcDataType.mro = [abcDataType, objectType];
abcDataType.tdict.set('__module__', '_abc');

/** A weak set of classes that can also list its live members. */
class ClassSet {
  declare has: WeakSet<PyType>;
  declare refs: WeakRef<PyType>[];
  constructor() {
    this.has = new WeakSet();
    this.refs = [];
  }
  add(t: PyType): void {
    if (this.has.has(t)) return;
    this.has.add(t);
    this.refs.push(new WeakRef(t));
  }
  live(): PyType[] {
    const out: PyType[] = [];
    for (const r of this.refs) {
      const t = r.deref();
      if (t !== undefined) out.push(t);
    }
    if (out.length < this.refs.length) this.refs = out.map((t) => new WeakRef(t));
    return out;
  }
  clear(): void {
    this.has = new WeakSet();
    this.refs = [];
  }
}

class PyAbcData extends PyObject {
  declare registry: ClassSet;
  declare cache: ClassSet;
  declare negCache: ClassSet;
  declare negVersion: number;
  constructor() {
    super(abcDataType);
    this.registry = new ClassSet();
    this.cache = new ClassSet();
    this.negCache = new ClassSet();
    this.negVersion = invalidationCounter;
  }
}

let invalidationCounter = 0;

function impl(cls: PyValue): PyAbcData {
  const d = getAttr(cls, '_abc_impl');
  if (!(d instanceof PyAbcData)) typeError('_abc_impl is set to a wrong type');
  return d;
}

function issubclass(a: PyValue, b: PyValue): boolean {
  return truthy(call(builtinsDict.getStr('issubclass')!, [a, b]));
}

function isAbstract(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const a = lookupAttr(v, '__isabstractmethod__');
  return a !== undefined && truthy(a);
}

function abcInit(cls: PyValue): PyValue {
  // The abstract methods: abstract values of the namespace, and inherited abstract names still abstract here.
  const names = new Set<string>();
  const ns = getAttr(cls, '__dict__');
  const items = toArray(call(getAttr(ns, 'items'), []));
  for (const it of items) {
    const [k, v] = (it as PyTuple).items;
    if (typeof k === 'string' && isAbstract(v)) names.add(k);
  }
  const bases = getAttr(cls, '__bases__');
  if (!(bases instanceof PyTuple)) typeError('__bases__ is not tuple');
  for (const b of bases.items) {
    const am = lookupAttr(b, '__abstractmethods__');
    if (am === undefined) continue;
    const it = getIter(am);
    for (;;) {
      const n = iterNext(it);
      if (n === undefined) break;
      if (typeof n !== 'string') continue;
      if (isAbstract(lookupAttr(cls, n))) names.add(n);
    }
  }
  const fs = new PySet(frozensetType);
  for (const n of names) fs.t.set(n, n);
  setAttr(cls, '__abstractmethods__', fs);
  const data = new PyAbcData();
  setAttr(cls, '_abc_impl', data);
  if (cls instanceof PyType) {
    // __abc_tpflags__ (collections.abc's Sequence/Mapping markers) is consumed here, as _abc.c does: its
    // collection flag is the class's.
    const tf = cls.tdict.get('__abc_tpflags__');
    if (tf !== undefined) {
      if (typeof tf === 'number') {
        if ((tf & TF_COLLECTION) === TF_COLLECTION) typeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
        cls.flags |= tf & TF_COLLECTION;
      }
      cls.tdict.delete('__abc_tpflags__');
      cls.modified();
    }
  }
  return None;
}

function abcRegister(cls: PyValue, sub: PyValue): PyValue {
  if (!(sub instanceof PyType)) typeError('Can only register classes');
  if (issubclass(sub, cls)) return sub;
  if (issubclass(cls, sub)) raise(RuntimeError, 'Refusing to create an inheritance cycle');
  impl(cls).registry.add(sub);
  invalidationCounter++;
  // A registered class (and its subclasses) becomes a sequence or mapping as the ABC is (case [...], case {...}).
  if (cls instanceof PyType && (cls.flags & TF_COLLECTION) !== 0) setCollectionFlag(sub, cls.flags & TF_COLLECTION);
  return sub;
}

/** set_collection_flag_recursive: not for static types, nor where the flag is already that one. */
function setCollectionFlag(t: PyType, flag: number): void {
  if (!(t.flags & TF_HEAPTYPE) || (t.flags & TF_COLLECTION) === flag) return;
  t.flags = (t.flags & ~TF_COLLECTION) | flag;
  for (const s of t.subclasses()) setCollectionFlag(s, flag);
}

function subclassCheck(cls: PyValue, sub: PyValue): boolean {
  if (!(sub instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  const d = impl(cls);
  if (d.cache.has.has(sub)) return true;
  if (d.negVersion < invalidationCounter) {
    d.negCache.clear();
    d.negVersion = invalidationCounter;
  } else if (d.negCache.has.has(sub)) return false;
  const ok = call(getAttr(cls, '__subclasshook__'), [sub]);
  if (ok === true) {
    d.cache.add(sub);
    return true;
  }
  if (ok === false) {
    d.negCache.add(sub);
    return false;
  }
  if (ok !== NotImplemented) raise(AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
  if (cls instanceof PyType && sub.mro.includes(cls)) {
    d.cache.add(sub);
    return true;
  }
  for (const r of d.registry.live()) {
    if (issubclass(sub, r)) {
      d.cache.add(sub);
      return true;
    }
  }
  const subs = call(getAttr(cls, '__subclasses__'), []);
  for (const s of toArray(subs)) {
    if (issubclass(sub, s)) {
      d.cache.add(sub);
      return true;
    }
  }
  d.negCache.add(sub);
  return false;
}

function instanceCheck(cls: PyValue, inst: PyValue): boolean {
  const d = impl(cls);
  const subclass = getAttr(inst, '__class__');
  if (subclass instanceof PyType && d.cache.has.has(subclass)) return true;
  const subtype = typeOf(inst);
  const check = getAttr(cls, '__subclasscheck__');
  if (subtype === subclass) {
    if (d.negVersion === invalidationCounter && d.negCache.has.has(subtype)) return false;
    return truthy(call(check, [subclass]));
  }
  if (truthy(call(check, [subclass]))) return true;
  return truthy(call(check, [subtype]));
}

function classSet(list: PyType[]): PySet {
  const s = new PySet();
  for (const t of list) s.t.set(t, t);
  return s;
}

export function makeAbcModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_abc', d);
  const def = (name: string, n: number, fn: (args: PyValue[]) => PyValue): void => d.setStr(name, new PyBuiltin(name, (args, kw) => {
    unpackArgs(name, args, kw, n, n);
    return fn(args);
  }));
  def('get_cache_token', 0, () => invalidationCounter);
  def('_abc_init', 1, (a) => abcInit(a[0]));
  def('_abc_register', 2, (a) => abcRegister(a[0], a[1]));
  def('_abc_instancecheck', 2, (a) => instanceCheck(a[0], a[1]));
  def('_abc_subclasscheck', 2, (a) => subclassCheck(a[0], a[1]));
  def('_get_dump', 1, (a) => {
    const x = impl(a[0]);
    return new PyTuple([classSet(x.registry.live()), classSet(x.cache.live()), classSet(x.negCache.live()), x.negVersion]);
  });
  def('_reset_registry', 1, (a) => {
    impl(a[0]).registry.clear();
    return None;
  });
  def('_reset_caches', 1, (a) => {
    const x = impl(a[0]);
    x.cache.clear();
    x.negCache.clear();
    return None;
  });
  d.setStr('_abc_data', abcDataType);
  return m;
}
