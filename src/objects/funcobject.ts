// Python functions (PyFunction) and their attributes.
import { PyObject, PyValue, PyDict, PyTuple, PyCell, PyModule, functionType, objectType, None } from './object.js';
import type { RtCode } from '../vm/code.js';

export class PyFunction extends PyObject {
  declare name: string;
  declare qualname: string;
  declare defaults: PyValue[] | null;
  declare kwdefaults: PyDict | null;
  declare closure: PyCell[] | null;
  declare annotations: PyValue;
  declare doc: PyValue;
  declare module: PyValue;
  constructor(public code: RtCode, public globals: PyDict, public builtins: PyDict) {
    super(functionType);
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.annotations = None;
    this.name = code.name;
    this.qualname = code.qualname;
    const c0 = code.consts.length > 0 ? code.consts[0] : None;
    // CPython 3.11 makes co_consts[0] the docstring or None for every def (lambdas: None).
    this.doc = typeof c0 === 'string' ? c0 : None;
    const m = globals.getStr('__name__');
    this.module = m === undefined ? None : m;
  }
}

export function closureTuple(f: PyFunction): PyValue {
  return f.closure === null ? None : new PyTuple(f.closure);
}

/**
 * A frame's builtins when the globals' __builtins__ is neither a dict nor a module (`exec(src, {'__builtins__':
 * None})`): CPython then looks names up in that object with __getitem__, so such code has no builtins at all.
 * Its own table stays empty and its type is not dict's, which sends every lookup to the slow paths.
 */
export class ForeignBuiltins extends PyDict {
  constructor(public readonly target: PyValue) {
    super(objectType);
  }
}

/** _PyEval_BuiltinsFromGlobals: the builtins of code run with globals g (a module stands for its dict). */
export function builtinsFromGlobals(g: PyDict, fallback: PyDict): PyDict {
  const b = g.getStr('__builtins__');
  if (b === undefined) return fallback;
  if (b instanceof PyModule) return b.dict!;
  return b instanceof PyDict ? b : new ForeignBuiltins(b);
}

/** What f_builtins and a function's __builtins__ show for builtins b. */
export function shownBuiltins(b: PyDict): PyValue {
  return b instanceof ForeignBuiltins ? b.target : b;
}
