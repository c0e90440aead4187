// The atexit module (Modules/atexitmodule.c): callbacks run last-in first-out when the interpreter
// ends (runExitFuncs, called by interp.ts after __main__ finishes or raises; os._exit skips them).
// A failing callback is reported as CPython's "Exception ignored in atexit callback" and the rest run.
import { PyValue, PyDict, PyModule, PyBuiltin, None, typeOf } from '../objects/object.js';
import { PyException, typeError } from '../objects/exceptions.js';
import { call, eq, repr } from '../objects/abstract.js';

interface Callback {
  func: PyValue;
  args: PyValue[];
  kwnames: string[] | null;
}
const callbacks: Callback[] = [];

export const atexitHooks = {
  /** Print an exception ignored in a callback (set by interp.ts: the traceback printer). */
  report: (e: PyException, func: PyValue): void => {
    void e;
    void func;
  },
};

/** Run and clear the callbacks, last registered first. */
export function runExitFuncs(): void {
  while (callbacks.length > 0) {
    const cb = callbacks.pop()!;
    try {
      call(cb.func, cb.args, cb.kwnames);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      atexitHooks.report(e, cb.func);
    }
  }
}

export function makeAtexitModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('atexit', d);
  d.setStr('__doc__', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n');
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  def('register', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw < 1) typeError('register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (typeOf(func).lookup('__call__') === undefined) typeError('the first argument must be callable');
    callbacks.push({ func, args: args.slice(1), kwnames: nkw > 0 ? kw : null });
    return func;
  });
  def('unregister', (args) => {
    if (args.length !== 1) typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
    for (let i = callbacks.length - 1; i >= 0; i--) if (eq(callbacks[i].func, args[0])) callbacks.splice(i, 1);
    return None;
  });
  def('_run_exitfuncs', () => {
    runExitFuncs();
    return None;
  });
  def('_clear', () => {
    callbacks.length = 0;
    return None;
  });
  def('_ncallbacks', () => callbacks.length);
  void repr;
  return m;
}
