// Generators (Objects/genobject.c): a generator owns its frame; each resumption runs that frame
// as an entry frame until it yields (YIELD_VALUE leaves the loop) or returns.
import { PyObject, PyValue, None, generatorType, coroutineType, defineMethods, defineGetters, PyType, typeType as typeTypeT, objectType as objectTypeT } from './object.js';
import {
  PyBaseException, PyException, newException, typeError, raise, StopIteration, RuntimeError, ValueError, GeneratorExit,
  isExcType, StopAsyncIteration,
} from './exceptions.js';
import type { Frame } from '../vm/ceval.js';
import { runFrame, ts, makeExc } from '../vm/ceval.js';
import { call, idOf, getAttrOpt, callBound as callBoundT, getAttr as getAttrT } from './abstract.js';
import { typeOf as typeOfT } from './object.js';
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';

export const asyncGeneratorType = new PyType(typeTypeT, 'async_generator', [objectTypeT], 0);
asyncGeneratorType.mro = [asyncGeneratorType, objectTypeT];

export class PyGenerator extends PyObject {
  declare running: boolean;
  declare finished: boolean;
  declare started: boolean;
  /** Whether the last genSend finished the generator (its result is then the return value). */
  declare lastDone: boolean;
  declare excState: PyBaseException | null;
  /** Async generators: an asend/athrow is in progress (ag_running), and aclose()/exhaustion happened (ag_closed). */
  declare runningAsync: boolean;
  declare agClosed: boolean;
  constructor(public frame: Frame) {
    const fl = frame.code.flags;
    super(fl & CO_COROUTINE ? coroutineType : fl & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType);
    this.running = false;
    this.finished = false;
    this.started = false;
    this.lastDone = false;
    this.excState = null;
    this.runningAsync = false;
    this.agClosed = false;
  }
  finish(): void {
    this.finished = true;
  }
  get kind(): string {
    return this.cls === coroutineType ? 'coroutine' : this.cls === asyncGeneratorType ? 'async generator' : 'generator';
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
    const stopAsync = g.cls === asyncGeneratorType && e instanceof PyException && e.exc.cls.isSubtype(StopAsyncIteration);
    if (e instanceof PyException && (e.exc.cls.isSubtype(StopIteration) || stopAsync)) {
      const re = newException(RuntimeError, [`${g.kind} raised ${stopAsync ? 'StopAsyncIteration' : 'StopIteration'}`]);
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
  // An async generator that returns ends with StopAsyncIteration (gen_send_ex).
  if (g.cls === asyncGeneratorType) raise(StopAsyncIteration);
  const e = newException(StopIteration, r === None ? [] : [r]);
  e.value = r;
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

function genRepr(self: PyValue): string {
  const g = self as PyGenerator;
  return `<${g.cls.name} object ${g.frame.code.qualname} at 0x${idOf(g).toString(16).padStart(12, '0')}>`;
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
      __repr__: genRepr,
    });
  }
  const G = (v: PyValue) => v as PyGenerator;
  const common = {
    __name__: (self: PyValue) => G(self).frame.code.name,
    __qualname__: (self: PyValue) => G(self).frame.code.qualname,
  };
  defineGetters(generatorType, {
    ...common,
    gi_running: (self) => G(self).running,
    gi_frame: (self) => (G(self).finished ? None : G(self).frame),
    gi_code: (self) => G(self).frame.code,
    gi_yieldfrom: (self) => delegate(G(self)) ?? None,
    gi_suspended: (self) => G(self).started && !G(self).finished && !G(self).running,
  });
  defineGetters(coroutineType, {
    ...common,
    cr_running: (self) => G(self).running,
    cr_frame: (self) => (G(self).finished ? None : G(self).frame),
    cr_code: (self) => G(self).frame.code,
    cr_await: (self) => delegate(G(self)) ?? None,
    cr_origin: () => None,
    cr_suspended: (self) => G(self).started && !G(self).finished && !G(self).running,
  });
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
  initAsyncGenerators();
}

// ---------------------------------------------------------------------------
// Async generators (Objects/genobject.c: async_generator, its asend/athrow awaitables). A `yield`
// in an async generator goes through ASYNC_GEN_WRAP, so a wrapped value is a real yield (it ends
// the awaitable with StopIteration(value)) and anything else an `await` passing a value out to
// the event loop.

function mkType(name: string): PyType {
  const t = new PyType(typeTypeT, name, [objectTypeT], 0);
  t.mro = [t, objectTypeT];
  return t;
}
const asendType = mkType('async_generator_asend');
const athrowType = mkType('async_generator_athrow');
const wrappedType = mkType('async_generator_wrapped_value');
const anextAwaitableType = mkType('anext_awaitable');

/** What ASYNC_GEN_WRAP makes of a yielded value. */
export class PyAsyncGenWrapped extends PyObject {
  constructor(public readonly v: PyValue) {
    super(wrappedType);
  }
}

const INIT = 0;
const ITER = 1;
const CLOSED = 2;

class PyAsyncGenASend extends PyObject {
  declare state: number;
  constructor(public readonly gen: PyGenerator, public readonly sendval: PyValue) {
    super(asendType);
    this.state = INIT;
  }
}

class PyAsyncGenAThrow extends PyObject {
  declare state: number;
  /** athrow's arguments; null for aclose(). */
  constructor(public readonly gen: PyGenerator, public readonly args: PyValue[] | null) {
    super(athrowType);
    this.state = INIT;
  }
}

/** async_gen_unwrap_value: run one step of the generator and interpret its outcome. */
function agUnwrap(g: PyGenerator, step: () => PyValue): PyValue {
  let r: PyValue;
  try {
    r = step();
  } catch (e) {
    if (e instanceof PyException && (e.exc.cls.isSubtype(StopAsyncIteration) || e.exc.cls.isSubtype(GeneratorExit))) g.agClosed = true;
    g.runningAsync = false;
    throw e;
  }
  if (r instanceof PyAsyncGenWrapped) {
    g.runningAsync = false;
    const e = newException(StopIteration, [r.v]);
    throw new PyException(e);
  }
  return r;
}

/** Send into the async generator's frame; its return becomes StopAsyncIteration. */
function agSendRaw(g: PyGenerator, v: PyValue): PyValue {
  const r = genSend(g, v);
  if (g.lastDone) raise(StopAsyncIteration);
  return r;
}

function asendSend(o: PyAsyncGenASend, arg: PyValue): PyValue {
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  const g = o.gen;
  if (o.state === INIT) {
    if (g.runningAsync) raise(RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === None) arg = o.sendval;
    o.state = ITER;
  }
  g.runningAsync = true;
  try {
    return agUnwrap(g, () => agSendRaw(g, arg));
  } catch (e) {
    o.state = CLOSED;
    throw e;
  }
}

function asendThrow(o: PyAsyncGenASend, args: PyValue[]): PyValue {
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  try {
    return agUnwrap(o.gen, () => genThrow(o.gen, args));
  } catch (e) {
    o.state = CLOSED;
    throw e;
  }
}

function isExitOrStop(e: unknown): boolean {
  return e instanceof PyException && (e.exc.cls.isSubtype(StopAsyncIteration) || e.exc.cls.isSubtype(GeneratorExit));
}

function ignoredExit(o: PyAsyncGenAThrow): never {
  o.gen.runningAsync = false;
  o.state = CLOSED;
  raise(RuntimeError, 'async generator ignored GeneratorExit');
}

/** check_error of async_gen_athrow_send: aclose() turns the generator's exit into StopIteration. */
function athrowError(o: PyAsyncGenAThrow, e: unknown): never {
  o.gen.runningAsync = false;
  o.state = CLOSED;
  if (o.args === null && isExitOrStop(e)) raise(StopIteration);
  throw e;
}

function athrowSend(o: PyAsyncGenAThrow, arg: PyValue): PyValue {
  const g = o.gen;
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  if (g.finished) {
    o.state = CLOSED;
    raise(StopIteration);
  }
  if (o.state === INIT) {
    if (g.runningAsync) {
      o.state = CLOSED;
      raise(RuntimeError, `${o.args === null ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
    }
    if (g.agClosed) {
      o.state = CLOSED;
      raise(StopAsyncIteration);
    }
    if (arg !== None) raise(RuntimeError, "can't send non-None value to a just-started coroutine");
    o.state = ITER;
    g.runningAsync = true;
    if (o.args === null) {
      g.agClosed = true;
      let r: PyValue;
      try {
        r = genThrow(g, [GeneratorExit]);
      } catch (e) {
        athrowError(o, e);
      }
      if (r instanceof PyAsyncGenWrapped) ignoredExit(o);
      return r;
    }
    if (o.args.length < 1 || o.args.length > 3) typeError(`athrow expected at least 1 argument, got ${o.args.length}`);
    try {
      return agUnwrap(g, () => genThrow(g, o.args!));
    } catch (e) {
      athrowError(o, e);
    }
  }
  if (o.args !== null) return agUnwrap(g, () => agSendRaw(g, arg));
  let r: PyValue;
  try {
    r = agSendRaw(g, arg);
  } catch (e) {
    athrowError(o, e);
  }
  if (r instanceof PyAsyncGenWrapped) ignoredExit(o);
  return r;
}

function athrowThrow(o: PyAsyncGenAThrow, args: PyValue[]): PyValue {
  if (o.state === CLOSED) raise(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const g = o.gen;
  if (o.args !== null) return agUnwrap(g, () => genThrow(g, args));
  let r: PyValue;
  try {
    r = genThrow(g, args);
  } catch (e) {
    if (isExitOrStop(e)) raise(StopIteration);
    throw e;
  }
  if (r instanceof PyAsyncGenWrapped) ignoredExit(o);
  return r;
}

/** anext(iterator, default): awaits __anext__() and turns StopAsyncIteration into StopIteration(default). */
class PyAnextAwaitable extends PyObject {
  constructor(public readonly wrapped: PyValue, public readonly dflt: PyValue) {
    super(anextAwaitableType);
  }
}

function anextIter(o: PyAnextAwaitable): PyValue {
  const aw = o.wrapped;
  if (aw instanceof PyGenerator && aw.cls === coroutineType) return aw;
  const f = typeOfT(aw).lookup('__await__');
  if (f === undefined) typeError(`'${typeOfT(aw).name}' object is not awaitable`);
  const it = callBoundT(f, aw, []);
  if (typeOfT(it).lookup('__next__') === undefined) typeError('__await__ returned a non-iterable');
  return it;
}

function anextProxy(o: PyAnextAwaitable, meth: string, args: PyValue[]): PyValue {
  const it = anextIter(o);
  try {
    if (it instanceof PyGenerator) {
      if (meth === 'throw') return genThrow(it, args);
      if (meth === 'close') return genClose(it);
      const r = genSend(it, args.length > 0 ? args[0] : None);
      if (it.lastDone) stop(it, r);
      return r;
    }
    return call(getAttrT(it, meth === 'send' && args.length === 0 ? '__next__' : meth), args);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(StopAsyncIteration)) {
      throw new PyException(newException(StopIteration, [o.dflt]));
    }
    throw e;
  }
}

/** The builtin aiter(). */
export function builtinAiter(args: PyValue[]): PyValue {
  if (args.length !== 1) typeError(`aiter expected 1 argument, got ${args.length}`);
  const o = args[0];
  const f = typeOfT(o).lookup('__aiter__');
  if (f === undefined) typeError(`'${typeOfT(o).name}' object is not an async iterable`);
  const it = callBoundT(f, o, []);
  if (typeOfT(it).lookup('__anext__') === undefined) typeError(`aiter() returned not an async iterator of type '${typeOfT(it).name}'`);
  return it;
}

/** The builtin anext(). */
export function builtinAnext(args: PyValue[]): PyValue {
  if (args.length < 1 || args.length > 2) typeError(`anext expected at least 1 argument, got ${args.length}`);
  const it = args[0];
  const f = typeOfT(it).lookup('__anext__');
  if (f === undefined) typeError(`'${typeOfT(it).name}' object is not an async iterator`);
  const aw = callBoundT(f, it, []);
  return args.length === 1 ? aw : new PyAnextAwaitable(aw, args[1]);
}

function initAsyncGenerators(): void {
  const A = (v: PyValue) => v as PyGenerator;
  defineMethods(asyncGeneratorType, {
    __aiter__: (self) => self,
    __anext__: (self) => new PyAsyncGenASend(A(self), None),
    asend: (self, args) => {
      if (args.length !== 1) typeError(`async_generator.asend() takes exactly one argument (${args.length} given)`);
      return new PyAsyncGenASend(A(self), args[0]);
    },
    athrow: (self, args) => {
      if (args.length < 1 || args.length > 3) typeError(`athrow expected at least 1 argument, got ${args.length}`);
      return new PyAsyncGenAThrow(A(self), args.slice());
    },
    aclose: (self) => new PyAsyncGenAThrow(A(self), null),
    __repr__: genRepr,
  });
  defineGetters(asyncGeneratorType, {
    __name__: (self) => A(self).frame.code.name,
    __qualname__: (self) => A(self).frame.code.qualname,
    ag_running: (self) => A(self).runningAsync,
    ag_frame: (self) => (A(self).finished ? None : A(self).frame),
    ag_code: (self) => A(self).frame.code,
    ag_await: (self) => delegate(A(self)) ?? None,
  });
  const S = (v: PyValue) => v as PyAsyncGenASend;
  defineMethods(asendType, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => asendSend(S(self), None),
    send: (self, args) => asendSend(S(self), args[0]),
    throw: (self, args) => asendThrow(S(self), args),
    close: (self) => {
      S(self).state = CLOSED;
      return None;
    },
  });
  const T = (v: PyValue) => v as PyAsyncGenAThrow;
  defineMethods(athrowType, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => athrowSend(T(self), None),
    send: (self, args) => athrowSend(T(self), args[0]),
    throw: (self, args) => athrowThrow(T(self), args),
    close: (self) => {
      T(self).state = CLOSED;
      return None;
    },
  });
  const N = (v: PyValue) => v as PyAnextAwaitable;
  defineMethods(anextAwaitableType, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => anextProxy(N(self), 'send', []),
    send: (self, args) => anextProxy(N(self), 'send', args),
    throw: (self, args) => anextProxy(N(self), 'throw', args),
    close: (self) => anextProxy(N(self), 'close', []),
  });
}
