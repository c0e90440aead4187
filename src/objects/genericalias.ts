// types.GenericAlias (list[int]) and types.UnionType (int | str) (Objects/genericaliasobject.c,
// unionobject.c): enough for annotations, repr, isinstance with unions, __origin__/__args__.
import {
  PyObject, PyValue, PyType, PyTuple, PyClassMethodDescr, None, NotImplemented, typeType, objectType, TF_BASETYPE,
  defineMethods, defineGetters, typeOf, noneType, listType, dictType, tupleType, setType, frozensetType,
} from './object.js';
import { repr, eq, hash } from './abstract.js';
import { typeError } from './exceptions.js';

export const genericAliasType = new PyType(typeType, 'GenericAlias', [objectType], TF_BASETYPE);
genericAliasType.mro = [genericAliasType, objectType];
genericAliasType.tdict.set('__module__', 'types');
export const unionTypeType = new PyType(typeType, 'UnionType', [objectType], 0);
unionTypeType.mro = [unionTypeType, objectType];
unionTypeType.tdict.set('__module__', 'types');

export class PyGenericAlias extends PyObject {
  constructor(public readonly origin: PyValue, public readonly args: PyValue[]) {
    super(genericAliasType);
  }
}

export class PyUnion extends PyObject {
  constructor(public readonly args: PyValue[]) {
    super(unionTypeType);
  }
}

function typeRepr(v: PyValue): string {
  if (v === None) return 'None';
  if (v instanceof PyType) {
    const m = v.module;
    return m === 'builtins' ? v.qualname : `${m}.${v.qualname}`;
  }
  if (v === (Ellipsis_ as PyValue)) return '...';
  return repr(v);
}
import { Ellipsis as Ellipsis_ } from './object.js';

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

export function initGenericAlias(): void {
  const classGetItem = (cls: PyValue, args: PyValue[]) => new PyGenericAlias(cls, args[0] instanceof PyTuple ? args[0].items : [args[0]]);
  for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
    t.tdict.set('__class_getitem__', new PyClassMethodDescr(t, '__class_getitem__', (cls, args) => classGetItem(cls, args)));
    t.modified();
  }
  defineMethods(genericAliasType, {
    __repr__: (self) => {
      const g = self as PyGenericAlias;
      return `${typeRepr(g.origin)}[${g.args.length === 0 ? '()' : g.args.map(typeRepr).join(', ')}]`;
    },
    __call__: (self, args, kw) => callT((self as PyGenericAlias).origin, args, kw),
    __eq__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyGenericAlias)) return NotImplemented;
      const g = self as PyGenericAlias;
      return eq(g.origin, o.origin) && g.args.length === o.args.length && g.args.every((x, i) => eq(x, o.args[i]));
    },
    __hash__: (self) => hash((self as PyGenericAlias).origin),
    __or__: (self, args) => makeUnion(self, args[0]),
    __ror__: (self, args) => makeUnion(args[0], self),
    __mro_entries__: (self) => new PyTuple([(self as PyGenericAlias).origin]),
    __instancecheck__: () => typeError('isinstance() argument 2 cannot be a parameterized generic'),
  });
  defineGetters(genericAliasType, {
    __origin__: (self) => (self as PyGenericAlias).origin,
    __args__: (self) => new PyTuple((self as PyGenericAlias).args),
    __parameters__: () => new PyTuple([]),
  });
  defineMethods(unionTypeType, {
    __repr__: (self) => (self as PyUnion).args.map((a) => (a === noneType ? 'None' : typeRepr(a))).join(' | '),
    __or__: (self, args) => makeUnion(self, args[0]),
    __ror__: (self, args) => makeUnion(args[0], self),
    __eq__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyUnion)) return NotImplemented;
      const a = (self as PyUnion).args;
      return a.length === o.args.length && a.every((x) => o.args.includes(x));
    },
    __hash__: (self) => hash(callT(frozensetType, [new PyTuple((self as PyUnion).args)])),
    __instancecheck__: (self, args) => (self as PyUnion).args.some((t) => t instanceof PyType && typeOf(args[0]).isSubtype(t)),
    __subclasscheck__: (self, args) => (self as PyUnion).args.some((t) => t instanceof PyType && args[0] instanceof PyType && args[0].isSubtype(t)),
  });
  defineGetters(unionTypeType, { __args__: (self) => new PyTuple((self as PyUnion).args) });
}
import { call as callT } from './abstract.js';
