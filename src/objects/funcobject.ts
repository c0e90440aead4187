// Python functions (PyFunction) and their attributes.
import { PyObject, PyValue, PyDict, PyTuple, PyCell, functionType, None } from './object.js';
import type { RtCode } from '../vm/code.js';

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyValue[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyValue = None;
  doc: PyValue;
  module: PyValue;
  constructor(public code: RtCode, public globals: PyDict, public builtins: PyDict) {
    super(functionType);
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
