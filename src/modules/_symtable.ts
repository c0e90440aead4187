// The _symtable module (Modules/symtablemodule.c): symtable(source, filename, startstr) parses the source
// and returns the top entry of the compiler's own symbol table (src/compiler/symtable.ts), as
// 'symtable entry' objects (Python/symtable.c's ste_memberlist: id, name, symbols, varnames, children,
// nested, type, lineno). As CPython, the AST is not optimized first and only the source's own
// __future__ imports count.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyObject, PyType, None, typeType, objectType, typeOf, defineGetters, defineMethods } from '../objects/object.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { idOf } from '../objects/abstract.js';
import { parse } from '../parser/parser.js';
import { Compiler } from '../compiler/compile.js';
import {
  buildSymtable, SymbolTableEntry, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE, DEF_FREE_CLASS,
  DEF_IMPORT, DEF_ANNOT, DEF_BOUND, SCOPE_OFFSET, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL,
} from '../compiler/symtable.js';
import { syntaxErrorToPy } from '../vm/interp.js';
import { sourceText, fsDecoder } from './builtins.js';

const TYPE_FUNCTION = 0, TYPE_CLASS = 1, TYPE_MODULE = 2;

class PySymtableEntry extends PyObject {
  declare ste: SymbolTableEntry;
  declare symbols: PyDict;
  declare varnames: PyList;
  declare children: PyList;
  constructor(ste: SymbolTableEntry) {
    super(steType);
    this.ste = ste;
    const d = new PyDict();
    for (const [name, flags] of ste.symbols) d.setStr(name, flags);
    this.symbols = d;
    this.varnames = new PyList(ste.varnames.slice());
    // Annotation blocks (under `from __future__ import annotations`) are not children in CPython 3.11.
    this.children = new PyList(ste.children.filter((c) => c.type !== 'annotation').map((c) => new PySymtableEntry(c)));
  }
}

// Made on first import: nothing of this module runs at start-up.
let steType: PyType;
const E = (v: PyValue): PySymtableEntry => v as PySymtableEntry;

function makeEntryType(): PyType {
  const t = new PyType(typeType, 'symtable entry', [objectType], 0);
  t.mro = [t, objectType];
  t.tdict.set('__module__', 'builtins');
  t.tdict.set('__new__', new PyBuiltin('__new__', () => typeError("cannot create 'symtable entry' instances")));
  defineGetters(t, {
    id: (self) => idOf(self),
    name: (self) => E(self).ste.name,
    symbols: (self) => E(self).symbols,
    varnames: (self) => E(self).varnames,
    children: (self) => E(self).children,
    nested: (self) => (E(self).ste.nested ? 1 : 0),
    type: (self) => {
      const k = E(self).ste.type;
      return k === 'function' ? TYPE_FUNCTION : k === 'class' ? TYPE_CLASS : k === 'module' ? TYPE_MODULE : 3;
    },
    lineno: (self) => E(self).ste.lineno,
  });
  defineMethods(t, {
    __repr__: (self) => `<symtable entry ${E(self).ste.name}(${idOf(self)}), line ${E(self).ste.lineno}>`,
  });
  return t;
}

function symtable(args: PyValue[], kw: string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError('symtable() takes no keyword arguments');
  if (args.length !== 3) typeError(`symtable expected 3 arguments, got ${args.length}`);
  const [src, fname, start] = args;
  // Argument Clinic converts in order: the source is checked (as a buffer) after the file name.
  if (typeof src !== 'string' && typeof src !== 'object') typeError('symtable() arg 1 must be a string or bytes object');
  const filename = fsDecoder(fname);
  if (typeof start !== 'string') typeError(`symtable() argument 3 must be str, not ${typeOf(start).name}`);
  const text = sourceText(src, filename, 'symtable() arg 1 must be a string or bytes object');
  if (start !== 'exec' && start !== 'eval' && start !== 'single') valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  try {
    const tree = parse(text, filename, start);
    const c = new Compiler(filename, text, -1, 0);
    c.parseFuture(tree);
    return new PySymtableEntry(buildSymtable(tree, filename, text, c.futureFeatures).top);
  } catch (e) {
    throw syntaxErrorToPy(e);
  }
}

export function makeSymtableModule(): PyModule {
  steType ??= makeEntryType();
  const d = new PyDict();
  const m = new PyModule('_symtable', d);
  d.setStr('__doc__', None);
  d.setStr('symtable', new PyBuiltin('symtable', symtable, m));
  const consts: [string, number][] = [
    ['USE', USE], ['DEF_GLOBAL', DEF_GLOBAL], ['DEF_NONLOCAL', DEF_NONLOCAL], ['DEF_LOCAL', DEF_LOCAL], ['DEF_PARAM', DEF_PARAM],
    ['DEF_FREE', DEF_FREE], ['DEF_FREE_CLASS', DEF_FREE_CLASS], ['DEF_IMPORT', DEF_IMPORT], ['DEF_BOUND', DEF_BOUND],
    ['DEF_ANNOT', DEF_ANNOT], ['TYPE_FUNCTION', TYPE_FUNCTION], ['TYPE_CLASS', TYPE_CLASS], ['TYPE_MODULE', TYPE_MODULE],
    ['LOCAL', LOCAL], ['GLOBAL_EXPLICIT', GLOBAL_EXPLICIT], ['GLOBAL_IMPLICIT', GLOBAL_IMPLICIT], ['FREE', FREE], ['CELL', CELL],
    ['SCOPE_OFF', SCOPE_OFFSET], ['SCOPE_MASK', 15],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  return m;
}
