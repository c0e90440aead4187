// The _queue module (Modules/_queuemodule.c): SimpleQueue, an unbounded FIFO whose get() blocks its
// thread (vm/threads.ts) until another thread puts an item or the timeout passes; queue.py and
// concurrent.futures use it when it exists.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyClassMethodDescr, None, typeType, objectType, defineMethods, typeOf,
  TF_BASETYPE,
} from '../objects/object.js';
import { PyException, newException, typeError, valueError, raise, OverflowError, Exception } from '../objects/exceptions.js';
import { idOf, toFloat, truthy } from '../objects/abstract.js';
import { parseArgs } from '../objects/str.js';
import { initHeapLayout, typeNew } from '../objects/typeobject.js';
import { PyGenericAlias } from '../objects/genericalias.js';
import { block, deadlineIn } from '../vm/threads.js';

const simpleQueueType = new PyType(typeType, 'SimpleQueue', [objectType], TF_BASETYPE);
simpleQueueType.mro = [simpleQueueType, objectType];
simpleQueueType.tdict.set('__module__', '_queue');

class PySimpleQueue extends PyObject {
  declare items: PyValue[];
  /** Index of the first item (items before it were taken: popped from the front in O(1)). */
  declare head: number;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    this.items = [];
    this.head = 0;
    this.slots = null;
  }
  get size(): number {
    return this.items.length - this.head;
  }
  take(): PyValue {
    const v = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

let emptyError: PyType | null = null;

function Q(v: PyValue): PySimpleQueue {
  if (!(v instanceof PySimpleQueue)) typeError(`descriptor requires a '_queue.SimpleQueue' object but received a '${typeOf(v).tpName}'`);
  return v;
}

function empty(): never {
  throw new PyException(newException(emptyError!, []));
}

/** get(): the first item, waiting (block, up to timeout seconds; None: forever) while there is none. */
function get(q: PySimpleQueue, blockArg: PyValue | undefined, timeoutArg: PyValue | undefined): PyValue {
  const blocking = blockArg === undefined || truthy(blockArg);
  let timeout = -1;
  if (blocking && timeoutArg !== undefined && timeoutArg !== None) {
    timeout = toFloat(timeoutArg);
    if (timeout < 0) valueError("'timeout' must be a non-negative number");
    if (timeout > 9223372036) raise(OverflowError, 'timeout value is too large');
  }
  if (q.size > 0) return q.take();
  if (!blocking || timeout === 0) empty();
  const deadline = deadlineIn(timeout);
  return block({
    ready: () => q.size > 0,
    deadline,
    finish: () => (q.size > 0 ? q.take() : performance.now() >= deadline ? empty() : undefined),
  });
}

function init(): void {
  const ns = new PyDict();
  ns.setStr('__module__', '_queue');
  ns.setStr('__doc__', 'Exception raised by Queue.get(block=0)/get_nowait().');
  emptyError = typeNew(typeType, 'Empty', [Exception], ns, null);
  simpleQueueType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (args.length > 1) typeError('SimpleQueue() takes no positional arguments');
    if (kw !== null && kw.length > 0) typeError('SimpleQueue() takes no keyword arguments');
    const q = new PySimpleQueue(cls);
    if (cls.flags & 1) initHeapLayout(q as unknown as PyObject & { slots: (PyValue | null)[] | null }, cls);
    return q;
  }));
  simpleQueueType.tdict.set('__doc__', 'Simple, unbounded, reentrant FIFO queue.');
  simpleQueueType.tdict.set('__class_getitem__', new PyClassMethodDescr(simpleQueueType, '__class_getitem__', (cls, args) => new PyGenericAlias(cls, [args[0]])));
  defineMethods(simpleQueueType, {
    put: (self, args, kw) => {
      const [item] = parseArgs('put', ['item', 'block', 'timeout'], args, kw, 1);
      Q(self).items.push(item!);
      return None;
    },
    put_nowait: (self, args, kw) => {
      const [item] = parseArgs('put_nowait', ['item'], args, kw, 1);
      Q(self).items.push(item!);
      return None;
    },
    get: (self, args, kw) => {
      const [b, t] = parseArgs('get', ['block', 'timeout'], args, kw, 0);
      return get(Q(self), b, t);
    },
    get_nowait: (self) => get(Q(self), false, undefined),
    empty: (self) => Q(self).size === 0,
    qsize: (self) => Q(self).size,
    __repr__: (self) => `<_queue.SimpleQueue object at 0x${idOf(self).toString(16).padStart(12, '0')}>`,
  });
}

let initialised = false;
export function makeQueueModule(): PyModule {
  if (!initialised) {
    initialised = true;
    init();
  }
  const d = new PyDict();
  const m = new PyModule('_queue', d);
  d.setStr('__doc__', 'C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.');
  d.setStr('SimpleQueue', simpleQueueType);
  d.setStr('Empty', emptyError!);
  return m;
}
