// mappingproxy (types.MappingProxyType): a read-only view of a mapping. A proxy of a plain dict is a PyDict
// of type mappingproxy that shares the dict's table, so it sees later changes and reuses dict's read
// methods (the `|` operators included); its type does not derive from dict, so item assignment and
// deletion fail as in CPython. A proxy of any other mapping (a dict subclass, OrderedDict, ChainMap)
// keeps it in `targets` and its methods ask the mapping, as mappingproxy's C methods do.
import {
  PyDict, PyBuiltin, PyMethodDescr, PyType, PyList, PyTuple, PyValue, mappingproxyType, objectType, reversedType, defineMethods, typeOf,
} from './object.js';
import { typeError } from './exceptions.js';
import { NB_OR } from '../bytecode/opcode.js';
import { repr, str, call, getAttr, getItem, contains, getIter, lenOf, richCompare, binaryOp } from './abstract.js';

const targets = new WeakMap<PyDict, PyValue>();

export function mappingProxyOf(d: PyDict): PyDict {
  const p = new PyDict(mappingproxyType);
  p.t = d.t;
  return p;
}

/** What a method does on a proxy of a mapping other than a plain dict. */
const delegates: Record<string, (m: PyValue, args: PyValue[], kw: string[] | null) => PyValue> = {
  __getitem__: (m, a) => getItem(m, a[0]),
  __contains__: (m, a) => contains(m, a[0]),
  __iter__: (m) => getIter(m),
  __len__: (m) => lenOf(m),
  __reversed__: (m) => call(reversedType, [m]),
  __eq__: (m, a) => richCompare(m, unwrap(a[0]), 2),
  __ne__: (m, a) => richCompare(m, unwrap(a[0]), 3),
  __or__: (m, a) => binaryOp(m, unwrap(a[0]), NB_OR),
  __ror__: (m, a) => binaryOp(unwrap(a[0]), m, NB_OR),
  get: (m, a, kw) => call(getAttr(m, 'get'), a, kw),
  keys: (m) => call(getAttr(m, 'keys'), []),
  values: (m) => call(getAttr(m, 'values'), []),
  items: (m) => call(getAttr(m, 'items'), []),
  copy: (m) => call(getAttr(m, 'copy'), []),
};
function unwrap(v: PyValue): PyValue {
  return v instanceof PyDict ? targets.get(v) ?? v : v;
}

/** After initDict: borrow dict's read-only methods. */
export function initMappingProxy(dictType: PyType): void {
  const t = mappingproxyType;
  t.mro = [t, objectType];
  for (const name of ['__getitem__', '__contains__', '__iter__', '__len__', '__reversed__', '__eq__', '__ne__', '__or__', '__ror__',
    '__class_getitem__', 'get', 'keys', 'values', 'items', 'copy']) {
    const m = dictType.tdict.get(name);
    const d = delegates[name];
    if (m instanceof PyMethodDescr) {
      const fn = m.fn;
      // | is PyNumber_Or on the unwrapped operands, whatever the mapping (mappingproxy_or).
      const viaNumber = name === '__or__' || name === '__ror__';
      t.tdict.set(name, new PyMethodDescr(t, name, d === undefined ? fn : (self, args, kw) => {
        const target = targets.get(self as PyDict);
        return target !== undefined ? d(target, args, kw) : viaNumber ? d(plainDict(self as PyDict), args, kw) : fn(self, args, kw);
      }));
    } else if (m !== undefined) t.tdict.set(name, m);
  }
  defineMethods(t, {
    __repr__: (self) => `mappingproxy(${repr(targets.get(self as PyDict) ?? plainDict(self as PyDict))})`,
    __str__: (self) => str(targets.get(self as PyDict) ?? plainDict(self as PyDict)),
    // Read-only: without this, `mp |= d` would fall back to `mp | d` and rebind the name to a dict.
    __ior__: () => typeError("'|=' is not supported by mappingproxy; use '|' instead"),
  });
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (args.length > 2) typeError(`mappingproxy() takes at most 1 argument (${args.length - 1} given)`);
    // One argument, by position or as mapping= (clinic: another keyword leaves it missing).
    const m = kw !== null && kw.length > 0 && kw[0] !== 'mapping' ? undefined : args[1];
    if (m === undefined) typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
    // PyMapping_Check, lists and tuples excepted.
    if (m instanceof PyList || m instanceof PyTuple || typeOf(m).lookup('__getitem__') === undefined) {
      typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).tpName}`);
    }
    if (m instanceof PyDict && m.cls === dictType) return mappingProxyOf(m);
    const p = new PyDict(mappingproxyType);
    targets.set(p, unwrap(m));
    return p;
  }));
  t.modified();
}

function plainDict(p: PyDict): PyDict {
  const d = new PyDict();
  d.t = p.t;
  return d;
}
