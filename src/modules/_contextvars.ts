// The _contextvars module (Python/context.c): Context, ContextVar, Token, copy_context. CPython
// keeps contexts as immutable HAMTs; here a Context owns a Map that set()/reset() change in place,
// which gives the same observable semantics: copy_context() snapshots, Context.run() switches the
// current context for the duration of the call (and refuses re-entry).
import { registerThreadSlot } from '../vm/threadlocal.js';
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PyNativeIter, PyClassMethodDescr, None, NotImplemented,
  typeType, objectType, defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, KeyError, LookupError, RuntimeError } from '../objects/exceptions.js';
import { call, repr, idOf } from '../objects/abstract.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { clinicArgs, strSubValue } from './args.js';

function mkType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], 0);
  t.mro = [t, objectType];
  t.tdict.set('__module__', '_contextvars');
  return t;
}
const contextType = mkType('Context');
const contextVarType = mkType('ContextVar');
const tokenType = mkType('Token');
const missingType = mkType('Token.MISSING');

class PyContext extends PyObject {
  declare vars: Map<PyContextVar, PyValue>;
  declare entered: boolean;
  declare prev: PyContext | null;
  constructor(vars: Map<PyContextVar, PyValue>) {
    super(contextType);
    this.vars = vars;
    this.entered = false;
    this.prev = null;
  }
}
class PyContextVar extends PyObject {
  declare name: string;
  declare dflt: PyValue | undefined;
  constructor(name: string, dflt: PyValue | undefined) {
    super(contextVarType);
    this.name = name;
    this.dflt = dflt;
  }
}
class PyToken extends PyObject {
  declare ctx: PyContext;
  declare v: PyContextVar;
  declare old: PyValue | undefined;
  declare used: boolean;
  constructor(ctx: PyContext, v: PyContextVar, old: PyValue | undefined) {
    super(tokenType);
    this.ctx = ctx;
    this.v = v;
    this.old = old;
    this.used = false;
  }
}
class PyMissing extends PyObject {}
const MISSING = new PyMissing(missingType);

let current = new PyContext(new Map());
// Each thread has its own current context; a new thread starts in a new empty one (as in 3.11).
registerThreadSlot({
  get: () => current,
  set: (v) => {
    current = v as PyContext;
  },
  fresh: () => new PyContext(new Map()),
});

function hex(v: PyValue): string {
  return '0x' + idOf(v).toString(16);
}
function varRepr(v: PyContextVar): string {
  const d = v.dflt === undefined ? '' : ` default=${repr(v.dflt)}`;
  return `<ContextVar name=${repr(v.name)}${d} at ${hex(v)}>`;
}
function tokenRepr(t: PyToken): string {
  return `<Token${t.used ? ' used' : ''} var=${varRepr(t.v)} at ${hex(t)}>`;
}

function CV(v: PyValue): PyContextVar {
  if (!(v instanceof PyContextVar)) typeError(`descriptor requires a '_contextvars.ContextVar' object but received a '${typeOf(v).name}'`);
  return v;
}
function CX(v: PyValue): PyContext {
  if (!(v instanceof PyContext)) typeError(`descriptor requires a '_contextvars.Context' object but received a '${typeOf(v).name}'`);
  return v;
}
function varKey(k: PyValue): PyContextVar {
  if (!(k instanceof PyContextVar)) typeError(`a ContextVar key was expected, got ${repr(k)}`);
  return k;
}

function ctxIter(c: PyContext, f: (k: PyContextVar, v: PyValue) => PyValue): PyNativeIter {
  const it = c.vars.entries();
  return new PyNativeIter(() => {
    const r = it.next();
    return r.done ? undefined : f(r.value[0], r.value[1]);
  });
}

let initialised = false;
function initTypes(): void {
  if (initialised) return;
  initialised = true;
  contextType.tdict.set('__hash__', None);
  contextType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (args.length > 1 || (kw !== null && kw.length > 0)) typeError('Context() does not accept any arguments');
    return new PyContext(new Map());
  }));
  defineMethods(contextType, {
    run: (self, args, kw) => {
      const c = CX(self);
      const npos = args.length - (kw === null ? 0 : kw.length);
      if (npos < 1) typeError('run() missing 1 required positional argument');
      if (c.entered) raise(RuntimeError, `cannot enter context: ${defaultRepr(c)} is already entered`);
      c.entered = true;
      c.prev = current;
      current = c;
      try {
        return call(args[0], args.slice(1), kw);
      } finally {
        current = c.prev!;
        c.prev = null;
        c.entered = false;
      }
    },
    copy: (self) => new PyContext(new Map(CX(self).vars)),
    __getitem__: (self, args) => {
      const k = varKey(args[0]);
      const v = CX(self).vars.get(k);
      if (v === undefined) throw new PyException(newException(KeyError, [k]));
      return v;
    },
    __contains__: (self, args) => CX(self).vars.has(varKey(args[0])),
    __len__: (self) => CX(self).vars.size,
    __iter__: (self) => ctxIter(CX(self), (k) => k),
    get: (self, args, kw) => {
      const [key, dflt] = clinicArgs('get', ['key', 'default'], args, kw, 1);
      const v = CX(self).vars.get(varKey(key!));
      return v === undefined ? (dflt === undefined ? None : dflt) : v;
    },
    keys: (self) => new PyList(Array.from(CX(self).vars.keys())),
    values: (self) => new PyList(Array.from(CX(self).vars.values())),
    items: (self) => new PyList(Array.from(CX(self).vars.entries(), ([k, v]) => new PyTuple([k, v]))),
    __eq__: (self, args) => {
      const o = args[0];
      if (!(o instanceof PyContext)) return NotImplemented;
      const a = CX(self).vars;
      if (a.size !== o.vars.size) return false;
      for (const [k, v] of a) if (!o.vars.has(k) || o.vars.get(k) !== v) return false;
      return true;
    },
  });

  contextVarType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - 1 - nkw;
    if (npos < 1) typeError(`ContextVar() takes exactly 1 positional argument (${npos} given)`);
    if (npos > 1) typeError(`ContextVar() takes at most 1 positional argument (${npos} given)`);
    let dflt: PyValue | undefined;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== 'default') typeError(`'${kw![i]}' is an invalid keyword argument for ContextVar()`);
      dflt = args[1 + npos + i];
    }
    const name = strSubValue(args[1]);
    if (typeof name !== 'string') typeError('context variable name must be a str');
    return new PyContextVar(name, dflt);
  }));
  defineMethods(contextVarType, {
    get: (self, args) => {
      const v = CV(self);
      const r = current.vars.get(v);
      if (r !== undefined) return r;
      if (args.length > 0) return args[0];
      if (v.dflt !== undefined) return v.dflt;
      throw new PyException(newException(LookupError, [v]));
    },
    set: (self, args) => {
      if (args.length !== 1) typeError(`ContextVar.set() takes exactly one argument (${args.length} given)`);
      const v = CV(self);
      const t = new PyToken(current, v, current.vars.get(v));
      current.vars.set(v, args[0]);
      return t;
    },
    reset: (self, args) => {
      if (args.length !== 1) typeError(`ContextVar.reset() takes exactly one argument (${args.length} given)`);
      const v = CV(self);
      const t = args[0];
      if (!(t instanceof PyToken)) typeError(`expected an instance of Token, got ${repr(t)}`);
      if (t.used) raise(RuntimeError, `${tokenRepr(t)} has already been used once`);
      if (t.v !== v) valueError(`${tokenRepr(t)} was created by a different ContextVar`);
      if (t.ctx !== current) valueError(`${tokenRepr(t)} was created in a different Context`);
      t.used = true;
      if (t.old === undefined) current.vars.delete(v);
      else current.vars.set(v, t.old);
      return None;
    },
    __repr__: (self) => varRepr(CV(self)),
  });
  defineGetters(contextVarType, { name: (self) => CV(self).name });
  contextVarType.tdict.set('__class_getitem__', new PyClassMethodDescr(contextVarType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));

  tokenType.tdict.set('MISSING', MISSING);
  defineMethods(tokenType, { __repr__: (self) => tokenRepr(self as PyToken) });
  tokenType.tdict.set('__new__', new PyBuiltin('__new__', () => raise(RuntimeError, 'Tokens can only be created by ContextVars')));
  defineGetters(tokenType, {
    var: (self) => (self as PyToken).v,
    old_value: (self) => (self as PyToken).old ?? MISSING,
  });
  tokenType.tdict.set('__class_getitem__', new PyClassMethodDescr(tokenType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));
  defineMethods(missingType, { __repr__: () => '<Token.MISSING>' });
}
function defaultRepr(c: PyContext): string {
  return `<_contextvars.Context object at ${hex(c)}>`;
}

export function makeContextvarsModule(): PyModule {
  initTypes();
  const d = new PyDict();
  const m = new PyModule('_contextvars', d);
  d.setStr('Context', contextType);
  d.setStr('ContextVar', contextVarType);
  d.setStr('Token', tokenType);
  d.setStr('copy_context', new PyBuiltin('copy_context', () => new PyContext(new Map(current.vars))));
  return m;
}
