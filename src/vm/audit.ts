// Audit hooks (PEP 578, Python/sysmodule.c): sys.addaudithook's hooks see the events that sys.audit and
// Typhon's natives raise (open, exec, compile, import, marshal, pickle.find_class, object.__setattr__ of a
// type's special attributes, sys._getframe, id(), os.system and file operations...). A native raises its
// event before acting, so that a hook which raises stops it. Nothing is done while no hook is installed.
import { PyValue, PyTuple, None } from '../objects/object.js';
import { call, lookupAttr, truthy } from '../objects/abstract.js';
import { PyException, exceptionTypes } from '../objects/exceptions.js';
import { tracing } from './trace.js';

const hooks: PyValue[] = [];

/** Whether any hook is installed: a caller may skip building an event's arguments otherwise. */
export function auditing(): boolean {
  return hooks.length > 0;
}

/**
 * PySys_Audit: call every hook with (event, args). A hook's exception propagates (the caller's operation
 * fails); a hook runs untraced unless it has a true `__cantrace__`.
 */
export function audit(event: string, args: PyValue[]): void {
  if (hooks.length === 0) return;
  const t = new PyTuple(args);
  for (const h of hooks.slice()) {
    const cantrace = lookupAttr(h, '__cantrace__');
    if (cantrace !== undefined && truthy(cantrace)) {
      call(h, [event, t]);
      continue;
    }
    const busy = tracing.busy;
    tracing.busy = true;
    try {
      call(h, [event, t]);
    } finally {
      tracing.busy = busy;
    }
  }
}

/**
 * sys.addaudithook: the "sys.addaudithook" event first; a hook that raises an Exception there keeps the new
 * hook out (silently), any other BaseException propagates.
 */
export function addAuditHook(hook: PyValue): PyValue {
  try {
    audit('sys.addaudithook', []);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(exceptionTypes.get('Exception')!)) return None;
    throw e;
  }
  hooks.push(hook);
  return None;
}
