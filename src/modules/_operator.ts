// The _operator module (Modules/_operator.c): the operator functions as natives over the protocols
// of abstract.ts, and itemgetter/attrgetter/methodcaller (hot as sort keys). operator.py imports
// these over its pure-Python definitions.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, None, typeType, objectType, dictType,
  defineMethods, typeOf, emptyTuple,
} from '../objects/object.js';
import { typeError, valueError } from '../objects/exceptions.js';
import {
  call, binaryOp, richCompare, unaryOp, getItem, setItem, delItem, contains, truthy, index, getAttr, repr, getIter,
  iterNext, eq, callSpecial, lengthHint,
} from '../objects/abstract.js';
import { asBytes } from '../objects/bytes.js';
import { asStr, PyStrSub } from '../objects/str.js';
import { PySurrogateStr } from '../objects/surrogatestr.js';
import { unpackArgs, ssizeArg, strSubValue } from './args.js';
import { loadModule } from '../vm/import.js';

function mkType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  t.tdict.set('__module__', 'operator');
  return t;
}
const itemgetterType = mkType('itemgetter');
const attrgetterType = mkType('attrgetter');
const methodcallerType = mkType('methodcaller');

class PyItemGetter extends PyObject {
  declare items: PyValue[];
  constructor(items: PyValue[]) {
    super(itemgetterType);
    this.items = items;
  }
}
class PyAttrGetter extends PyObject {
  declare names: string[];
  /** Each name split at its dots. */
  declare paths: string[][];
  constructor(names: string[]) {
    super(attrgetterType);
    this.names = names;
    this.paths = names.map((n) => n.split('.'));
  }
}
class PyMethodCaller extends PyObject {
  declare name: string;
  declare args: PyValue[];
  declare kwnames: string[];
  declare kwvals: PyValue[];
  constructor(name: string, args: PyValue[], kwnames: string[], kwvals: PyValue[]) {
    super(methodcallerType);
    this.name = name;
    this.args = args;
    this.kwnames = kwnames;
    this.kwvals = kwvals;
  }
}

function noKw(fname: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${fname}() takes no keyword arguments`);
}

function resolve(obj: PyValue, path: string[]): PyValue {
  let v = obj;
  for (let i = 0; i < path.length; i++) v = getAttr(v, path[i]);
  return v;
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  const t = typeOf(v);
  return t.lookup('__getitem__') !== undefined && !t.isSubtype(dictType);
}

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyStrSub || v instanceof PySurrogateStr;
}

function compareDigest(a: PyValue, b: PyValue): boolean {
  let x: Uint8Array;
  let y: Uint8Array;
  if (isStr(a) && isStr(b)) {
    // A PySurrogateStr (or a subclass instance holding one) is never ASCII.
    const sa = asStr(a);
    const sb = asStr(b);
    // eslint-disable-next-line no-control-regex
    if (sa === undefined || sb === undefined || /[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb)) {
      typeError('comparing strings with non-ASCII characters is not supported');
    }
    x = Uint8Array.from(sa, (c) => c.charCodeAt(0));
    y = Uint8Array.from(sb, (c) => c.charCodeAt(0));
  } else {
    const xa = asBytes(a);
    const ya = asBytes(b);
    if (xa === undefined && ya === undefined) {
      typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
    }
    if (xa === undefined) typeError(`a bytes-like object is required, not '${typeOf(a).tpName}'`);
    if (ya === undefined) typeError(`a bytes-like object is required, not '${typeOf(b).tpName}'`);
    x = xa;
    y = ya;
  }
  // Constant time in the length of b, as CPython's tscmp.
  let r = x.length === y.length ? 0 : 1;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) r |= left[i] ^ y[i];
  return r === 0;
}

let initialised = false;
function initTypes(): void {
  if (initialised) return;
  initialised = true;
  itemgetterType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    noKw('itemgetter', kw);
    if (args.length < 2) typeError('itemgetter expected 1 argument, got 0');
    return new PyItemGetter(args.slice(1));
  }));
  defineMethods(itemgetterType, {
    __call__: (self, args, kw) => {
      noKw('itemgetter', kw);
      if (args.length !== 1) typeError(`itemgetter expected 1 argument, got ${args.length}`);
      const g = self as PyItemGetter;
      const obj = args[0];
      const items = g.items;
      if (items.length === 1) return getItem(obj, items[0]);
      const out = new Array<PyValue>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = getItem(obj, items[i]);
      return new PyTuple(out);
    },
    __repr__: (self) => `operator.itemgetter(${(self as PyItemGetter).items.map((v) => repr(v)).join(', ')})`,
    __reduce__: (self) => new PyTuple([itemgetterType, new PyTuple((self as PyItemGetter).items.slice())]),
  });

  attrgetterType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    noKw('attrgetter', kw);
    if (args.length < 2) typeError('attrgetter expected 1 argument, got 0');
    const names: string[] = [];
    for (let i = 1; i < args.length; i++) {
      const n = strSubValue(args[i]);
      if (typeof n !== 'string') typeError('attribute name must be a string');
      names.push(n);
    }
    return new PyAttrGetter(names);
  }));
  defineMethods(attrgetterType, {
    __call__: (self, args, kw) => {
      noKw('attrgetter', kw);
      if (args.length !== 1) typeError(`attrgetter expected 1 argument, got ${args.length}`);
      const g = self as PyAttrGetter;
      if (g.paths.length === 1) return resolve(args[0], g.paths[0]);
      return new PyTuple(g.paths.map((p) => resolve(args[0], p)));
    },
    __repr__: (self) => `operator.attrgetter(${(self as PyAttrGetter).names.map((v) => repr(v)).join(', ')})`,
    __reduce__: (self) => new PyTuple([attrgetterType, new PyTuple((self as PyAttrGetter).names.slice())]),
  });

  methodcallerType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - 1 - nkw;
    if (npos < 1) typeError('methodcaller needs at least one argument, the method name');
    const name = strSubValue(args[1]);
    if (typeof name !== 'string') typeError('method name must be a string');
    return new PyMethodCaller(name, args.slice(2, 1 + npos), kw === null ? [] : kw.slice(), args.slice(1 + npos));
  }));
  defineMethods(methodcallerType, {
    __call__: (self, args, kw) => {
      noKw('methodcaller', kw);
      if (args.length !== 1) typeError(`methodcaller expected 1 argument, got ${args.length}`);
      const c = self as PyMethodCaller;
      const f = getAttr(args[0], c.name);
      if (c.kwnames.length === 0) return call(f, c.args.slice());
      return call(f, c.args.concat(c.kwvals), c.kwnames.slice());
    },
    __repr__: (self) => {
      const c = self as PyMethodCaller;
      const parts = [repr(c.name), ...c.args.map((v) => repr(v)), ...c.kwnames.map((k, i) => `${k}=${repr(c.kwvals[i])}`)];
      return `operator.methodcaller(${parts.join(', ')})`;
    },
    __reduce__: (self) => {
      const c = self as PyMethodCaller;
      if (c.kwnames.length === 0) return new PyTuple([methodcallerType, new PyTuple([c.name, ...c.args])]);
      const partial = getAttr(loadModule('functools'), 'partial');
      const p = call(partial, [methodcallerType, c.name, ...c.kwvals], c.kwnames.slice());
      return new PyTuple([p, c.args.length === 0 ? emptyTuple : new PyTuple(c.args.slice())]);
    },
  });
}

const BINOPS: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7], ['pow', 8],
  ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
  ['iadd', 13], ['iand', 14], ['ifloordiv', 15], ['ilshift', 16], ['imatmul', 17], ['imul', 18], ['imod', 19], ['ior', 20],
  ['ipow', 21], ['irshift', 22], ['isub', 23], ['itruediv', 24], ['ixor', 25],
];
const COMPARES: [string, number][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

export function makeOperatorModule(): PyModule {
  initTypes();
  const d = new PyDict();
  const m = new PyModule('_operator', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn));
  /** A positional-only function of exactly n arguments (PyArg_UnpackTuple's messages). */
  const fixed = (name: string, n: number, fn: (args: PyValue[]) => PyValue): void => def(name, (args, kw) => {
    if (kw !== null && kw.length > 0) typeError(`_operator.${name}() takes no keyword arguments`);
    if (args.length !== n) {
      if (n === 1) typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
      typeError(`${name} expected ${n} arguments, got ${args.length}`);
    }
    return fn(args);
  });
  for (const [name, op] of BINOPS) fixed(name, 2, (a) => binaryOp(a[0], a[1], op));
  for (const [name, op] of COMPARES) fixed(name, 2, (a) => richCompare(a[0], a[1], op));
  fixed('not_', 1, (a) => !truthy(a[0]));
  fixed('truth', 1, (a) => truthy(a[0]));
  fixed('is_', 2, (a) => a[0] === a[1]);
  fixed('is_not', 2, (a) => a[0] !== a[1]);
  fixed('index', 1, (a) => index(a[0]));
  fixed('neg', 1, (a) => unaryOp(a[0], '__neg__', '-'));
  fixed('pos', 1, (a) => unaryOp(a[0], '__pos__', '+'));
  fixed('invert', 1, (a) => unaryOp(a[0], '__invert__', '~'));
  fixed('inv', 1, (a) => unaryOp(a[0], '__invert__', '~'));
  fixed('abs', 1, (a) => {
    const v = a[0];
    if (typeof v === 'number') return Math.abs(v);
    if (typeOf(v).lookup('__abs__') === undefined) typeError(`bad operand type for abs(): '${typeOf(v).name}'`);
    return callSpecial(v, '__abs__', [])!;
  });
  fixed('getitem', 2, (a) => getItem(a[0], a[1]));
  fixed('setitem', 3, (a) => (setItem(a[0], a[1], a[2]), None));
  fixed('delitem', 2, (a) => (delItem(a[0], a[1]), None));
  fixed('contains', 2, (a) => contains(a[0], a[1]));
  fixed('concat', 2, (a) => {
    if (!isSequence(a[0])) typeError(`'${typeOf(a[0]).name}' object can't be concatenated`);
    return binaryOp(a[0], a[1], 0);
  });
  fixed('iconcat', 2, (a) => {
    if (!isSequence(a[0])) typeError(`'${typeOf(a[0]).name}' object can't be concatenated`);
    return binaryOp(a[0], a[1], 13);
  });
  fixed('countOf', 2, (a) => {
    const it = getIter(a[0]);
    let n = 0;
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return n;
      if (x === a[1] || eq(x, a[1])) n++;
    }
  });
  fixed('indexOf', 2, (a) => {
    const it = getIter(a[0]);
    for (let i = 0; ; i++) {
      const x = iterNext(it);
      if (x === undefined) valueError('sequence.index(x): x not in sequence');
      if (x === a[1] || eq(x, a[1])) return i;
    }
  });
  fixed('_compare_digest', 2, (a) => compareDigest(a[0], a[1]));
  def('length_hint', (args, kw) => {
    unpackArgs('length_hint', args, kw, 1, 2);
    const dflt = args.length > 1 ? ssizeArg(args[1]) : 0;
    return lengthHint(args[0], dflt);
  });
  def('call', (args, kw) => {
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos < 1) typeError('call() missing 1 required positional argument');
    return call(args[0], args.slice(1), kw);
  });
  d.setStr('itemgetter', itemgetterType);
  d.setStr('attrgetter', attrgetterType);
  d.setStr('methodcaller', methodcallerType);
  return m;
}
