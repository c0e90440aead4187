// Methods of the builtin exceptions (Objects/exceptions.c).
import { tracebackType, PyValue, PyTuple, PyDict, PyBuiltin, PyType, None, defineMethods, defineGetters, typeOf, TF_HEAPTYPE, emptyTuple, PyList } from './object.js';
import {
  PyBaseException, BaseException, StopIteration, SystemExit, KeyError, OSError, ImportError, AttributeError, NameError,
  SyntaxError, typeError, exceptionTypes, BaseExceptionGroup,
} from './exceptions.js';
import { PyTraceback } from './exceptions.js';
import { repr, str, toArray } from './abstract.js';
import { PyException, newException } from './exceptions.js';

const E = (v: PyValue) => v as PyBaseException;

export function initExceptions(): void {
  BaseException.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const e = new PyBaseException(cls);
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : emptyTuple;
    if (cls.flags & TF_HEAPTYPE) e.dict = new PyDict();
    return e;
  }));
  defineMethods(BaseException, {
    __init__: (self, args, kw) => {
      if (kw !== null && kw.length > 0) typeError(`${typeOf(self).name}() takes no keyword arguments`);
      E(self).args = args.length === 0 ? emptyTuple : new PyTuple(args.slice());
      return None;
    },
    __str__: (self) => {
      const a = E(self).args.items;
      if (a.length === 0) return '';
      if (a.length === 1) return str(a[0]);
      return repr(E(self).args);
    },
    __repr__: (self) => {
      const a = E(self).args.items;
      const n = typeOf(self).name;
      if (a.length === 1) return `${n}(${repr(a[0])})`;
      return n + repr(E(self).args);
    },
    with_traceback: (self, args) => {
      E(self).traceback = args[0] === None ? null : (args[0] as PyTraceback);
      return self;
    },
    add_note: (self, args) => {
      const e = E(self);
      if (typeof args[0] !== 'string') typeError(`note must be a str, not '${typeOf(args[0]).name}'`);
      if (e.notes === null) e.notes = new PyList([]);
      (e.notes as PyList).items.push(args[0]);
      return None;
    },
    __reduce__: (self) => new PyTuple([typeOf(self), E(self).args]),
  });
  defineGetters(BaseException, {
    args: [(self) => E(self).args, (self, v) => { E(self).args = new PyTuple(toArray(v!)); }],
    __traceback__: [(self) => E(self).traceback ?? None, (self, v) => { E(self).traceback = v === None ? null : (v as PyTraceback); }],
    __cause__: [(self) => E(self).cause ?? None, (self, v) => {
      E(self).cause = v === None || v === null ? null : (v as PyBaseException);
      E(self).suppressContext = true;
    }],
    __context__: [(self) => E(self).context ?? None, (self, v) => { E(self).context = v === None || v === null ? null : (v as PyBaseException); }],
    __suppress_context__: [(self) => E(self).suppressContext, (self, v) => { E(self).suppressContext = v === true; }],
    __notes__: [(self) => {
      const n = E(self).notes;
      if (n === null) throw new PyException(newException(AttributeError, [`'${typeOf(self).name}' object has no attribute '__notes__'`]));
      return n;
    }, (self, v) => { E(self).notes = v; }],
  });
  BaseException.tdict.set('__notes__', BaseException.tdict.get('__notes__')!);

  const valueAttr = (t: PyType, name: string) => {
    defineMethods(t, {
      __init__: (self, args) => {
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
      return a.length === 0 ? '' : repr(E(self).args);
    },
  });
  const errnoMap: { [k: number]: string } = { 1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError',
    10: 'ChildProcessError', 11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError',
    21: 'IsADirectoryError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError',
    110: 'TimeoutError', 111: 'ConnectionRefusedError', 115: 'BlockingIOError', 114: 'BlockingIOError' };
  OSError.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    let cls = args[0] as PyType;
    if (cls === OSError && args.length >= 3 && typeof args[1] === 'number' && errnoMap[args[1]] !== undefined) cls = exceptionTypes.get(errnoMap[args[1]])!;
    const e = new PyBaseException(cls);
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : emptyTuple;
    if (cls.flags & TF_HEAPTYPE) e.dict = new PyDict();
    return e;
  }));
  defineGetters(OSError, {
    errno: (self) => (E(self).args.items.length >= 2 ? E(self).args.items[0] : None),
    strerror: (self) => (E(self).args.items.length >= 2 ? E(self).args.items[1] : None),
    filename: (self) => (E(self).args.items.length >= 3 ? E(self).args.items[2] : None),
  });
  defineMethods(OSError, {
    __str__: (self) => {
      const a = E(self).args.items;
      if (a.length >= 3) return `[Errno ${str(a[0])}] ${str(a[1])}: ${repr(a[2])}`;
      if (a.length === 2) return `[Errno ${str(a[0])}] ${str(a[1])}`;
      return a.length === 1 ? str(a[0]) : '';
    },
  });
  defineGetters(ImportError, {
    name: (self) => (E(self).dict?.getStr('name') ?? None),
    msg: (self) => (E(self).args.items.length > 0 ? E(self).args.items[0] : None),
  });
  defineGetters(AttributeError, { name: (self) => (self as PyBaseException & { attrName?: string }).attrName ?? None, obj: (self) => E(self).value });
  defineGetters(NameError, { name: (self) => (self as PyBaseException & { attrName?: string }).attrName ?? None });
  defineGetters(SyntaxError, {
    msg: (self) => (E(self).args.items.length > 0 ? E(self).args.items[0] : None),
    lineno: (self) => detail(self, 1),
    offset: (self) => detail(self, 2),
    text: (self) => detail(self, 3),
    filename: (self) => detail(self, 0),
  });
  defineMethods(BaseExceptionGroup, {
    __init__: (self, args) => {
      E(self).args = new PyTuple(args.slice());
      return None;
    },
  });
  defineGetters(BaseExceptionGroup, {
    message: (self) => E(self).args.items[0] ?? None,
    exceptions: (self) => new PyTuple(toArray(E(self).args.items[1] ?? emptyTuple)),
  });
  void exceptionTypes;
  const TB = (v: PyValue) => v as PyTraceback;
  defineGetters(tracebackType, {
    tb_next: [(self) => TB(self).next ?? None, (self, v) => { TB(self).next = v === None || v === null ? null : (v as PyTraceback); }],
    tb_frame: (self) => TB(self).frame,
    tb_lineno: (self) => TB(self).lineno,
    tb_lasti: (self) => TB(self).lasti * 2,
  });
}

function detail(self: PyValue, i: number): PyValue {
  const a = E(self).args.items;
  if (a.length < 2 || !(a[1] instanceof PyTuple)) return None;
  return a[1].items[i] ?? None;
}
