// The _bisect module (Modules/_bisectmodule.c): bisect_left/right and insort_left/right with lo,
// hi and key, reading items of a list directly and of other sequences through __getitem__.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, None, listType, normBig, typeOf } from '../objects/object.js';
import { valueError, typeError } from '../objects/exceptions.js';
import { call, getItem, lenOfSsize, callSpecial, getAttr } from '../objects/abstract.js';
import { clinicArgs, ssizeExact } from './args.js';
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
    const mid = Math.floor((lo + hi) / 2);
    let v = item(a, mid);
    if (key !== None) v = call(key, [v]);
    if (right ? less(x, v) : !less(v, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** search() for bounds past 2**53 (a range of sys.maxsize items): Py_ssize_t arithmetic in bigints. */
function searchBig(a: PyValue, x: PyValue, lo: bigint, hi: bigint, key: PyValue, right: boolean): PyValue {
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    let v = getItem(a, normBig(mid));
    if (key !== None) v = call(key, [v]);
    if (right ? less(x, v) : !less(v, x)) hi = mid;
    else lo = mid + 1n;
  }
  return normBig(lo);
}

function parse(fname: string, args: PyValue[], kw: string[] | null): [PyValue, PyValue, number | bigint, number | bigint, PyValue] {
  const [a, x, loV, hiV, key] = clinicArgs(fname, ['a', 'x', 'lo', 'hi', 'key'], args, kw, 2, 4);
  const lo = loV === undefined ? 0 : ssizeExact(loV);
  if (lo < 0) valueError('lo must be non-negative');
  // hi: _Py_convert_optional_to_ssize_t.
  const t = typeof hiV;
  if (hiV !== undefined && hiV !== None && t !== 'number' && t !== 'bigint' && t !== 'boolean' && typeOf(hiV).lookup('__index__') === undefined) {
    typeError(`argument should be integer or None, not '${typeOf(hiV).tpName}'`);
  }
  const hi = hiV === undefined || hiV === None ? lenOfSsize(a!) : ssizeExact(hiV);
  return [a!, x!, lo, hi, key === undefined ? None : key];
}

/** The insertion point, in numbers while the bounds are safe integers. */
function find(a: PyValue, x: PyValue, lo: number | bigint, hi: number | bigint, key: PyValue, right: boolean): PyValue {
  if (typeof lo === 'number' && typeof hi === 'number') return search(a, x, lo, hi, key, right);
  return searchBig(a, x, BigInt(lo), BigInt(hi), key, right);
}

export function makeBisectModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_bisect', d);
  for (const right of [false, true]) {
    const side = right ? 'right' : 'left';
    const bname = `bisect_${side}`;
    d.setStr(bname, new PyBuiltin(bname, (args, kw) => {
      const [a, x, lo, hi, key] = parse(bname, args, kw);
      return find(a, x, lo, hi, key, right);
    }));
    const iname = `insort_${side}`;
    d.setStr(iname, new PyBuiltin(iname, (args, kw) => {
      const [a, x, lo, hi, key] = parse(iname, args, kw);
      const i = find(a, key === None ? x : call(key, [x]), lo, hi, key, right);
      if (a instanceof PyList && a.cls === listType) a.items.splice(i as number, 0, x);
      else if (callSpecial(a, 'insert', [i, x]) === undefined) call(getAttr(a, 'insert'), [i, x]);
      return None;
    }));
  }
  return m;
}
