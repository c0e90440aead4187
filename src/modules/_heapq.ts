// The _heapq module (Modules/_heapqmodule.c): the sift loops on a list's items, with CPython's
// swap order and its "list changed size during iteration" check; _max variants for heapq.merge etc.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyFloat, None, typeOf } from '../objects/object.js';
import { typeError, indexError, raise, RuntimeError } from '../objects/exceptions.js';
import { lt } from '../objects/abstract.js';
import { unpackArgs } from './args.js';
import { listShrink } from '../objects/list_alloc.js';

/** a < b, with the common number cases inline. */
export function less(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value < b.value;
  return lt(a, b);
}

function changed(): never {
  raise(RuntimeError, 'list changed size during iteration');
}

function siftdown(heap: PyList, start: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const arr = heap.items;
    const cmp = max ? less(arr[parentpos], arr[pos]) : less(arr[pos], arr[parentpos]);
    if (size !== heap.items.length) changed();
    if (!cmp) break;
    const a = heap.items;
    const parent = a[parentpos];
    a[parentpos] = a[pos];
    a[pos] = parent;
    pos = parentpos;
  }
}

function siftup(heap: PyList, pos: number, max: boolean): void {
  const end = heap.items.length;
  const start = pos;
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end) {
      const a = heap.items;
      const cmp = max ? less(a[child + 1], a[child]) : less(a[child], a[child + 1]);
      if (end !== heap.items.length) changed();
      if (!cmp) child++;
    }
    const a = heap.items;
    if (end !== a.length) changed();
    const t = a[child];
    a[child] = a[pos];
    a[pos] = t;
    pos = child;
  }
  siftdown(heap, start, pos, max);
}

function listArg(v: PyValue, fname: string, nth: boolean): PyList {
  if (!(v instanceof PyList)) typeError(`${fname}() argument${nth ? ' 1' : ''} must be list, not ${typeOf(v).name}`);
  return v;
}

function oneArg(fname: string, args: PyValue[]): void {
  if (args.length !== 1) typeError(`_heapq.${fname}() takes exactly one argument (${args.length} given)`);
}

function heappop(heap: PyList, max: boolean): PyValue {
  const a = heap.items;
  if (a.length === 0) indexError('index out of range');
  listShrink(heap, a.length - 1);
  const last = a.pop()!;
  if (a.length === 0) return last;
  const r = a[0];
  a[0] = last;
  siftup(heap, 0, max);
  return r;
}

function heapreplace(heap: PyList, item: PyValue, max: boolean): PyValue {
  const a = heap.items;
  if (a.length === 0) indexError('index out of range');
  const r = a[0];
  a[0] = item;
  siftup(heap, 0, max);
  return r;
}

function heapify(heap: PyList, max: boolean): PyValue {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
  return None;
}

export function makeHeapqModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_heapq', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => d.setStr(name, new PyBuiltin(name, fn));
  def('heappush', (args, kw) => {
    unpackArgs('heappush', args, kw, 2, 2);
    const heap = listArg(args[0], 'heappush', true);
    heap.items.push(args[1]);
    siftdown(heap, 0, heap.items.length - 1, false);
    return None;
  });
  def('heappop', (args) => {
    oneArg('heappop', args);
    return heappop(listArg(args[0], 'heappop', false), false);
  });
  def('heapreplace', (args, kw) => {
    unpackArgs('heapreplace', args, kw, 2, 2);
    return heapreplace(listArg(args[0], 'heapreplace', true), args[1], false);
  });
  def('heappushpop', (args, kw) => {
    unpackArgs('heappushpop', args, kw, 2, 2);
    const heap = listArg(args[0], 'heappushpop', true);
    const item = args[1];
    const a = heap.items;
    if (a.length === 0) return item;
    const top = a[0];
    const cmp = less(top, item);
    if (!cmp) return item;
    if (heap.items.length === 0) indexError('index out of range');
    const r = heap.items[0];
    heap.items[0] = item;
    siftup(heap, 0, false);
    return r;
  });
  def('heapify', (args) => {
    oneArg('heapify', args);
    return heapify(listArg(args[0], 'heapify', false), false);
  });
  def('_heappop_max', (args) => {
    oneArg('_heappop_max', args);
    return heappop(listArg(args[0], '_heappop_max', false), true);
  });
  def('_heapreplace_max', (args, kw) => {
    unpackArgs('_heapreplace_max', args, kw, 2, 2);
    return heapreplace(listArg(args[0], '_heapreplace_max', true), args[1], true);
  });
  def('_heapify_max', (args) => {
    oneArg('_heapify_max', args);
    return heapify(listArg(args[0], '_heapify_max', false), true);
  });
  return m;
}
