// The _tracemalloc module (Modules/_tracemalloc.c), as far as Typhon can have it: Python objects are
// JavaScript objects that V8 allocates, so no allocation can be traced. The module reports what CPython's
// reports while not tracing (so warnings.py adds its "Enable tracemalloc" hint to ResourceWarnings and
// never-awaited coroutines, as CPython prints it), and start() refuses with an explanation instead of
// pretending to trace and giving empty snapshots.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyTuple, None } from '../objects/object.js';
import { typeError, valueError, raise, RuntimeError } from '../objects/exceptions.js';
import { unpackArgs, intArg } from './args.js';

export function makeTracemallocModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_tracemalloc', d);
  d.setStr('__doc__', 'Debug module to trace memory blocks allocated by Python.');
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  /** A METH_NOARGS function: its arguments checked as CPython's. */
  const noArgs = (name: string, value: () => PyValue): void => {
    def(name, (args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`_tracemalloc.${name}() takes no keyword arguments`);
      if (args.length > 0) typeError(`_tracemalloc.${name}() takes no arguments (${args.length} given)`);
      return value();
    });
  };
  noArgs('is_tracing', () => false);
  noArgs('get_traceback_limit', () => 1);
  noArgs('get_traced_memory', () => new PyTuple([0, 0]));
  noArgs('get_tracemalloc_memory', () => 0);
  noArgs('_get_traces', () => new PyList([]));
  noArgs('clear_traces', () => None);
  noArgs('reset_peak', () => None);
  noArgs('stop', () => None);
  def('_get_object_traceback', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('_tracemalloc._get_object_traceback() takes no keyword arguments');
    if (args.length !== 1) typeError(`_tracemalloc._get_object_traceback() takes exactly one argument (${args.length} given)`);
    return None;
  });
  def('start', (args, kw) => {
    unpackArgs('start', args, kw, 0, 1);
    const nframe = args.length > 0 ? intArg(args[0]) : 1;
    if (nframe < 1 || nframe > 65535) valueError('the number of frames must be in range [1; 65535]');
    raise(RuntimeError, 'Typhon cannot trace memory allocations: its objects are allocated by the JavaScript engine');
  });
  return m;
}
