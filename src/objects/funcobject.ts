// Python functions (PyFunction) and their attributes.
import { PyObject, PyValue, PyDict, PyTuple, PyCell, functionType, None } from './object.js';
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
