// Generators (Objects/genobject.c): a generator owns its frame; each resumption runs that frame
// as an entry frame until it yields (YIELD_VALUE leaves the loop) or returns.
import { PyObject, PyValue, None, generatorType, coroutineType, defineMethods, defineGetters, PyType, typeType as typeTypeT, objectType as objectTypeT } from './object.js';
import {
  PyBaseException, PyException, newException, typeError, raise, StopIteration, RuntimeError, ValueError, GeneratorExit,
  isExcType,
} from './exceptions.js';
import type { Frame } from '../vm/ceval.js';
import { runFrame, ts, makeExc } from '../vm/ceval.js';
import { call, idOf, getAttrOpt } from './abstract.js';
import { typeOf as typeOfT } from './object.js';
import { CO_COROUTINE } from '../bytecode/code.js';

export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  /** Whether the last genSend finished the generator (its result is then the return value). */
  lastDone = false;
  excState: PyBaseException | null = null;
  constructor(public frame: Frame) {
    super(frame.code.flags & CO_COROUTINE ? coroutineType : generatorType);
  }
  finish(): void {
    this.finished = true;
  }
  get kind(): string {
    return this.cls === coroutineType ? 'coroutine' : 'generator';
  }
}

function resume(g: PyGenerator, v: PyValue | null, exc: PyBaseException | null): PyValue {
  if (g.running) raise(ValueError, `${g.kind} already executing`);
  if (g.finished) {
    g.lastDone = true;
    if (exc !== null) throw new PyException(exc);
    if (g.cls === coroutineType) raise(RuntimeError, 'cannot reuse already awaited coroutine');
    return None;
  }
  const f = g.frame;
  if (!g.started && v !== null && v !== None && exc === null)
    typeError(`can't send non-None value to a just-started ${g.kind}`);
  g.started = true;
  if (exc !== null) f.pendingExc = exc;
  else f.fast[f.sp++] = v === null ? None : v;
  const saved = ts.excInfo;
  ts.excInfo = g.excState;
  g.running = true;
  try {
    const r = runFrame(f);
    g.lastDone = g.finished;
    return r;
  } catch (e) {
    g.finished = true;
    g.lastDone = true;
    if (e instanceof PyException && e.exc.cls.isSubtype(StopIteration)) {
      const re = newException(RuntimeError, [`${g.kind} raised StopIteration`]);
      re.cause = e.exc;
      re.context = e.exc;
      re.suppressContext = true;
      throw new PyException(re);
    }
    throw e;
  } finally {
    g.running = false;
    g.excState = ts.excInfo;
    ts.excInfo = saved;
  }
}

/** send(v): the yielded value, or the return value with g.lastDone set. */
export function genSend(g: PyGenerator, v: PyValue): PyValue {
  return resume(g, v, null);
}

function stop(g: PyGenerator, r: PyValue): never {
  const e = newException(StopIteration, r === None ? [] : [r]);
  e.value = r;
  void g;
  throw new PyException(e);
}

/** The sub-iterator a suspended `yield from`/`await` delegates to (_PyGen_yf), or null. */
function delegate(g: PyGenerator): PyValue | null {
  if (!g.started || g.finished) return null;
  const f = g.frame;
  const w = f.code.instr[f.pc];
  if ((w & 255) !== 151 /* RESUME */ || w >> 8 < 2) return null;
  return f.fast[f.sp - 1];
}

/** After the delegate finished by raising: pop it and continue after the SEND loop. */
function leaveSendLoop(g: PyGenerator): void {
  const f = g.frame;
  f.sp--;
  const jump = f.code.instr[f.lasti - 1] >> 8; // SEND's delta, relative to YIELD_VALUE's position
  f.lasti = f.lasti + jump - 1;
  f.pc = f.lasti + 1;
}

export function genThrow(g: PyGenerator, args: PyValue[]): PyValue {
  const yf = delegate(g);
  if (yf !== null) {
    const t0 = args[0];
    const isGenExit = (t0 instanceof PyType && t0.isSubtype(GeneratorExit)) || (t0 instanceof PyBaseException && t0.cls.isSubtype(GeneratorExit));
    if (isGenExit) {
      g.running = true;
      try {
        const close = yf instanceof PyGenerator ? null : getAttrOpt(yf, 'close');
        if (yf instanceof PyGenerator) genClose(yf);
        else if (close !== undefined && close !== null) call(close, []);
      } finally {
        g.running = false;
      }
    } else {
      let r: PyValue;
      g.running = true;
      try {
        if (yf instanceof PyGenerator) r = genThrow(yf, args);
        else {
          const th = getAttrOpt(yf, 'throw');
          if (th === undefined) throw new NoThrow();
          r = call(th, args);
        }
        g.running = false;
        return r;
      } catch (e) {
        g.running = false;
        if (e instanceof NoThrow) {
          // fall through: raise in the generator itself
        } else if (e instanceof PyException) {
          leaveSendLoop(g);
          if (e.exc.cls.isSubtype(StopIteration)) {
            const v = resume(g, e.exc.value, null);
            if (g.lastDone) stop(g, v);
            return v;
          }
          const v = resume(g, null, e.exc);
          if (g.lastDone) stop(g, v);
          return v;
        } else throw e;
      }
    }
  }
  let exc: PyBaseException;
  const t = args[0];
  if (isExcType(t)) exc = args.length > 1 && args[1] !== None ? (args[1] instanceof PyBaseException ? args[1] : (call(t, [args[1]]) as PyBaseException)) : makeExc(t);
  else if (t instanceof PyBaseException) exc = t;
  else typeError('exceptions must be classes or instances deriving from BaseException, not ' + typeOfT(t).name);
  const r = resume(g, null, exc);
  if (g.lastDone) stop(g, r);
  return r;
}

class NoThrow {}

const coroutineWrapperType = new PyType(typeTypeT, 'coroutine_wrapper', [objectTypeT], 0);
coroutineWrapperType.mro = [coroutineWrapperType, objectTypeT];
class PyCoroWrapper extends PyObject {
  constructor(public readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}

function genClose(g: PyGenerator): PyValue {
  if (g.finished || !g.started) {
    g.finished = true;
    return None;
  }
  try {
    genThrow(g, [GeneratorExit]);
  } catch (e) {
    if (e instanceof PyException && (e.exc.cls.isSubtype(GeneratorExit) || e.exc.cls.isSubtype(StopIteration))) return None;
    throw e;
  }
  if (!g.finished) raise(RuntimeError, `${g.kind} ignored GeneratorExit`);
  return None;
}

export function initGenerators(): void {
  defineMethods(generatorType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const g = self as PyGenerator;
      const r = genSend(g, None);
      if (g.lastDone) stop(g, r);
      return r;
    },
  });
  for (const t of [generatorType, coroutineType]) {
    defineMethods(t, {
      send: (self, args) => {
        const g = self as PyGenerator;
        const r = genSend(g, args[0]);
        if (g.lastDone) stop(g, r);
        return r;
      },
      throw: (self, args) => genThrow(self as PyGenerator, args),
      close: (self) => genClose(self as PyGenerator),
      __repr__: (self) => {
        const g = self as PyGenerator;
        return `<${g.kind} object ${g.frame.code.qualname} at 0x${idOf(g).toString(16).padStart(12, '0')}>`;
      },
    });
    defineGetters(t, {
      __name__: (self) => (self as PyGenerator).frame.code.name,
      __qualname__: (self) => (self as PyGenerator).frame.code.qualname,
      gi_running: (self) => (self as PyGenerator).running,
      gi_frame: (self) => ((self as PyGenerator).finished ? None : (self as PyGenerator).frame),
      gi_code: (self) => (self as PyGenerator).frame.code,
      gi_yieldfrom: (self) => delegate(self as PyGenerator) ?? None,
      cr_running: (self) => (self as PyGenerator).running,
      cr_frame: (self) => ((self as PyGenerator).finished ? None : (self as PyGenerator).frame),
      cr_code: (self) => (self as PyGenerator).frame.code,
      cr_await: (self) => delegate(self as PyGenerator) ?? None,
      gi_suspended: (self) => (self as PyGenerator).started && !(self as PyGenerator).finished && !(self as PyGenerator).running,
    });
  }
  // coroutine.__await__() returns a coroutine_wrapper: an iterator over the coroutine.
  defineMethods(coroutineWrapperType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const g = (self as PyCoroWrapper).coro;
      const r = genSend(g, None);
      if (g.lastDone) stop(g, r);
      return r;
    },
    send: (self, args) => {
      const g = (self as PyCoroWrapper).coro;
      const r = genSend(g, args[0]);
      if (g.lastDone) stop(g, r);
      return r;
    },
    throw: (self, args) => genThrow((self as PyCoroWrapper).coro, args),
    close: (self) => genClose((self as PyCoroWrapper).coro),
  });
  defineMethods(coroutineType, { __await__: (self) => new PyCoroWrapper(self as PyGenerator) });
  void PyType;
}
