// Finalisers on a tracing collector: __del__ (tp_finalize) and weak reference callbacks (docs/ARCHITECTURE.md,
// memory model). CPython runs them when the last reference goes; V8 only tells, some time after, that an
// object was collected, and the object is gone by then. So:
// - An instance of a class with a Python __del__ is watched from its creation: a JS WeakRef to it, and a
//   kit holding what it is made of (its JS prototype and own fields: class, __dict__, slots) and its id().
//   When V8 has collected it, __del__ runs on a copy made from the kit, so it sees the object's state
//   (attributes set after creation live in the shared __dict__) and the same id(). The kit holds those
//   fields strongly until then: an object whose own attributes lead back to it is collected only at exit,
//   and a chain of such objects one link per collection.
// - V8 reports collections through a FinalizationRegistry when the event loop turns; the finalisers then
//   wait as pending calls, run by the eval loop at its next check (as CPython's Py_AddPendingCall).
// - gc.collect() makes it happen now: it drops what the interpreter itself still holds of dead values (stale
//   value-stack slots, pooled frames), ends V8's keep-alive of objects a WeakRef was made to or read in this
//   turn of the event loop, runs a full V8 collection, then the finalisers of what died (__del__, then the
//   weak reference callbacks, as subtype_dealloc orders them).
// - At exit the objects still alive are finalised in creation order, with the modules' globals still in place:
//   CPython's exit collection finalises in its collector's list order, which is creation order for objects no
//   collection has moved.
import {
  PyObject, PyValue, PyType, PyBuiltin, PyMethodDescr, PyInstance, PyList, PyDict, PyTuple, PySet, TF_HEAPTYPE,
} from '../objects/object.js';
import { callBound, idOf, setIdOf } from '../objects/abstract.js';
import { writeUnraisable } from '../modules/sys.js';
import { Frame, ts, addPendingCall, toPyExc, clearPooledStacks } from './ceval.js';
import { sweepDeadRefs, weakRefsMade } from '../modules/_weakref.js';
// Named imports: bin/typhon loads these modules on first use only (a namespace import would load them at start-up).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext, createContext, runInContext, type Context } from 'node:vm';

/**
 * Whether instances of cls are watched: its __del__ (looked up along the MRO) is Python's. A native type's own
 * (an asyncio Future's report of an exception never retrieved) is left to its module.
 */
export function hasFinalizer(cls: PyType): boolean {
  if (!(cls.flags & TF_HEAPTYPE)) return false;
  const d = cls.lookup('__del__');
  return d !== undefined && !(d instanceof PyBuiltin || d instanceof PyMethodDescr);
}

class Watched {
  done = false;
  constructor(
    readonly ref: WeakRef<PyObject>,
    readonly proto: object,
    /** The kit's fields (null once finalised: what they hold may die then). */
    public fields: Record<string, unknown> | null,
    readonly id: number,
  ) {}
}

/** Watched objects in creation order (finalised ones until pruned). */
let watched: Watched[] = [];
const watchedOf = new WeakMap<PyObject, Watched>();
/** Objects (or copies) whose __del__ has run: gc.is_finalized, and never twice (PEP 442). */
const finalized = new WeakSet<PyObject>();
/** Finalisers V8's collections have made due, waiting for the eval loop. */
const due: Watched[] = [];

const registry = new FinalizationRegistry<Watched>((w) => {
  if (w.done) return;
  due.push(w);
  addPendingCall(runDue);
});

/** Watch a new instance of a class with __del__ (the caller checked hasFinalizer). */
export function watch(o: PyObject): void {
  if (watchedOf.has(o) || finalized.has(o)) return;
  const w = new Watched(new WeakRef(o), Object.getPrototypeOf(o), { ...o }, idOf(o));
  watched.push(w);
  alive++;
  watchedOf.set(o, w);
  registry.register(o, w, w);
}

/**
 * `__class__` or `__dict__` assigned: the kit takes the object's fields again; an object whose new class has
 * __del__ is watched from now on.
 */
export function refreshWatch(o: PyObject): void {
  const w = watchedOf.get(o);
  if (w !== undefined) {
    if (!w.done) w.fields = { ...o };
  } else if (hasFinalizer(o.cls)) watch(o);
}

/** Watched objects not finalised yet. */
let alive = 0;

/**
 * Whether dropping `o` may finalise something: it is watched, or it is a container (a list, dict, tuple, set or
 * instance) while objects with __del__ are alive, that may hold one.
 */
export function mayFinalize(o: PyObject): boolean {
  if (alive === 0) return false;
  const w = watchedOf.get(o);
  if (w !== undefined) return !w.done;
  return o instanceof PyList || o instanceof PyDict || o instanceof PyTuple || o instanceof PySet || (o instanceof PyInstance && o.dict !== null);
}

export function isFinalized(o: PyValue): boolean {
  return typeof o === 'object' && o !== null && finalized.has(o as PyObject);
}

/** Run __del__ of o as slot_tp_finalize does: an exception is reported as unraisable, never raised. */
function runDel(o: PyObject): void {
  const del = o.cls.lookup('__del__');
  if (del !== undefined) {
    try {
      callBound(del, o, []);
    } catch (e) {
      writeUnraisable(toPyExc(e), del);
    }
  }
  // Marked once it has run, as PyObject_CallFinalizer does: gc.is_finalized(self) is False inside __del__.
  finalized.add(o);
}

/** Take w out of the watch (its object is being finalised); returns its kit's fields. */
function retire(w: Watched): Record<string, unknown> {
  const fields = w.fields!;
  w.done = true;
  alive--;
  w.fields = null;
  registry.unregister(w);
  return fields;
}

/** The finaliser of a collected object: __del__ on a copy made from its kit. */
function finalizeDead(w: Watched): void {
  if (w.done) return;
  const fields = retire(w);
  // An instance made by its constructor has the map V8 has seen everywhere; Object.create's would be new to the loop.
  const copy = w.proto === PyInstance.prototype ? new PyInstance(fields.cls as PyType) : Object.create(w.proto) as PyObject;
  Object.assign(copy, fields);
  setIdOf(copy, w.id);
  runDel(copy);
}

/** The pending call: finalisers V8's collections made due. */
function runDue(): void {
  // A __del__ may call gc.collect(), which runs this again: take the queue first.
  while (due.length > 0) for (const w of due.splice(0)) finalizeDead(w);
  prune();
}

/** Drop finalised entries from the creation-order list once they are a good part of it. */
function prune(): void {
  let n = 0;
  for (const w of watched) if (w.done) n++;
  if (n > 64 && n * 2 > watched.length) watched = watched.filter((w) => !w.done);
}

// ---------------------------------------------------------------------------
// Collection now (gc.collect)

let fullGc: (() => void) | null | undefined;
let checkpoint: Context | null = null;

/**
 * A full V8 collection, or false where the host offers none (a browser). A WeakRef made or read during this
 * turn of the event loop keeps its target alive until the turn ends; the microtask checkpoint a context with
 * its own queue runs after each evaluation ends that (ClearKeptObjects) without leaving the turn.
 */
function collectV8(): boolean {
  if (fullGc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      fullGc = runInNewContext('gc') as () => void;
    } catch {
      fullGc = null;
    }
  }
  if (fullGc === null) return false;
  releaseWeakTargets();
  fullGc();
  return true;
}

/**
 * End V8's keep-alive of the objects WeakRefs were made to or read in this turn of the event loop (a program
 * runs in one turn), so that V8's own collections may take them from now on.
 */
export function releaseWeakTargets(): void {
  checkpoint ??= createContext({}, { microtaskMode: 'afterEvaluate' });
  runInContext('0', checkpoint);
}

/**
 * The value-stack slots above each frame's stack top still hold what was popped (the loop does not clear
 * them), as do pooled frames': such a dead value must not look alive to V8. `topExact`: the top frame is
 * parked at the call of gc.collect, its stack top saved. A caller whose callee the loop itself linked saved its
 * stack top then; one that called native code that called back into Python may have pushed since: left as it is.
 */
export function clearStaleSlots(topExact: boolean): void {
  clearPooledStacks();
  let exact = topExact;
  for (let f: Frame | null = ts.frame; f !== null; f = f.back) {
    if (exact) {
      const fast = f.fast;
      for (let i = f.sp; i < fast.length; i++) fast[i] = null;
    }
    exact = !f.isEntry;
  }
}

/**
 * What else a full collection lets go of (native modules' own dead objects: _io's file descriptors): `live`
 * says whether there is anything to look for, `prepare` runs before the collection (_io writes out pending
 * data, so that no list of unflushed writers keeps a dead one alive), `sweep` after the __del__s (which may
 * close such an object themselves, as CPython finalises before it deallocates) and counts what it found.
 */
export const collectHooks: { live: () => boolean; prepare: () => void; sweep: () => number }[] = [];

/**
 * Run at exit after the last finalisers (finalizeAtExit): native objects left open (files, sockets) give the
 * ResourceWarnings CPython's finalisers give when finalize_modules lets them go.
 */
export const exitFinalizers: (() => void)[] = [];

/** Full collections one gc.collect() may run while each finds more objects with __del__ dead. */
const MAX_ROUNDS = 64;

/**
 * gc.collect()'s part: collect now and run the finalisers of what died, __del__ first, then the weak reference
 * callbacks (subtype_dealloc's order, for what CPython would have freed at its last reference). Returns the
 * number of objects finalised and of references found dead.
 */
export function collectNow(): number {
  // Nothing would tell: no object with __del__, no weak reference made, no class that could die, no file.
  if (watched.length === 0 && !weakRefsMade() && !PyType.heapTypesMade && !collectHooks.some((h) => h.live())) return 0;
  for (const h of collectHooks) h.prepare();
  if (!collectV8()) return 0;
  let n = 0;
  // A finalised object's kit no longer holds its fields: what only they held may die in another round (a
  // chain of objects with __del__ is finalised link by link; CPython frees it at once).
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const dead = watched.filter((w) => !w.done && w.ref.deref() === undefined);
    if (dead.length === 0) break;
    for (const w of dead) finalizeDead(w);
    n += dead.length;
    clearPooledStacks(); // the frames __del__ ran in hold their copies
    collectV8();
  }
  runDue();
  for (const h of collectHooks) n += h.sweep();
  return n + sweepDeadRefs();
}

/**
 * `del x` let go of an object with __del__ (or of a container, while such objects are alive): CPython would
 * finalise it now if that was its last reference. A collection tells, run where no JS frame of the eval loop
 * holds the object in a local: the loop pauses after the instruction (`canPause`: it is the slice's outermost
 * loop) and the scheduler collects before it resumes (collectIfRequested); elsewhere it runs here. Past the
 * first 20, at most ~5% of the run's time goes to them.
 */
export const eager = { requested: false };
let eagerMs = 0;
let eagerRuns = 0;
export function collectAfterDrop(canPause: boolean): void {
  // process.uptime(): `performance`, read at start-up, would load Node's perf_hooks for every run.
  if (++eagerRuns > 20 && eagerMs > process.uptime() * 50) return;
  if (canPause) eager.requested = true;
  else collectEagerly(false);
}

export function collectIfRequested(): void {
  if (!eager.requested) return;
  eager.requested = false;
  collectEagerly(true);
}

function collectEagerly(parked: boolean): void {
  const t = performance.now();
  clearStaleSlots(parked);
  collectNow();
  eagerMs += performance.now() - t;
}

/** At exit (after atexit and the generators): finalisers of what died, then of every watched object alive. */
export function finalizeAtExit(): void {
  if (watched.length === 0) return;
  collectNow();
  // A __del__ may make more watched objects: they are finalised in a next round.
  while (watched.length > 0) {
    const round = watched;
    watched = [];
    for (const w of round) {
      if (w.done) continue;
      const o = w.ref.deref();
      if (o === undefined) {
        finalizeDead(w);
        continue;
      }
      retire(w);
      if (!finalized.has(o)) runDel(o);
    }
  }
}
