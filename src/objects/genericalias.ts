// types.GenericAlias (list[int]) and types.UnionType (int | str) (Objects/genericaliasobject.c,
// unionobject.c): repr, attribute pass-through to the origin, calls setting __orig_class__, type-variable
// substitution (dict[T, list[S]][str, int]), starred aliases (*tuple[int]), __origin__/__args__/__parameters__.
import {
  PyObject, PyValue, PyType, PyTuple, PyDict, PyList, PyClassMethodDescr, PyBuiltin, None, NotImplemented, Ellipsis,
  typeType, objectType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, typeOf, noneType, listType, dictType, normBig,
  tupleType, setType, frozensetType, enumerateType, mappingproxyType, newTuple, PyNativeIter, emptyTuple,
} from './object.js';
import {
  repr, str, eq, hash, call, getAttr, getAttrOpt, genericGetAttr, noAttribute, richCompare, setAttr, getItem,
  getIter, callSpecial, toArray, binaryOp,
} from './abstract.js';
import { typeError, AttributeError, TypeError as TypeErrorT } from './exceptions.js';
import { NB_OR } from '../bytecode/opcode.js';
import { PyException, newException, StopIteration } from './exceptions.js';
import { ts } from '../vm/ceval.js';
import { asyncGeneratorType } from './genobject.js';

export const genericAliasType = new PyType(typeType, 'GenericAlias', [objectType], TF_BASETYPE);
genericAliasType.mro = [genericAliasType, objectType];
genericAliasType.tdict.set('__module__', 'types');
export const unionTypeType = new PyType(typeType, 'UnionType', [objectType], 0);
unionTypeType.mro = [unionTypeType, objectType];
unionTypeType.tdict.set('__module__', 'types');
const gaIterType = new PyType(typeType, 'generic_alias_iterator', [objectType], 0);
gaIterType.mro = [gaIterType, objectType];

export class PyGenericAlias extends PyObject {
  declare readonly origin: PyValue;
  declare readonly args: PyValue[];
  /** *tuple[int] (made by iterating an alias). */
  declare starred: boolean;
  /** __parameters__, computed on first use. */
  declare params: PyValue[] | null;
  /**
   * Py_GenericAlias(origin, args): `args` holds the subscript; a single tuple there is the argument tuple
   * itself (list[int, str] receives the tuple (int, str)).
   */
  constructor(origin: PyValue, args: PyValue[], cls: PyType = genericAliasType) {
    super(cls);
    this.origin = origin;
    this.args = args.length === 1 && args[0] instanceof PyTuple ? args[0].items.slice() : args;
    this.starred = false;
    this.params = null;
    if (cls.flags & TF_HEAPTYPE) this.dict = cls.newInstanceDict();
  }
}

/** The __class_getitem__ of the builtin generic classes: cls[item] is GenericAlias(cls, item). */
export function classGetItem(cls: PyValue, args: PyValue[]): PyValue {
  return new PyGenericAlias(cls, [args[0]]);
}

export class PyUnion extends PyObject {
  /** __parameters__, made on first use (as union_parameters). */
  declare params: PyValue[] | null;
  constructor(public readonly args: PyValue[]) {
    super(unionTypeType);
    this.params = null;
  }
}

function unionCompare(u: PyUnion, o: PyValue, op: number): PyValue {
  if (!(o instanceof PyUnion)) return NotImplemented;
  return richCompare(call(setType, [new PyTuple(u.args)]), call(setType, [new PyTuple(o.args)]), op);
}

function unionParameters(u: PyUnion): PyValue[] {
  if (u.params === null) u.params = makeParameters(u.args);
  return u.params;
}

/** ga_repr_item: '...', an alias by its repr, a class-like object as module.qualname, else repr. */
function reprItem(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (getAttrOpt(v, '__origin__') !== undefined && getAttrOpt(v, '__args__') !== undefined) return repr(v);
  const qn = getAttrOpt(v, '__qualname__');
  if (qn === undefined) return repr(v);
  const m = getAttrOpt(v, '__module__');
  if (m === undefined || m === None) return repr(v);
  if (m === 'builtins') return str(qn);
  return `${str(m)}.${str(qn)}`;
}

function isUnionArg(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** type.__or__: int | str. */
export function makeUnion(a: PyValue, b: PyValue): PyValue {
  if (!isUnionArg(a) || !isUnionArg(b)) return NotImplemented;
  const out: PyValue[] = [];
  for (const x of [a, b]) {
    const items = x instanceof PyUnion ? x.args : [x === None ? noneType : x];
    for (const i of items) if (!out.some((o) => o === i || eq(o, i))) out.push(i);
  }
  return out.length === 1 ? out[0] : new PyUnion(out);
}

/** Names a GenericAlias answers itself; every other attribute is the origin's (ga_getattro). */
const OWN_ATTRS = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function addOnce(out: PyValue[], v: PyValue): void {
  if (!out.includes(v)) out.push(v);
}

/** _Py_make_parameters: the type variables among args (those with __typing_subst__), then their aliases'. */
export function makeParameters(args: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  for (const a of args) {
    // A class's __typing_subst__ or __parameters__ are its instances' (a bare TypeVar class is no parameter).
    if (a instanceof PyType) continue;
    if (getAttrOpt(a, '__typing_subst__') !== undefined) {
      addOnce(out, a);
      continue;
    }
    const sub = getAttrOpt(a, '__parameters__');
    if (sub instanceof PyTuple) for (const p of sub.items) addOnce(out, p);
  }
  return out;
}

function parametersOf(g: PyGenericAlias): PyValue[] {
  if (g.params === null) g.params = makeParameters(g.args);
  return g.params;
}

/** _unpacked_tuple_args: the arguments of *tuple[...] (or of an object saying it is one), else null. */
function unpackedTupleArgs(v: PyValue): PyValue[] | null {
  if (v instanceof PyGenericAlias && v.starred && v.origin === tupleType) return v.args;
  const r = getAttrOpt(v, '__typing_unpacked_tuple_args__');
  return r instanceof PyTuple ? r.items : null;
}

/** _unpack_args: a subscript's items with each *tuple[X, Y] (not ending in ...) spliced in. */
function unpackArgs(item: PyValue): PyValue[] {
  const items = item instanceof PyTuple ? item.items : [item];
  const out: PyValue[] = [];
  for (const it of items) {
    if (!(it instanceof PyType)) {
      const sub = unpackedTupleArgs(it);
      if (sub !== null && !(sub.length > 0 && sub[sub.length - 1] === Ellipsis)) {
        out.push(...sub);
        continue;
      }
    }
    out.push(it);
  }
  return out;
}

function isUnpackedTypeVarTuple(v: PyValue): boolean {
  if (v instanceof PyType) return false;
  const r = getAttrOpt(v, '__typing_is_unpacked_typevartuple__');
  return r !== undefined && r !== false && r !== None && r !== 0;
}

/** subs_tvars: obj with the parameters it has substituted (obj[...]), or obj itself. */
function substTypeVars(obj: PyValue, params: PyValue[], items: PyValue[]): PyValue {
  const sub = getAttrOpt(obj, '__parameters__');
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return obj;
  const subargs: PyValue[] = [];
  for (const p of sub.items) {
    const ip = params.indexOf(p);
    if (ip >= 0) {
      const arg = items[ip];
      // A TypeVarTuple (a type with __iter__) stands for the tuple of its arguments: spliced in.
      if (typeOf(params[ip]).lookup('__iter__') !== undefined && arg instanceof PyTuple) {
        subargs.push(...arg.items);
        continue;
      }
      subargs.push(arg);
    } else {
      subargs.push(p);
    }
  }
  return getItem(obj, new PyTuple(subargs));
}

/**
 * _Py_subs_parameters: the new argument tuple of self[item] for the type variables `params`. Each parameter's
 * __typing_prepare_subst__ first reshapes the items (a TypeVarTuple gathers its share into one tuple).
 */
export function substParameters(self: PyValue, args: PyValue[], params: PyValue[], item: PyValue): PyValue[] {
  const np = params.length;
  if (np === 0) typeError(`${repr(self)} is not a generic class`);
  let packed: PyValue = new PyTuple(unpackArgs(item));
  for (const p of params) {
    const prepare = getAttrOpt(p, '__typing_prepare_subst__');
    if (prepare !== undefined && prepare !== None) packed = call(prepare, [self, packed]);
  }
  const items = packed instanceof PyTuple ? packed.items : [packed];
  const n = items.length;
  if (n !== np) typeError(`Too ${n > np ? 'many' : 'few'} arguments for ${repr(self)}; actual ${n}, expected ${np}`);
  const out: PyValue[] = [];
  for (const a of args) {
    if (a instanceof PyType) {
      out.push(a);
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(a);
    const subst = getAttrOpt(a, '__typing_subst__');
    const r = subst !== undefined ? call(subst, [items[params.indexOf(a)]]) : substTypeVars(a, params, items);
    if (unpack) {
      if (!(r instanceof PyTuple)) typeError(`expected a tuple, not ${typeOf(r).tpName}`);
      out.push(...r.items);
    } else {
      out.push(r);
    }
  }
  return out;
}

const GA = (v: PyValue) => v as PyGenericAlias;

function gaRepr(g: PyGenericAlias): string {
  const parts = g.args.map(reprItem).join(', ');
  return `${g.starred ? '*' : ''}${reprItem(g.origin)}[${g.args.length === 0 ? '()' : parts}]`;
}

function gaEq(a: PyGenericAlias, b: PyValue): PyValue {
  if (!(b instanceof PyGenericAlias)) return NotImplemented;
  if (a.starred !== b.starred) return false;
  if (!eq(a.origin, b.origin)) return false;
  return richCompare(new PyTuple(a.args), new PyTuple(b.args), 2);
}

/** ga_call: call the origin, then set __orig_class__ on the result where the object allows it. */
function gaCall(g: PyGenericAlias, args: PyValue[], kw: string[] | null): PyValue {
  const obj = call(g.origin, args, kw);
  try {
    setAttr(obj, '__orig_class__', g);
  } catch (e) {
    if (!(e instanceof PyException) || !(e.exc.cls.isSubtype(AttributeError) || e.exc.cls.isSubtype(TypeErrorT))) throw e;
  }
  return obj;
}

export function initGenericAlias(): void {
  // Every builtin class CPython gives a __class_getitem__ (type[int] is special-cased in getItem).
  for (const t of [listType, dictType, tupleType, setType, frozensetType, enumerateType, mappingproxyType, asyncGeneratorType]) {
    t.tdict.set('__class_getitem__', new PyClassMethodDescr(t, '__class_getitem__', classGetItem));
    t.modified();
  }
  genericAliasType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 3) typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
    const cls = args[0] as PyType;
    return new PyGenericAlias(args[1], [args[2]], cls);
  }));
  defineMethods(genericAliasType, {
    __repr__: (self) => gaRepr(GA(self)),
    __call__: (self, args, kw) => gaCall(GA(self), args, kw),
    __getattribute__: (self, args) => {
      const name = args[0];
      if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeOf(name).tpName}'`);
      if (!OWN_ATTRS.has(name)) return getAttr(GA(self).origin, name);
      const r = genericGetAttr(self, name);
      if (r === undefined) throw noAttribute(self, name);
      return r;
    },
    __getitem__: (self, args) => {
      const g = GA(self);
      const res = new PyGenericAlias(g.origin, [newTuple(substParameters(g, g.args, parametersOf(g), args[0]))]);
      res.starred = g.starred;
      return res;
    },
    __eq__: (self, args) => gaEq(GA(self), args[0]),
    __ne__: (self, args) => {
      const r = gaEq(GA(self), args[0]);
      return r === NotImplemented ? r : r === true ? false : r === false ? true : !eq(r, true);
    },
    __hash__: (self) => {
      const g = GA(self);
      const h = BigInt.asIntN(64, BigInt(hash(g.origin)) ^ BigInt(hash(new PyTuple(g.args))));
      return normBig(h === -1n ? -2n : h);
    },
    __or__: (self, args) => makeUnion(self, args[0]),
    __ror__: (self, args) => makeUnion(args[0], self),
    __iter__: (self) => {
      // st: the alias, until the one starred alias is taken (ga_iter_reduce reads it).
      const it: PyNativeIter = new PyNativeIter(() => {
        const g = it.st as PyGenericAlias | null;
        if (g === null) return undefined;
        it.st = null;
        const s = new PyGenericAlias(g.origin, [newTuple(g.args)]);
        s.starred = true;
        return s;
      }, gaIterType, 'generic_alias_iterator');
      it.st = GA(self);
      return it;
    },
    __mro_entries__: (self) => new PyTuple([GA(self).origin]),
    __instancecheck__: () => typeError('isinstance() argument 2 cannot be a parameterized generic'),
    __subclasscheck__: () => typeError('issubclass() argument 2 cannot be a parameterized generic'),
    __reduce__: (self) => {
      const g = GA(self);
      if (g.starred) {
        const plain = new PyGenericAlias(g.origin, [newTuple(g.args)]);
        return new PyTuple([frameBuiltin('next'), new PyTuple([getIter(plain)])]);
      }
      return new PyTuple([typeOf(self), new PyTuple([g.origin, newTuple(g.args)])]);
    },
    __dir__: (self) => {
      // PyObject_Dir(origin) (sorted), then the alias's own names it lacks.
      const d = callSpecial(GA(self).origin, '__dir__', []);
      const names = d === undefined ? [] : toArray(d);
      names.sort((x, y) => (typeof x === 'string' && typeof y === 'string' ? (x < y ? -1 : x > y ? 1 : 0) : 0));
      for (const n of OWN_ATTRS) if (!names.includes(n)) names.push(n);
      return new PyList(names);
    },
  });
  defineGetters(genericAliasType, {
    __origin__: (self) => GA(self).origin,
    __args__: (self) => newTuple(GA(self).args),
    __parameters__: (self) => newTuple(parametersOf(GA(self))),
    __unpacked__: (self) => GA(self).starred,
    __typing_unpacked_tuple_args__: (self) => {
      const g = GA(self);
      return g.starred && g.origin === tupleType ? newTuple(g.args) : None;
    },
  });
  defineMethods(gaIterType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIter).next();
      if (v === undefined) throw new PyException(newException(StopIteration, []));
      return v;
    },
    // ga_iter_reduce: iter(alias), or iter(()) once exhausted; `iter` looked up first (gh-101765: the lookup
    // may run an __eq__ that exhausts the iterator).
    __reduce__: (self) => {
      const f = frameBuiltin('iter');
      const g = (self as PyNativeIter).st as PyGenericAlias | null;
      return new PyTuple([f, new PyTuple([g === null ? emptyTuple : g])]);
    },
  });
  defineMethods(unionTypeType, {
    __repr__: (self) => (self as PyUnion).args.map((a) => (a === noneType ? 'None' : reprItem(a))).join(' | '),
    __or__: (self, args) => makeUnion(self, args[0]),
    __ror__: (self, args) => makeUnion(args[0], self),
    // union_richcompare: the arguments compared as sets (list[T] | int equals another list[T] | int).
    __eq__: (self, args) => unionCompare(self as PyUnion, args[0], 2),
    __ne__: (self, args) => unionCompare(self as PyUnion, args[0], 3),
    __hash__: (self) => hash(call(frozensetType, [new PyTuple((self as PyUnion).args)])),
    // union_getitem: the arguments with the type variables substituted, joined again with |.
    __getitem__: (self, args) => {
      const u = self as PyUnion;
      const newargs = substParameters(u, u.args, unionParameters(u), args[0]);
      if (newargs.length === 0) return new PyUnion([]);
      let r = newargs[0];
      for (let i = 1; i < newargs.length; i++) r = binaryOp(r, newargs[i], NB_OR);
      return r;
    },
  });
  defineGetters(unionTypeType, {
    __args__: (self) => new PyTuple((self as PyUnion).args),
    __parameters__: (self) => newTuple(unionParameters(self as PyUnion)),
  });
}

/** _PyEval_GetBuiltin: a builtin of the running frame, by name. */
function frameBuiltin(name: string): PyValue {
  const b = ts.frame?.builtins.getStr(name);
  if (b === undefined) throw noAttribute(None, name);
  return b;
}
