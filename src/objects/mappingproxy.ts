// mappingproxy (types.MappingProxyType): a read-only view of a dict. The proxy is a PyDict of type
// mappingproxy that shares the dict's table, so it sees later changes and reuses dict's read methods;
// (the `|` operators included); its type does not derive from dict, so item assignment and deletion fail as in CPython.
import { PyDict, PyBuiltin, PyMethodDescr, PyType, mappingproxyType, objectType, defineMethods, typeOf } from './object.js';
import { typeError } from './exceptions.js';
import { repr, str } from './abstract.js';

export function mappingProxyOf(d: PyDict): PyDict {
  const p = new PyDict(mappingproxyType);
  p.t = d.t;
  return p;
}

/** After initDict: borrow dict's read-only methods. */
export function initMappingProxy(dictType: PyType): void {
  const t = mappingproxyType;
  t.mro = [t, objectType];
  for (const name of ['__getitem__', '__contains__', '__iter__', '__len__', '__reversed__', '__eq__', '__ne__', '__or__', '__ror__',
    '__class_getitem__', 'get', 'keys', 'values', 'items', 'copy']) {
    const m = dictType.tdict.get(name);
    if (m instanceof PyMethodDescr) t.tdict.set(name, new PyMethodDescr(t, name, m.fn));
    else if (m !== undefined) t.tdict.set(name, m);
  }
  defineMethods(t, {
    __repr__: (self) => `mappingproxy(${repr(plainDict(self as PyDict))})`,
    __str__: (self) => str(plainDict(self as PyDict)),
    // Read-only: without this, `mp |= d` would fall back to `mp | d` and rebind the name to a dict.
    __ior__: () => typeError("'|=' is not supported by mappingproxy; use '|' instead"),
  });
  t.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const m = args[1];
    if (args.length !== 2) typeError(`mappingproxy() takes exactly 1 argument (${args.length - 1} given)`);
    if (!(m instanceof PyDict)) typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).tpName}`);
    return mappingProxyOf(m);
  }));
  t.modified();
}

function plainDict(p: PyDict): PyDict {
  const d = new PyDict();
  d.t = p.t;
  return d;
}
