// The _lsprof module (Modules/_lsprof.c): the Profiler under cProfile. It installs itself as a native
// profile function (trace.ts's setNativeProfile, CPython's _PyEval_SetProfile), so each event is a JS
// call: a Python frame's 'call'/'return' enters/leaves the entry of its code object, a builtin's
// 'c_call'/'c_return' the entry of the builtin (one per method, whatever it is bound to, named as
// normalizeUserObj names it). Times are kept as integers of the timer's unit (ns for the default timer
// and for a timer returning seconds), and scaled in getstats() as CPython does. Entries come out of
// getstats() in the order they were first met (CPython's come in memory-address order).
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyMethodDescr, PyList, PyFloat, None, typeType, objectType,
  TF_BASETYPE, TF_HEAPTYPE, defineMethods, typeOf, intType, floatType,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError, PyException } from '../objects/exceptions.js';
import { call, index, repr, toFloat } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { makeStructSeqType, newStructSeq } from '../objects/structseq.js';
import { setProfile, setNativeProfile, PROF_CALL, PROF_RETURN, PROF_C_CALL, PROF_C_RETURN, PROF_C_EXCEPTION } from '../vm/trace.js';
import { toPyExc, type Frame } from '../vm/ceval.js';
import { writeUnraisable } from './sys.js';
import { clinicArgs, pyArgInt } from './args.js';
import { builtinsDict } from './builtins.js';

const POF_ENABLED = 1;
const POF_SUBCALLS = 2;
const POF_BUILTINS = 4;

/** A function called from another one (ProfilerSubEntry). */
class SubEntry {
  tt = 0;
  it = 0;
  callcount = 0;
  reccallcount = 0;
  recursionLevel = 0;
}

/** A function: a code object, or a builtin named by a string (ProfilerEntry). */
class Entry {
  tt = 0;
  it = 0;
  callcount = 0;
  reccallcount = 0;
  recursionLevel = 0;
  /** The entries of the functions it called, in the order first called. */
  calls: Map<Entry, SubEntry> | null = null;
  constructor(readonly userObj: PyValue) {}
}

/** A call in progress (ProfilerContext); finished ones are kept on a free list. */
class Context {
  t0 = 0;
  subt = 0;
  constructor(public entry: Entry, public previous: Context | null) {}
}

class PyProfiler extends PyObject {
  /** By code object, builtin function object, method descriptor or (a bound builtin) qualified name. */
  entries = new Map<unknown, Entry>();
  current: Context | null = null;
  free: Context | null = null;
  // Zero until __init__ runs (a subclass may not call it), as tp_alloc leaves it.
  flags = 0;
  timer: PyValue | null = null;
  timeunit = 0;
  slots: (PyValue | null)[] | null = null;
  /** This profiler's native profile function. */
  readonly hook = (what: number, f: Frame, fn: PyValue | null, self: PyValue | null): void => {
    switch (what) {
      case PROF_CALL:
        enterCall(this, this.entries.get(f.code) ?? newEntry(this, f.code, f.code));
        break;
      case PROF_RETURN:
        leaveCall(this, this.entries.get(f.code));
        break;
      case PROF_C_CALL:
        if (this.flags & POF_BUILTINS) enterCall(this, builtinEntry(this, fn!, self, true)!);
        break;
      case PROF_C_RETURN:
      case PROF_C_EXCEPTION:
        if (this.flags & POF_BUILTINS) leaveCall(this, builtinEntry(this, fn!, self, false));
        break;
    }
  };
}

function newEntry(p: PyProfiler, key: unknown, userObj: PyValue): Entry {
  const e = new Entry(userObj);
  p.entries.set(key, e);
  return e;
}

/**
 * The entry of a builtin (made if `create`): fn a builtin function, or a method descriptor called on self.
 * CPython keys them by their PyMethodDef, which a method's every binding shares: here a method
 * descriptor, or the qualified name of a builtin bound to something other than a module.
 */
function builtinEntry(p: PyProfiler, fn: PyValue, self: PyValue | null, create: boolean): Entry | undefined {
  let key: unknown = fn;
  if (fn instanceof PyBuiltin && fn.self !== null && !(fn.self instanceof PyModule)) {
    const d = typeOf(fn.self).lookup(fn.name);
    key = d instanceof PyMethodDescr && `${d.owner.name}.${d.name}` === fn.qualname ? d : fn.qualname;
  }
  const e = p.entries.get(key);
  if (e !== undefined || !create) return e;
  return newEntry(p, key, builtinName(fn, self));
}

/** normalizeUserObj: how a builtin is named ("<built-in method builtins.len>", "<method 'append' of 'list' objects>"). */
function builtinName(fn: PyValue, self: PyValue | null): string {
  let name: string;
  let module: string | null = null;
  if (fn instanceof PyMethodDescr) name = fn.name;
  else {
    const b = fn as PyBuiltin;
    name = b.name;
    self = b.self;
    // A module's function is bound to its module (the builtins' ones here to none; a builtin static
    // method, bound to its type in CPython, to none either).
    if (self === null) {
      if (builtinsDict.getStr(name) === b) module = 'builtins';
    } else if (self instanceof PyModule) {
      const m = self.dict!.getStr('__name__');
      module = typeof m === 'string' ? m : null;
    }
  }
  if (self !== null) {
    // repr(getattr(type(__self__), __name__)), if the type has it.
    const mo = typeOf(self).lookup(name);
    if (mo !== undefined) {
      try {
        return repr(mo);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
      }
    }
  }
  return module === null ? `<built-in method ${name}>` : `<built-in method ${module}.${name}>`;
}

/** ptrace_enter_call with initContext. */
function enterCall(p: PyProfiler, entry: Entry): void {
  let ctx = p.free;
  if (ctx !== null) {
    p.free = ctx.previous;
    ctx.entry = entry;
    ctx.previous = p.current;
  } else ctx = new Context(entry, p.current);
  ctx.subt = 0;
  p.current = ctx;
  entry.recursionLevel++;
  if (p.flags & POF_SUBCALLS && ctx.previous !== null) {
    // The entry for this function in its caller's entry.
    const caller = ctx.previous.entry;
    const calls = caller.calls ?? (caller.calls = new Map());
    let sub = calls.get(entry);
    if (sub === undefined) calls.set(entry, (sub = new SubEntry()));
    sub.recursionLevel++;
  }
  ctx.t0 = now(p);
}

/** ptrace_leave_call: the current call ends, counted to `entry` (that of the function that returned). */
function leaveCall(p: PyProfiler, entry: Entry | undefined): void {
  const ctx = p.current;
  if (ctx === null) return;
  if (entry !== undefined) stop(p, ctx, entry);
  else p.current = ctx.previous;
  ctx.previous = p.free;
  p.free = ctx;
}

/** Stop: a call's total and inline time, a recursive call's count, and the same in its caller's entry. */
function stop(p: PyProfiler, ctx: Context, entry: Entry): void {
  const tt = now(p) - ctx.t0;
  const it = tt - ctx.subt;
  const prev = ctx.previous;
  if (prev !== null) prev.subt += tt;
  p.current = prev;
  if (--entry.recursionLevel === 0) entry.tt += tt;
  else entry.reccallcount++;
  entry.it += it;
  entry.callcount++;
  if (p.flags & POF_SUBCALLS && prev !== null) {
    const sub = prev.entry.calls?.get(entry);
    if (sub !== undefined) {
      if (--sub.recursionLevel === 0) sub.tt += tt;
      else sub.reccallcount++;
      sub.it += it;
      sub.callcount++;
    }
  }
}

/** flush_unmatched: the calls still in progress end now. */
function flushUnmatched(p: PyProfiler): void {
  while (p.current !== null) stop(p, p.current, p.current.entry);
}

// The default timer: _PyTime_GetPerfCounter's nanoseconds, from a base (set when the module is first
// imported) so that they stay exact in a double.
let perfBase = 0n;

/** call_timer: the default timer, or CallExternalTimer (a failure is reported as unraisable and counts as 0). */
function now(p: PyProfiler): number {
  if (p.timer === null) return Number(process.hrtime.bigint() - perfBase);
  try {
    const o = call(p.timer, []);
    return p.timeunit > 0 ? nsFromInt(o) : nsFromSeconds(o);
  } catch (e) {
    writeUnraisable(toPyExc(e), p.timer);
    return 0;
  }
}

const TIME_OVERFLOW = 'timestamp too large to convert to C _PyTime_t';

/** _PyTime_FromNanosecondsObject: a timer's integer, taken as is (timeunit scales it). */
function nsFromInt(o: PyValue): number {
  if (!typeOf(o).isSubtype(intType)) typeError(`expect int, got ${typeOf(o).tpName}`);
  const n = index(o);
  if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) raise(OverflowError, TIME_OVERFLOW);
  return Number(n);
}

/** _PyTime_FromSecondsObject with _PyTime_ROUND_FLOOR: a timer's seconds (float or int) to nanoseconds. */
function nsFromSeconds(o: PyValue): number {
  if (typeOf(o).isSubtype(floatType)) {
    const d = toFloat(o);
    if (Number.isNaN(d)) valueError('Invalid value NaN (not a number)');
    const ns = Math.floor(d * 1e9);
    if (!(ns >= -9223372036854775808 && ns < 9223372036854775808)) raise(OverflowError, 'timestamp out of range for platform time_t');
    return ns;
  }
  let sec: number | bigint;
  try {
    sec = index(o);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(OverflowError)) raise(OverflowError, TIME_OVERFLOW);
    throw e;
  }
  const ns = BigInt(sec) * 1000000000n;
  if (ns > 9223372036854775807n || ns < -9223372036854775808n) raise(OverflowError, TIME_OVERFLOW);
  return Number(ns);
}

function P(v: PyValue, name: string): PyProfiler {
  if (!(v instanceof PyProfiler)) typeError(`descriptor '${name}' for '_lsprof.Profiler' objects doesn't apply to a '${typeOf(v).tpName}' object`);
  return v;
}

/** setSubcalls and setBuiltins: 0 clears, a positive value sets, a negative one (not given) keeps. */
function setFlag(p: PyProfiler, flag: number, v: number): void {
  if (v === 0) p.flags &= ~flag;
  else if (v > 0) p.flags |= flag;
}

function noArgs(name: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`Profiler.${name}() takes no keyword arguments`);
  if (args.length > 0) typeError(`Profiler.${name}() takes no arguments (${args.length} given)`);
}

const PROFILER_DOC = 'Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n    Builds a profiler object using the specified timer function.\n    The default timer is a fast built-in one based on real time.\n    For custom timer functions returning integers, timeunit can\n    be a float specifying a scale (i.e. how long each integer unit\n    is, in seconds).\n';
// Made when the module is first imported.
let profilerType: PyType;
let entryType: PyType;
let subentryType: PyType;

function getstats(p: PyProfiler): PyList {
  const factor = p.timer === null || p.timeunit === 0 ? 1 / 1e9 : p.timeunit;
  const out: PyValue[] = [];
  for (const e of p.entries.values()) {
    if (e.callcount === 0) continue;
    let calls: PyValue = None;
    if (e.calls !== null) {
      const subs: PyValue[] = [];
      for (const [callee, s] of e.calls) {
        subs.push(newStructSeq(subentryType, [callee.userObj, s.callcount, s.reccallcount, new PyFloat(factor * s.tt), new PyFloat(factor * s.it)]));
      }
      calls = new PyList(subs);
    }
    out.push(newStructSeq(entryType, [e.userObj, e.callcount, e.reccallcount, new PyFloat(factor * e.tt), new PyFloat(factor * e.it), calls]));
  }
  return new PyList(out);
}

let initialised = false;
function initTypes(): void {
  initialised = true;
  perfBase = process.hrtime.bigint();
  profilerType = new PyType(typeType, 'Profiler', [objectType], TF_BASETYPE);
  profilerType.mro = [profilerType, objectType];
  profilerType.tdict.set('__module__', '_lsprof');
  entryType = makeStructSeqType('_lsprof.profiler_entry', ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls']);
  entryType.tdict.set('__doc__', None);
  subentryType = makeStructSeqType('_lsprof.profiler_subentry', ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime']);
  subentryType.tdict.set('__doc__', None);
  profilerType.tdict.set('__doc__', PROFILER_DOC);
  // object_new: the arguments are __init__'s.
  profilerType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const p = new PyProfiler(cls);
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(p, cls);
    return p;
  }));
  defineMethods(profilerType, {
    __init__: (self, args, kw) => {
      const p = P(self, '__init__');
      const [timer, unit, subcalls, builtins] = clinicArgs('Profiler', ['timer', 'timeunit', 'subcalls', 'builtins'], args, kw, 0);
      const timeunit = unit === undefined ? 0 : toFloat(unit);
      setFlag(p, POF_SUBCALLS, subcalls === undefined ? 1 : pyArgInt(subcalls));
      setFlag(p, POF_BUILTINS, builtins === undefined ? 1 : pyArgInt(builtins));
      p.timeunit = timeunit;
      p.timer = timer ?? null;
      return None;
    },
    getstats: (self, args, kw) => {
      // Argument Clinic's code for a defining_class method with no parameters checks positional ones only.
      if (args.length > (kw === null ? 0 : kw.length)) typeError('getstats() takes no arguments');
      return getstats(P(self, 'getstats'));
    },
    enable: (self, args, kw) => {
      const p = P(self, 'enable');
      const [subcalls, builtins] = clinicArgs('enable', ['subcalls', 'builtins'], args, kw, 0);
      setFlag(p, POF_SUBCALLS, subcalls === undefined ? -1 : pyArgInt(subcalls));
      setFlag(p, POF_BUILTINS, builtins === undefined ? -1 : pyArgInt(builtins));
      setNativeProfile(p, p.hook);
      p.flags |= POF_ENABLED;
      return None;
    },
    disable: (self, args, kw) => {
      noArgs('disable', args, kw);
      const p = P(self, 'disable');
      setProfile(None);
      p.flags &= ~POF_ENABLED;
      flushUnmatched(p);
      return None;
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      const p = P(self, 'clear');
      // clearEntries: the calls in progress are dropped too.
      p.entries = new Map();
      p.current = p.free = null;
      return None;
    },
  });
}

export function makeLsprofModule(): PyModule {
  if (!initialised) initTypes();
  const d = new PyDict();
  const m = new PyModule('_lsprof', d);
  d.setStr('__doc__', 'Fast profiler');
  d.setStr('Profiler', profilerType);
  d.setStr('profiler_entry', entryType);
  d.setStr('profiler_subentry', subentryType);
  return m;
}

