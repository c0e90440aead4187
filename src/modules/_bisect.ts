// The _bisect module (Modules/_bisectmodule.c): bisect_left/right and insort_left/right with lo,
// hi and key, reading items of a list directly and of other sequences through __getitem__.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, None, listType } from '../objects/object.js';
import { valueError } from '../objects/exceptions.js';
import { call, getItem, lenOf, callSpecial, getAttr } from '../objects/abstract.js';
import { clinicArgs, ssizeArg } from './args.js';
import { less } from './_heapq.js';

function item(a: PyValue, i: number): PyValue {
  if (a instanceof PyList) {
    const items = a.items;
    if (i < items.length) return items[i];
  }
  return getItem(a, i);
}

/** The insertion point of x in a[lo:hi] (right: after equal items). */
function search(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue, right: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let v = item(a, mid);
    if (key !== None) v = call(key, [v]);
    if (right ? less(x, v) : !less(v, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function parse(fname: string, args: PyValue[], kw: string[] | null): [PyValue, PyValue, number, number, PyValue] {
  const [a, x, loV, hiV, key] = clinicArgs(fname, ['a', 'x', 'lo', 'hi', 'key'], args, kw, 2, 4);
  const lo = loV === undefined ? 0 : ssizeArg(loV);
  if (lo < 0) valueError('lo must be non-negative');
  const hi = hiV === undefined || hiV === None ? lenOf(a!) : ssizeArg(hiV);
  return [a!, x!, lo, hi, key === undefined ? None : key];
}

export function makeBisectModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_bisect', d);
  for (const right of [false, true]) {
    const side = right ? 'right' : 'left';
    const bname = `bisect_${side}`;
    d.setStr(bname, new PyBuiltin(bname, (args, kw) => {
      const [a, x, lo, hi, key] = parse(bname, args, kw);
      return search(a, x, lo, hi, key, right);
    }));
    const iname = `insort_${side}`;
    d.setStr(iname, new PyBuiltin(iname, (args, kw) => {
      const [a, x, lo, hi, key] = parse(iname, args, kw);
      const i = search(a, key === None ? x : call(key, [x]), lo, hi, key, right);
      if (a instanceof PyList && a.cls === listType) a.items.splice(i, 0, x);
      else if (callSpecial(a, 'insert', [i, x]) === undefined) call(getAttr(a, 'insert'), [i, x]);
      return None;
    }));
  }
  return m;
}
