// Methods of the builtin exceptions (Objects/exceptions.c): BaseException, the classes with extra
// fields (StopIteration, SystemExit, OSError, ImportError, NameError/AttributeError, SyntaxError,
// the Unicode errors) and BaseExceptionGroup with split/subgroup/derive.
import {
  tracebackType, PyValue, PyTuple, PyDict, PyBuiltin, PyType, PyList, PyBytesObj, None, defineMethods, defineGetters,
  typeOf, TF_HEAPTYPE, emptyTuple, dictType, frameType, PyObject, strType,
} from './object.js';
import {
  PyBaseException, BaseException, StopIteration, SystemExit, KeyError, OSError, ImportError, AttributeError, NameError,
  SyntaxError, typeError, exceptionTypes, BaseExceptionGroup, ExceptionGroup, Exception, PyTraceback, PyException,
  PyOSError, PyUnicodeErrorObj, PyExceptionGroup, PyImportErrorObj, PySyntaxErrorObj, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,
  allocException, excInitHooks, raise, ValueError, TypeError, RuntimeError,
} from './exceptions.js';
import { repr, str, toArray, call, truthy, lenOf, getItem, idOf, setAttr, enterRecursiveCall, leaveRecursiveCall } from './abstract.js';
import { shownBuiltins } from './funcobject.js';
import type { Frame } from '../vm/ceval.js';
import { frameTrace } from '../vm/trace.js';
import { threadFrames } from '../vm/threads.js';
import { genFinalize } from './genobject.js';
import { bytesRepr } from '../parser/constants.js';
import { PySurrogateStr } from './surrogatestr.js';
import { parseArgs, cint } from './str.js';
import { attrNameArg } from './typeobject.js';

const E = (v: PyValue) => v as PyBaseException;

function noKeywords(self: PyValue, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${typeOf(self).tpName}() takes no keyword arguments`);
}

/** Positional args of a native call (keyword values sit at the end of args). */
function positional(args: PyValue[], kw: string[] | null): PyValue[] {
  return kw === null || kw.length === 0 ? args : args.slice(0, args.length - kw.length);
}

/** Keyword arguments limited to `allowed`, with CPython's message for the others. */
function keywords(self: PyValue, args: PyValue[], kw: string[] | null, allowed: string[]): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  if (kw === null) return m;
  const base = args.length - kw.length;
  for (let i = 0; i < kw.length; i++) {
    if (!allowed.includes(kw[i])) typeError(`'${kw[i]}' is an invalid keyword argument for ${typeOf(self).tpName}()`);
    m.set(kw[i], args[base + i]);
  }
  return m;
}

/** How PyArg_Parse names a wrongly typed argument: None by name, others by type. */
function argTypeName(v: PyValue): string {
  return v === None ? 'None' : typeOf(v).name;
}

function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  return !t.isSubtype(dictType) && t.lookup('__getitem__') !== undefined;
}

function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup('__call__') !== undefined;
}

function baseStr(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 0) return '';
  if (a.length === 1) return str(a[0]);
  return repr(e.args);
}

export function initExceptions(): void {
  BaseException.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const e = allocException(cls);
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : emptyTuple;
    return e;
  }));
  defineMethods(BaseException, {
    __init__: (self, args, kw) => {
      noKeywords(self, kw);
      E(self).args = args.length === 0 ? emptyTuple : new PyTuple(args.slice());
      return None;
    },
    __str__: (self) => {
      // str(exc) of a single PySurrogateStr argument is that str (baseStr answers JS strings only)
      const a = E(self).args.items;
      return a.length === 1 && a[0] instanceof PySurrogateStr ? a[0] : baseStr(E(self));
    },
    __repr__: (self) => {
      const a = E(self).args.items;
      const n = typeOf(self).name;
      if (a.length === 1) return `${n}(${repr(a[0])})`;
      return n + repr(E(self).args);
    },
    with_traceback: (self, args) => {
      E(self).traceback = checkTraceback(args[0]);
      return self;
    },
    add_note: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError('BaseException.add_note() takes no keyword arguments');
      if (args.length !== 1) typeError(`BaseException.add_note() takes exactly one argument (${args.length} given)`);
      const e = E(self);
      if (typeof args[0] !== 'string' && !typeOf(args[0]).isSubtype(strType)) typeError(`note must be a str, not '${typeOf(args[0]).tpName}'`);
      let notes = e.dict!.getStr('__notes__');
      if (notes === undefined) {
        notes = new PyList([]);
        e.dict!.setStr('__notes__', notes);
      }
      if (!(notes instanceof PyList)) typeError('Cannot add note: __notes__ is not a list');
      notes.items.push(args[0]);
      return None;
    },
    __reduce__: (self) => {
      const e = E(self);
      return e.dict !== null && e.dict.t.size > 0 ? new PyTuple([typeOf(self), e.args, e.dict]) : new PyTuple([typeOf(self), e.args]);
    },
    // BaseException_setstate: each item through setattr (ImportError's name and path are members).
    __setstate__: (self, args) => {
      const st = args[0];
      if (st === None) return None;
      if (!(st instanceof PyDict)) typeError('state is not a dictionary');
      for (const en of Array.from(st.t.map.values())) setAttr(self, attrNameArg(en.key), en.value);
      return None;
    },
  });
  defineGetters(BaseException, {
    args: [(self) => E(self).args, (self, v) => {
      if (v === null) typeError('args may not be deleted');
      E(self).args = new PyTuple(toArray(v));
    }],
    __traceback__: [(self) => E(self).traceback ?? None, (self, v) => {
      if (v === null) typeError('__traceback__ may not be deleted');
      E(self).traceback = checkTraceback(v);
    }],
    __cause__: [(self) => E(self).cause ?? None, (self, v) => {
      if (v === null) typeError('__cause__ may not be deleted');
      if (v !== None && !(v instanceof PyBaseException)) typeError('exception cause must be None or derive from BaseException');
      E(self).cause = v === None ? null : (v as PyBaseException);
      E(self).suppressContext = true;
    }],
    __context__: [(self) => E(self).context ?? None, (self, v) => {
      if (v === null) typeError('__context__ may not be deleted');
      if (v !== None && !(v instanceof PyBaseException)) typeError('exception context must be None or derive from BaseException');
      E(self).context = v === None ? null : (v as PyBaseException);
    }],
    __suppress_context__: [(self) => E(self).suppressContext, (self, v) => {
      if (typeof v !== 'boolean') typeError('attribute value type must be bool');
      E(self).suppressContext = v;
    }],
  });

  // StopIteration.value and SystemExit.code come from the args.
  const valueAttr = (t: PyType, name: string) => {
    defineMethods(t, {
      __init__: (self, args, kw) => {
        noKeywords(self, kw);
        const e = E(self);
        e.args = args.length === 0 ? emptyTuple : new PyTuple(args.slice());
        e.value = args.length === 0 ? None : args.length === 1 || t === StopIteration ? args[0] : new PyTuple(args.slice());
        return None;
      },
    });
    defineGetters(t, { [name]: [(self) => E(self).value, (self, v) => { E(self).value = v ?? None; }] });
  };
  valueAttr(StopIteration, 'value');
  valueAttr(SystemExit, 'code');
  defineMethods(KeyError, {
    __str__: (self) => {
      const a = E(self).args.items;
      if (a.length === 1) return repr(a[0]);
      return baseStr(E(self));
    },
  });

  initOSError();
  initImportError();
  initNameErrors();
  initSyntaxError();
  initUnicodeErrors();
  initExceptionGroups();

  initFrameAttributes();
  const TB = (v: PyValue) => v as PyTraceback;
  // tb_new(tb_next, tb_frame, tb_lasti, tb_lineno): Argument Clinic's parsing and C int conversions.
  tracebackType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    if (args.length > 5) typeError(`TracebackType() takes at most 4 arguments (${args.length - 1} given)`);
    const [next, frame, lastiArg, linenoArg] = parseArgs('TracebackType', ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], args.slice(1), kw, 4);
    if (!(frame instanceof PyObject) || frame.cls !== frameType) typeError(`TracebackType() argument 'tb_frame' must be frame, not ${typeOf(frame!).tpName}`);
    const lasti = cint(lastiArg!);
    const lineno = cint(linenoArg!);
    if (next !== None && !(next instanceof PyTraceback)) typeError(`expected traceback object or None, got '${typeOf(next!).tpName}'`);
    return new PyTraceback(next === None ? null : (next as PyTraceback), frame, lasti / 2, lineno);
  }));
  defineGetters(tracebackType, {
    tb_next: [(self) => TB(self).next ?? None, (self, v) => {
      if (v === null) typeError("can't delete tb_next attribute");
      if (v !== None && !(v instanceof PyTraceback)) typeError(`expected traceback object or None, got '${typeOf(v).tpName}'`);
      for (let t: PyTraceback | null = v === None ? null : (v as PyTraceback); t !== null; t = t.next)
        if (t === self) raise(ValueError, 'traceback loop detected');
      TB(self).next = v === None ? null : (v as PyTraceback);
    }],
    tb_frame: (self) => TB(self).frame,
    tb_lineno: (self) => TB(self).lineno,
    tb_lasti: (self) => TB(self).lasti * 2,
  });
  // tb_dir: its four attributes only.
  defineMethods(tracebackType, {
    __dir__: () => new PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno']),
  });
}

/** Frame attributes that come with tracebacks (the rest are in typeobject.ts). */
function initFrameAttributes(): void {
  const F = (v: PyValue) => v as Frame;
  defineGetters(frameType, {
    f_lasti: (self) => F(self).lasti * 2,
    f_builtins: (self) => shownBuiltins(F(self).builtins),
    f_trace: [(self) => F(self).tr?.fn ?? None, (self, v) => {
      frameTrace(F(self)).fn = v ?? None;
    }],
    f_trace_lines: [(self) => F(self).tr?.lines ?? true, (self, v) => {
      if (typeof v !== 'boolean') typeError('attribute value type must be bool');
      frameTrace(F(self)).lines = v;
    }],
    f_trace_opcodes: [(self) => F(self).tr?.opcodes ?? false, (self, v) => {
      if (typeof v !== 'boolean') typeError('attribute value type must be bool');
      frameTrace(F(self)).opcodes = v;
    }],
    // A suspended generator's frame is not on the stack: no f_back.
    f_back: (self) => (F(self).gen !== null && !F(self).gen!.running ? None : F(self).back ?? None),
  });
  defineMethods(frameType, {
    __repr__: (self) => {
      const f = F(self);
      return `<frame at 0x${idOf(f).toString(16).padStart(12, '0')}, file ${repr(f.code.filename)}, line ${f.lineno}, code ${f.code.name}>`;
    },
    // frame_clear: a suspended generator's frame closes the generator; a frame still running (on any thread's
    // stack) cannot be cleared; a finished one drops its locals and stack.
    clear: (self) => {
      const f = F(self);
      const g = f.gen;
      if (g !== null && !g.finished) {
        if (g.running) raise(RuntimeError, 'cannot clear an executing frame');
        genFinalize(g);
        return None;
      }
      for (const [, top] of threadFrames()) {
        for (let x = top; x !== null; x = x.back) if (x === f) raise(RuntimeError, 'cannot clear an executing frame');
      }
      f.fast.fill(null);
      f.sp = f.code.nlocalsplus;
      if (f.tr !== null) f.tr.fn = None;
      return None;
    },
  });
}

function checkTraceback(v: PyValue): PyTraceback | null {
  if (v === None) return null;
  if (!(v instanceof PyTraceback)) typeError('__traceback__ must be a traceback or None');
  return v;
}

// ---------------------------------------------------------------------------
// OSError

/** errno → OSError subclass, as the errnomap of exceptions.c (Linux values). */
const errnoMap: { [k: number]: string } = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError', 110: 'TimeoutError',
  111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

const OS = (v: PyValue) => v as PyOSError;

/** OSError's argument forms: (errno, strerror[, filename[, winerror[, filename2]]]) set the fields; with a filename the args keep only the first two. */
function parseOSErrorArgs(e: PyOSError, args: PyValue[]): void {
  const n = args.length;
  if (n < 2 || n > 5) return;
  e.errno = args[0];
  e.strerror = args[1];
  if (n >= 3) {
    if (e.cls.isSubtype(exceptionTypes.get('BlockingIOError')!) && typeof args[2] === 'number') e.written = args[2];
    else if (args[2] !== None) {
      e.filename = args[2];
      if (n === 5 && args[4] !== None) e.filename2 = args[4];
      e.args = new PyTuple([args[0], args[1]]);
    }
  }
}

/** A subclass whose __init__ is overridden but not __new__ parses its arguments in __init__ (oserror_use_init). */
function osUsesInit(t: PyType): boolean {
  return t.lookup('__init__') !== OSError.tdict.get('__init__') && newFunction(t.lookup('__new__')) === newFunction(OSError.tdict.get('__new__'));
}

function initOSError(): void {
  excInitHooks.osError = parseOSErrorArgs;
  OSError.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    let cls = args[0] as PyType;
    const rest = positional(args, kw).slice(1);
    const useInit = osUsesInit(cls);
    if (!useInit) {
      if (kw !== null && kw.length > 0) typeError(`${cls.name}() takes no keyword arguments`);
      if (cls === OSError && rest.length >= 2 && rest.length <= 5 && typeof rest[0] === 'number' && errnoMap[rest[0]] !== undefined)
        cls = exceptionTypes.get(errnoMap[rest[0]])!;
    }
    const e = allocException(cls) as PyOSError;
    e.args = rest.length > 0 ? new PyTuple(rest) : emptyTuple;
    if (!useInit) parseOSErrorArgs(e, rest);
    return e;
  }));
  defineMethods(OSError, {
    __init__: (self, args, kw) => {
      if (!osUsesInit(typeOf(self))) return None;
      noKeywords(self, kw);
      E(self).args = args.length > 0 ? new PyTuple(args.slice()) : emptyTuple;
      parseOSErrorArgs(OS(self), args);
      return None;
    },
    __str__: (self) => {
      const e = OS(self);
      if (e.filename !== null) {
        if (e.filename2 !== null) return `[Errno ${str(e.errno!)}] ${str(e.strerror!)}: ${repr(e.filename)} -> ${repr(e.filename2)}`;
        return `[Errno ${str(e.errno!)}] ${str(e.strerror!)}: ${repr(e.filename)}`;
      }
      if (e.errno !== null && e.strerror !== null) return `[Errno ${str(e.errno)}] ${str(e.strerror)}`;
      return baseStr(e);
    },
    __reduce__: (self) => {
      const e = OS(self);
      let a = e.args;
      if (a.items.length === 2 && e.filename !== null) {
        a = new PyTuple(e.filename2 !== null ? [a.items[0], a.items[1], e.filename!, None, e.filename2] : [a.items[0], a.items[1], e.filename!]);
      }
      return e.dict !== null && e.dict.t.size > 0 ? new PyTuple([typeOf(self), a, e.dict]) : new PyTuple([typeOf(self), a]);
    },
  });
  const field = (k: 'errno' | 'strerror' | 'filename' | 'filename2'): [(s: PyValue) => PyValue, (s: PyValue, v: PyValue | null) => void] =>
    [(self) => OS(self)[k] ?? None, (self, v) => { OS(self)[k] = v; }];
  defineGetters(OSError, { errno: field('errno'), strerror: field('strerror'), filename: field('filename'), filename2: field('filename2') });
  // OSError's own member (set by BlockingIOError's third argument), readable only once written.
  defineGetters(OSError, {
    characters_written: [(self) => {
      if (OS(self).written < 0) raise(AttributeError, 'characters_written');
      return OS(self).written;
    }, (self, v) => {
      if (v === null) {
        if (OS(self).written < 0) raise(AttributeError, 'characters_written');
        OS(self).written = -1;
        return;
      }
      if (typeof v !== 'number') typeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
      OS(self).written = v;
    }],
  });
}

// ---------------------------------------------------------------------------
// ImportError, NameError, AttributeError, SyntaxError

const IE = (v: PyValue) => v as PyImportErrorObj;

function initImportError(): void {
  defineMethods(ImportError, {
    __init__: (self, args, kw) => {
      const kws = keywords(self, args, kw, ['name', 'path']);
      const pos = positional(args, kw);
      const e = IE(self);
      e.args = pos.length > 0 ? new PyTuple(pos.slice()) : emptyTuple;
      e.name = kws.get('name') ?? null;
      e.path = kws.get('path') ?? null;
      e.msg = pos.length === 1 ? pos[0] : null;
      return None;
    },
    // ImportError_reduce: name and path travel in the state with the instance dict.
    __reduce__: (self) => {
      const e = IE(self);
      const d = e.dict;
      if (e.name === null && e.path === null) {
        return d !== null && d.t.size > 0 ? new PyTuple([typeOf(self), e.args, d]) : new PyTuple([typeOf(self), e.args]);
      }
      const st = new PyDict();
      if (d !== null) for (const en of d.t.map.values()) st.set(en.key, en.value);
      if (e.name !== null) st.setStr('name', e.name);
      if (e.path !== null) st.setStr('path', e.path);
      return new PyTuple([typeOf(self), e.args, st]);
    },
    __str__: (self) => {
      const m = IE(self).msg;
      if (m !== null && m !== None) return str(m);
      return baseStr(E(self));
    },
  });
  // import.ts records a module's name in the instance dict: read there as a fallback.
  const member = (k: 'msg' | 'name' | 'path'): [(s: PyValue) => PyValue, (s: PyValue, v: PyValue | null) => void] =>
    [(self) => IE(self)[k] ?? E(self).dict?.getStr(k) ?? None, (self, v) => { IE(self)[k] = v; }];
  defineGetters(ImportError, { msg: member('msg'), name: member('name'), path: member('path') });
}

function initNameErrors(): void {
  defineMethods(NameError, {
    __init__: (self, args, kw) => {
      const kws = keywords(self, args, kw, ['name']);
      const pos = positional(args, kw);
      E(self).args = pos.length > 0 ? new PyTuple(pos.slice()) : emptyTuple;
      const n = kws.get('name');
      if (n !== undefined) E(self).attrName = n;
      return None;
    },
  });
  defineMethods(AttributeError, {
    __init__: (self, args, kw) => {
      const kws = keywords(self, args, kw, ['name', 'obj']);
      const pos = positional(args, kw);
      E(self).args = pos.length > 0 ? new PyTuple(pos.slice()) : emptyTuple;
      const n = kws.get('name');
      if (n !== undefined) E(self).attrName = n;
      E(self).value = kws.get('obj') ?? None;
      return None;
    },
  });
  const nameGetter: [(s: PyValue) => PyValue, (s: PyValue, v: PyValue | null) => void] = [
    (self) => E(self).attrName ?? None,
    (self, v) => { E(self).attrName = v === null || v === None ? undefined : v; },
  ];
  defineGetters(AttributeError, { name: nameGetter, obj: [(self) => E(self).value, (self, v) => { E(self).value = v ?? None; }] });
  defineGetters(NameError, { name: nameGetter });
}

const SE = (v: PyValue) => v as PySyntaxErrorObj;

/** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
function parseSyntaxErrorArgs(e: PySyntaxErrorObj, args: PyValue[]): void {
  if (args.length >= 1) e.msg = args[0];
  if (args.length !== 2) return;
  const info = toArray(args[1]);
  if (info.length < 4) typeError(`function takes at least 4 arguments (${info.length} given)`);
  if (info.length > 6) typeError(`function takes at most 6 arguments (${info.length} given)`);
  [e.filename, e.lineno, e.offset, e.text] = info;
  e.endLineno = info.length > 4 ? info[4] : null;
  e.endOffset = info.length > 5 ? info[5] : null;
  if (e.endLineno !== null && e.endOffset === null) typeError('end_offset must be provided when end_lineno is provided');
}

function initSyntaxError(): void {
  excInitHooks.syntaxError = parseSyntaxErrorArgs;
  defineMethods(SyntaxError, {
    __init__: (self, args, kw) => {
      noKeywords(self, kw);
      const e = SE(self);
      e.args = args.length > 0 ? new PyTuple(args.slice()) : emptyTuple;
      parseSyntaxErrorArgs(e, args);
      return None;
    },
    __str__: (self) => {
      const e = SE(self);
      const fn = typeof e.filename === 'string' ? e.filename.slice(e.filename.lastIndexOf('/') + 1) : null;
      const ln = typeof e.lineno === 'number' || typeof e.lineno === 'bigint' ? e.lineno : null;
      const msg = str(e.msg ?? None);
      if (fn === null && ln === null) return msg;
      if (fn !== null && ln !== null) return `${msg} (${fn}, line ${ln})`;
      if (fn !== null) return `${msg} (${fn})`;
      return `${msg} (line ${ln})`;
    },
  });
  type K = 'msg' | 'filename' | 'lineno' | 'offset' | 'text' | 'endLineno' | 'endOffset' | 'printFileAndLine';
  const member = (k: K): [(s: PyValue) => PyValue, (s: PyValue, v: PyValue | null) => void] =>
    [(self) => SE(self)[k] ?? None, (self, v) => { SE(self)[k] = v; }];
  defineGetters(SyntaxError, {
    msg: member('msg'), filename: member('filename'), lineno: member('lineno'), offset: member('offset'),
    text: member('text'), end_lineno: member('endLineno'), end_offset: member('endOffset'),
    print_file_and_line: member('printFileAndLine'),
  });
}

// ---------------------------------------------------------------------------
// UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError

const U = (v: PyValue) => v as PyUnicodeErrorObj;

function argOf(i: number, v: PyValue, want: 'str' | 'int'): void {
  const ok = want === 'str' ? typeof v === 'string' || v instanceof PySurrogateStr : typeof v === 'number' || typeof v === 'boolean';
  if (!ok) typeError(`argument ${i} must be ${want}, not ${argTypeName(v)}`);
}

function charEscape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function objLen(o: PyValue | null): number {
  if (o === null) return 0;
  if (typeof o === 'string') return Array.from(o).length;
  if (o instanceof PySurrogateStr) return o.cps.length;
  if (o instanceof PyBytesObj) return o.bytes.length;
  return 0;
}

function initUnicodeErrors(): void {
  const init = (decode: boolean, translate: boolean) => (self: PyValue, args: PyValue[], kw: string[] | null) => {
    noKeywords(self, kw);
    const e = U(self);
    e.args = new PyTuple(args.slice());
    const n = translate ? 4 : 5;
    if (args.length !== n) typeError(`function takes exactly ${n} arguments (${args.length} given)`);
    let i = 0;
    if (!translate) argOf(1, args[i++], 'str');
    const obj = args[i];
    if (decode) {
      if (!(obj instanceof PyBytesObj)) typeError(`a bytes-like object is required, not '${typeOf(obj).tpName}'`);
    } else argOf(i + 1, obj, 'str');
    i++;
    argOf(i + 1, args[i], 'int');
    argOf(i + 2, args[i + 1], 'int');
    argOf(i + 3, args[i + 2], 'str');
    e.encoding = translate ? null : args[0];
    e.object = decode && obj instanceof PyBytesObj && typeOf(obj).name !== 'bytes' ? new PyBytesObj(new Uint8Array((obj as PyBytesObj).bytes)) : obj;
    e.start = Number(args[i]);
    e.end = Number(args[i + 1]);
    e.reason = args[i + 2];
    return None;
  };
  defineMethods(UnicodeDecodeError, {
    __init__: init(true, false),
    __str__: (self) => {
      const e = U(self);
      if (e.object === null) return baseStr(e);
      const len = objLen(e.object);
      if (e.start < len && e.end === e.start + 1) {
        const b = (e.object as PyBytesObj).bytes[e.start];
        return `'${str(e.encoding!)}' codec can't decode byte 0x${b.toString(16).padStart(2, '0')} in position ${e.start}: ${str(e.reason!)}`;
      }
      return `'${str(e.encoding!)}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${str(e.reason!)}`;
    },
  });
  const encodeStr = (prefix: (e: PyUnicodeErrorObj) => string, verb: string) => (self: PyValue) => {
    const e = U(self);
    if (e.object === null) return baseStr(e);
    const chars = e.object instanceof PySurrogateStr ? e.object.cps.map((c) => String.fromCodePoint(c)) : Array.from(e.object as string);
    if (e.start < chars.length && e.end === e.start + 1)
      return `${prefix(e)}can't ${verb} character '${charEscape(chars[e.start].codePointAt(0)!)}' in position ${e.start}: ${str(e.reason!)}`;
    return `${prefix(e)}can't ${verb} characters in position ${e.start}-${e.end - 1}: ${str(e.reason!)}`;
  };
  defineMethods(UnicodeEncodeError, { __init__: init(false, false), __str__: encodeStr((e) => `'${str(e.encoding!)}' codec `, 'encode') });
  defineMethods(UnicodeTranslateError, { __init__: init(false, true), __str__: encodeStr(() => '', 'translate') });
  for (const t of [UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError]) {
    defineGetters(t, {
      encoding: [(self) => U(self).encoding ?? None, (self, v) => { U(self).encoding = v; }],
      object: [(self) => U(self).object ?? None, (self, v) => { U(self).object = v; }],
      start: [(self) => U(self).start, (self, v) => { U(self).start = Number(v); }],
      end: [(self) => U(self).end, (self, v) => { U(self).end = Number(v); }],
      reason: [(self) => U(self).reason ?? None, (self, v) => { U(self).reason = v; }],
    });
  }
  void bytesRepr;
}

// ---------------------------------------------------------------------------
// BaseExceptionGroup / ExceptionGroup

const G = (v: PyValue) => v as PyExceptionGroup;

/** BaseExceptionGroup.__new__: validates (message, exceptions) and picks ExceptionGroup when every member is an Exception. */
function newGroup(args: PyValue[], kw: string[] | null): PyValue {
  let cls = args[0] as PyType;
  const rest = positional(args, kw).slice(1);
  if (rest.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${rest.length} given)`);
  const [message, seq] = rest;
  if (typeof message !== 'string') typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${argTypeName(message)}`);
  if (!isSequence(seq)) typeError('second argument (exceptions) must be a sequence');
  const items = toArray(seq);
  if (items.length === 0) raise(ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!(x instanceof PyBaseException)) raise(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtype(Exception)) allExceptions = false;
  }
  if (cls === BaseExceptionGroup) {
    if (allExceptions) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (!allExceptions) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && cls.isSubtype(Exception)) {
    typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = allocException(cls) as PyExceptionGroup;
  e.args = new PyTuple(rest.slice());
  e.message = message;
  e.excs = new PyTuple(items);
  return e;
}

/** Make a group through BaseExceptionGroup(message, excs), as _PyExc_CreateExceptionGroup. */
export function createExceptionGroup(message: string, excs: PyValue[], asTuple = false): PyExceptionGroup {
  return newGroup([BaseExceptionGroup, message, asTuple ? new PyTuple(excs) : new PyList(excs)], null) as PyExceptionGroup;
}

type Matcher = (e: PyBaseException) => boolean;

function excMatches(e: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => x instanceof PyType && e.cls.isSubtype(x));
  return t instanceof PyType && e.cls.isSubtype(t);
}

function isExcClass(v: PyValue): boolean {
  return v instanceof PyType && v.isSubtype(BaseException);
}

/** The condition of split()/subgroup(): an exception type, a tuple of them, or a predicate. */
function matcherFor(cond: PyValue): Matcher {
  if (isExcClass(cond)) return (e) => excMatches(e, cond);
  if (cond instanceof PyTuple && cond.cls.name === 'tuple') {
    if (cond.items.every(isExcClass)) return (e) => excMatches(e, cond);
  } else if (isCallable(cond)) return (e) => truthy(call(cond, [e]));
  typeError('expected a function, exception type or tuple of exception types');
}

/** A copy of orig's group with the given members (derive + copied metadata), or None when empty. */
function groupSubset(orig: PyExceptionGroup, excs: PyValue[]): PyValue {
  if (excs.length === 0) return None;
  const d = call(getMethod(orig, 'derive'), [new PyList(excs)]);
  if (!(d instanceof PyExceptionGroup)) typeError('derive must return an instance of BaseExceptionGroup');
  d.traceback = orig.traceback;
  d.cause = orig.cause;
  d.context = orig.context;
  d.suppressContext = orig.suppressContext;
  const notes = orig.dict!.getStr('__notes__');
  if (notes !== undefined && isSequence(notes)) d.dict!.setStr('__notes__', new PyList(toArray(notes)));
  return d;
}

function getMethod(o: PyValue, name: string): PyValue {
  const f = typeOf(o).lookup(name)!;
  return new PyMethodLike(f, o);
}

/** Splits exc by the matcher: [match, rest] (rest only computed when wanted). */
function splitRecursive(exc: PyBaseException, m: Matcher, wantRest: boolean): [PyValue, PyValue] {
  if (m(exc)) return [exc, None];
  if (!(exc instanceof PyExceptionGroup)) return [None, wantRest ? exc : None];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  enterRecursiveCall(' in exceptiongroup_split_recursive');
  try {
    for (const x of exc.excs.items) {
      const [a, b] = splitRecursive(x as PyBaseException, m, wantRest);
      if (a !== None) matched.push(a);
      if (wantRest && b !== None) rest.push(b);
    }
  } finally {
    leaveRecursiveCall();
  }
  const mg = groupSubset(exc, matched);
  return [mg, wantRest ? groupSubset(exc, rest) : None];
}

/** exception_group_projection: the part of eg whose leaves are leaves of `keep`. */
export function groupProjection(eg: PyExceptionGroup, keep: PyValue[]): PyValue {
  const ids = new Set<PyValue>();
  const collect = (e: PyValue): void => {
    if (!(e instanceof PyExceptionGroup)) {
      ids.add(e);
      return;
    }
    enterRecursiveCall(' in collect_exception_group_leaves');
    try {
      for (const x of e.excs.items) collect(x);
    } finally {
      leaveRecursiveCall();
    }
  };
  for (const k of keep) collect(k);
  return splitRecursive(eg, (e) => !(e instanceof PyExceptionGroup) && ids.has(e), false)[0];
}

/** split() for the eval loop's except* (CHECK_EG_MATCH). */
export function groupSplit(eg: PyBaseException, cond: PyValue): [PyValue, PyValue] {
  const r = call(getMethod(eg, 'split'), [cond]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) typeError('split must return a 2-tuple, got ' + typeOf(r).name);
  return [r.items[0], r.items[1]];
}

import { PyMethod as PyMethodLike, PyClassMethodDescr, newFunction } from './object.js';
import { classGetItem } from './genericalias.js';

function initExceptionGroups(): void {
  BaseExceptionGroup.tdict.set('__new__', new PyBuiltin('__new__', newGroup));
  defineMethods(BaseExceptionGroup, {
    __init__: (self, args, kw) => {
      noKeywords(self, kw);
      E(self).args = new PyTuple(args.slice());
      return None;
    },
    __str__: (self) => {
      const n = G(self).excs.items.length;
      return `${str(G(self).message)} (${n} sub-exception${n > 1 ? 's' : ''})`;
    },
    derive: (self, args) => {
      if (args.length !== 1) typeError(`derive expected 1 argument, got ${args.length}`);
      return newGroup([BaseExceptionGroup, G(self).message, args[0]], null);
    },
    split: (self, args) => {
      if (args.length !== 1) typeError(`split expected 1 argument, got ${args.length}`);
      const [a, b] = splitRecursive(G(self), matcherFor(args[0]), true);
      return new PyTuple([a, b]);
    },
    subgroup: (self, args) => {
      if (args.length !== 1) typeError(`subgroup expected 1 argument, got ${args.length}`);
      return splitRecursive(G(self), matcherFor(args[0]), false)[0];
    },
  });
  BaseExceptionGroup.tdict.set('__class_getitem__', new PyClassMethodDescr(BaseExceptionGroup, '__class_getitem__',
    classGetItem));
  defineGetters(BaseExceptionGroup, {
    // READONLY members in CPython: their own message on assignment.
    message: [(self) => G(self).message, () => raise(AttributeError, 'readonly attribute')],
    exceptions: [(self) => G(self).excs, () => raise(AttributeError, 'readonly attribute')],
  });
  void [lenOf, getItem, TypeError];
}

// ---------------------------------------------------------------------------
// except* support for the eval loop (CHECK_EG_MATCH, PREP_RERAISE_STAR)

function checkExceptStarType(t: PyValue): void {
  const items = t instanceof PyTuple ? t.items : [t];
  for (const x of items) {
    if (!isExcClass(x)) typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  for (const x of items) {
    if ((x as PyType).isSubtype(BaseExceptionGroup))
      typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/**
 * CHECK_EG_MATCH: null when exc has no part matching t, else [match, rest] (rest may be None).
 * A naked exception that matches is wrapped in ExceptionGroup('', [exc]) with its traceback.
 */
export function exceptStarMatch(exc: PyValue, t: PyValue): [PyValue, PyValue] | null {
  checkExceptStarType(t);
  if (exc === None) return null;
  const e = exc as PyBaseException;
  if (excMatches(e, t)) {
    if (e instanceof PyExceptionGroup) return [e, None];
    const w = createExceptionGroup('', [e], true);
    w.traceback = e.traceback;
    return [w, None];
  }
  if (e instanceof PyExceptionGroup) {
    const [m, r] = groupSplit(e, t);
    if (m === None) return null;
    return [m, r];
  }
  return null;
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/**
 * PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what leaves a try/except* block. Exceptions raised
 * by the handlers (new ones) are grouped with the re-raised/unhandled part of the original,
 * which keeps the original's structure.
 */
export function prepReraiseStar(orig: PyValue, excs: PyValue[]): PyValue {
  if (excs.length === 0) return None;
  if (!(orig instanceof PyExceptionGroup)) return excs[0];
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of excs) {
    if (e === None) continue;
    (sameMetadata(e as PyBaseException, orig) ? reraised : raised).push(e);
  }
  const re = groupProjection(orig, reraised);
  if (raised.length === 0) return re;
  if (re !== None) raised.push(re);
  return raised.length > 1 ? createExceptionGroup('', raised) : raised[0];
}
