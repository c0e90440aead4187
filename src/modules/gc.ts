// The gc module (Modules/gcmodule.c). Python objects here are JS objects reclaimed by V8's tracing collector
// (docs/ARCHITECTURE.md, memory model): there are no generations to collect and no way to list every live
// object. What the module can do truthfully:
// - collect() closes the suspended generators that nothing reachable holds any more (CPython's collector
//   finalises such a cycle; genobject.ts finds them with its reachability walk), has V8 collect now and runs
//   the finalisers of what died (__del__, then weak reference callbacks: vm/finalize.ts), runs gc.callbacks around
//   that, and counts collections in get_stats(); is_finalized() tells whether an object's __del__ has run;
// - get_referents() visits what CPython's tp_traverse visits for the common types (containers, instances,
//   functions, classes, modules, cells, bound methods), in its order;
// - get_objects() and get_referrers() walk those edges from the roots (sys.modules, the frame stack, the
//   exception being handled): every object they find is live, but unreachable garbage is never listed;
// - enable/disable/thresholds/debug flags/freeze are kept as state and reported back.
import { audit } from '../vm/audit.js';
import {
  PyValue, PyObject, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PySet, PyCell, PyMethod, PyType, PyInstance,
  None, TF_HEAPTYPE, objectType, dictType, tupleType,
} from '../objects/object.js';
import { PyFunction, shownBuiltins } from '../objects/funcobject.js';
import { PyGenerator, collectGenerators } from '../objects/genobject.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { call, index } from '../objects/abstract.js';
import { ts, type Frame } from '../vm/ceval.js';
import { importHooks } from '../vm/import.js';
import { clinicArgs } from './args.js';
import { clearStaleSlots, collectNow, isFinalized } from '../vm/finalize.js';
import { block, canSuspendNow } from '../vm/threads.js';

const NUM_GENERATIONS = 3;
let enabled = true;
let debugFlags = 0;
const thresholds = [700, 10, 10];
const stats = [0, 1, 2].map(() => ({ collections: 0, collected: 0 }));

/** A generation argument: an index in 0..2. */
function generationArg(v: PyValue): number {
  const g = index(v);
  if (typeof g === 'bigint' || g < 0 || g >= NUM_GENERATIONS) valueError('invalid generation');
  return g;
}

/** Objects CPython never tracks: atoms, and objects of types without GC support. */
function isAtom(v: PyValue): boolean {
  return typeof v !== 'object' || v === None || !(v instanceof PyObject);
}

/** gc.is_tracked: containers are; a dict or tuple only when it holds a tracked object (CPython untracks the rest). */
function isTracked(v: PyValue): boolean {
  if (isAtom(v)) return false;
  if (v instanceof PyDict && v.cls === dictType) {
    for (const e of v.t.values()) if (isTracked(e.key) || isTracked(e.value)) return true;
    return false;
  }
  if (v instanceof PyTuple && v.cls === tupleType) return v.items.some(isTracked);
  if (v instanceof PyType) return (v.flags & TF_HEAPTYPE) !== 0;
  if (v instanceof PyList || v instanceof PySet || v instanceof PyDict || v instanceof PyTuple) return true;
  if (v instanceof PyFunction || v instanceof PyModule || v instanceof PyCell || v instanceof PyMethod) return true;
  if (v instanceof PyGenerator || v instanceof PyBuiltin) return true;
  // Instances: those of heap types (a __dict__ or slots); plain object() and builtin atoms are not.
  const o = v as PyObject;
  return o.cls !== objectType && ((o.cls.flags & TF_HEAPTYPE) !== 0 || o.dict !== null);
}

/**
 * What tp_traverse visits, in its order (lists and tuples from the end, as list_traverse does). A class's
 * namespace is a JS Map here, not a dict: get_referents shows it as a new dict, while the heap walk
 * (`walk`) takes its values as the class's own referents.
 */
function referents(v: PyValue, out: PyValue[], walk = false): void {
  if (isAtom(v)) return;
  const push = (x: PyValue | null | undefined): void => {
    if (x !== null && x !== undefined) out.push(x);
  };
  if (v instanceof PyList || v instanceof PyTuple) {
    for (let i = v.items.length - 1; i >= 0; i--) push(v.items[i]);
    if (v.cls.flags & TF_HEAPTYPE) push(v.dict);
    return;
  }
  if (v instanceof PyDict) {
    // A dict whose keys are all str visits only its values; another, each value then its key.
    let strKeys = true;
    for (const e of v.t.values()) if (typeof e.key !== 'string') { strKeys = false; break; }
    for (const e of v.t.values()) {
      push(e.value);
      if (!strKeys) push(e.key);
    }
    return;
  }
  if (v instanceof PySet) {
    for (const e of v.t.values()) push(e.key);
    return;
  }
  if (v instanceof PyFunction) {
    push(v.code as unknown as PyValue);
    push(v.globals);
    push(shownBuiltins(v.builtins));
    push(v.module);
    if (v.defaults !== null) push(new PyTuple(v.defaults));
    push(v.kwdefaults);
    push(v.doc);
    push(v.name);
    push(v.dict);
    if (v.closure !== null) push(new PyTuple(v.closure));
    if (v.annotations !== None) push(v.annotations);
    push(v.qualname);
    return;
  }
  if (v instanceof PyType) {
    if (!(v.flags & TF_HEAPTYPE)) return;
    if (walk) for (const x of v.tdict.values()) push(x);
    else {
      const d = new PyDict();
      for (const [k, x] of v.tdict) d.setStr(k, x);
      push(d);
    }
    push(new PyTuple(v.mro));
    push(new PyTuple(v.bases));
    push(v.bases[0]);
    return;
  }
  if (v instanceof PyModule) return push(v.dict);
  if (v instanceof PyCell) return push(v.ref);
  if (v instanceof PyMethod) {
    push(v.func);
    push(v.self);
    return;
  }
  const o = v as PyObject;
  if (o instanceof PyInstance && o.slots !== null) for (const x of o.slots) push(x);
  push(o.dict);
  if (o.cls.flags & TF_HEAPTYPE) push(o.cls);
}

/** Every tracked object reachable from the roots, each once, in visiting order. */
function reachableObjects(): PyValue[] {
  const seen = new Set<PyValue>();
  const order: PyValue[] = [];
  const stack: PyValue[] = [importHooks.modules];
  if (ts.excInfo !== null) stack.push(ts.excInfo);
  for (let f: Frame | null = ts.frame; f !== null; f = f.back) {
    stack.push(f.globals);
    if (f.locals !== null) stack.push(f.locals);
    if (f.func !== null) stack.push(f.func);
    for (let i = 0; i < f.fast.length; i++) {
      const x = f.fast[i];
      if (x !== null && typeof x === 'object') stack.push(x);
    }
  }
  const kids: PyValue[] = [];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (isAtom(v) || seen.has(v)) continue;
    seen.add(v);
    if (isTracked(v)) order.push(v);
    kids.length = 0;
    referents(v, kids, true);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return order;
}

function runCallbacks(phase: string, generation: number, collected: number): void {
  const cbs = gcModule?.md.getStr('callbacks');
  if (!(cbs instanceof PyList) || cbs.items.length === 0) return;
  const info = new PyDict();
  info.setStr('generation', generation);
  info.setStr('collected', collected);
  info.setStr('uncollectable', 0);
  for (const cb of cbs.items.slice()) call(cb, [phase, info], null);
}

/** gc.collect(generation=2) as the module does; also what an explicit collection from elsewhere would run. */
export function collect(generation = 2): number {
  runCallbacks('start', generation, 0);
  const n = collectGenerators() + collectNow();
  stats[generation].collections++;
  stats[generation].collected += n;
  runCallbacks('stop', generation, n);
  return n;
}

let gcModule: PyModule | null = null;

export function makeGcModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('gc', d);
  gcModule = m;
  d.setStr('__doc__', 'This module provides access to the garbage collector for reference cycles.\n\n' +
    'enable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\n' +
    'isenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\n' +
    'get_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\n' +
    'set_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\n' +
    'get_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\n' +
    'is_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\n' +
    'get_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\n' +
    'freeze() -- Freeze all tracked objects and ignore them for future collections.\n' +
    'unfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n');
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, f, m));
  };
  const noArgs = (name: string, args: PyValue[], kw: string[] | null): void => {
    if ((kw !== null && kw.length > 0) || args.length > 0) typeError(`gc.${name}() takes no arguments (${args.length} given)`);
  };
  const oneArg = (name: string, args: PyValue[], kw: string[] | null): PyValue => {
    if ((kw !== null && kw.length > 0)) typeError(`gc.${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`gc.${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  };
  def('enable', (args, kw) => (noArgs('enable', args, kw), (enabled = true), None));
  def('disable', (args, kw) => (noArgs('disable', args, kw), (enabled = false), None));
  def('isenabled', (args, kw) => (noArgs('isenabled', args, kw), enabled));
  def('collect', (args, kw) => {
    const [g] = clinicArgs('collect', ['generation'], args, kw, 0);
    const generation = g === undefined ? 2 : generationArg(g);
    // Called straight from the thread's outermost loop, the collection runs from the scheduler, once the loop
    // has parked the frame (its stack top saved) and left: no JS frame of the loop then holds a dead value in a
    // local. Called from deeper (a callback of native code), it runs here, and may find less dead.
    const parked = canSuspendNow();
    return block({
      ready: () => true,
      deadline: Infinity,
      finish: () => {
        clearStaleSlots(parked);
        return collect(generation);
      },
    });
  });
  def('get_count', (args, kw) => (noArgs('get_count', args, kw), new PyTuple([0, 0, 0])));
  def('get_threshold', (args, kw) => (noArgs('get_threshold', args, kw), new PyTuple(thresholds.slice())));
  def('set_threshold', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('set_threshold() takes no keyword arguments');
    if (args.length < 1) typeError('set_threshold() takes at least 1 argument (0 given)');
    if (args.length > 3) typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
    const vals = args.map((a) => {
      const n = index(a);
      if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) valueError('signed integer is greater than maximum');
      return n as number;
    });
    vals.forEach((n, i) => (thresholds[i] = n));
    return None;
  });
  def('get_debug', (args, kw) => (noArgs('get_debug', args, kw), debugFlags));
  def('set_debug', (args, kw) => {
    const n = index(oneArg('set_debug', args, kw));
    debugFlags = Number(n);
    return None;
  });
  def('get_stats', (args, kw) => {
    noArgs('get_stats', args, kw);
    return new PyList(stats.map((s) => {
      const e = new PyDict();
      e.setStr('collections', s.collections);
      e.setStr('collected', s.collected);
      e.setStr('uncollectable', 0);
      return e;
    }));
  });
  def('get_objects', (args, kw) => {
    const [g] = clinicArgs('get_objects', ['generation'], args, kw, 0);
    audit('gc.get_objects', [g === undefined || g === None ? -1 : g]);
    if (g !== undefined && g !== None) {
      const n = index(g);
      if (n >= NUM_GENERATIONS) valueError(`generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      if (n < -1) valueError('generation parameter cannot be negative');
      // Everything live counts as the oldest generation (2): the younger ones are empty.
      if (n === 0 || n === 1) return new PyList([]);
    }
    return new PyList(reachableObjects());
  });
  def('get_referents', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('get_referents() takes no keyword arguments');
    audit('gc.get_referents', [new PyTuple(args)]);
    const out: PyValue[] = [];
    for (const a of args) referents(a, out);
    return new PyList(out);
  });
  def('get_referrers', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('get_referrers() takes no keyword arguments');
    audit('gc.get_referrers', [new PyTuple(args)]);
    const targets = new Set<PyValue>(args);
    const out: PyValue[] = [];
    const kids: PyValue[] = [];
    for (const o of reachableObjects()) {
      kids.length = 0;
      referents(o, kids, true);
      if (kids.some((k) => targets.has(k))) out.push(o);
    }
    return new PyList(out);
  });
  def('is_tracked', (args, kw) => isTracked(oneArg('is_tracked', args, kw)));
  def('is_finalized', (args, kw) => isFinalized(oneArg('is_finalized', args, kw)));
  def('freeze', (args, kw) => (noArgs('freeze', args, kw), None));
  def('unfreeze', (args, kw) => (noArgs('unfreeze', args, kw), None));
  def('get_freeze_count', (args, kw) => (noArgs('get_freeze_count', args, kw), 0));
  d.setStr('garbage', new PyList([]));
  d.setStr('callbacks', new PyList([]));
  d.setStr('DEBUG_STATS', 1);
  d.setStr('DEBUG_COLLECTABLE', 2);
  d.setStr('DEBUG_UNCOLLECTABLE', 4);
  d.setStr('DEBUG_SAVEALL', 32);
  d.setStr('DEBUG_LEAK', 38);
  return m;
}
