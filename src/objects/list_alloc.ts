// How many item slots CPython would have allocated for a list (PyListObject.allocated), for list.__sizeof__ and
// so sys.getsizeof: the over-allocation that programs printing getsizeof in an append loop show (56, 88, 88,
// 88, 88, 120...). A JS array has no such figure, so it is modelled: a list keeps the allocation it had at
// one length (`alloc` at `allocLen`), and the change from there to its current length is replayed as single
// appends or pops, which is what most changes are. Changes CPython makes in one resize (extend, slice
// assignment and deletion, `*=`, clear) and every shrink (pop, remove, del) settle the figure at once, so
// that a replay never has to guess the path between two lengths. Lists made whole (a display, a slice, a
// copy, `+`, `*`) start exact, as PyList_New and list_new_prealloc do.
//
// `alloc` 0 stands for a list without an item array (new, or cleared), which list_extend preallocates
// exactly; a list resized to no items keeps an empty array, ZERO_SLOTS, and is then resized like any other.
import { PyList, type PyValue } from './object.js';

const ZERO_SLOTS = -1;

/** list_resize's choice: the allocation for `newsize` items, resizing from `size` items in `alloc` slots. */
function resized(alloc: number, size: number, newsize: number): number {
  if (alloc >= newsize && newsize >= Math.floor(alloc / 2)) return alloc;
  if (newsize === 0) return ZERO_SLOTS;
  let grown = newsize + Math.floor(newsize / 8) + 6;
  grown -= grown % 4;
  // Not over-allocated when the new size is closer to that than to the old size.
  if (newsize - size > grown - newsize) grown = newsize + 3 - ((newsize + 3) % 4);
  return grown;
}

/** list_preallocate_exact: `n` rounded up to even. */
function exact(n: number): number {
  return n + (n % 2);
}

/** The allocation once the list's length went from `l.allocLen` to `to` by single appends or pops; kept. */
function replay(l: PyList, to: number): number {
  let a = l.alloc;
  let n = l.allocLen;
  while (n < to) {
    const k = n + 1;
    // Every size from k up to the allocation fits without a resize.
    if (a >= k && k >= Math.floor(a / 2)) n = Math.min(a, to);
    else {
      a = resized(a, n, k);
      n = k;
    }
  }
  while (n > to) {
    // The next size below half the allocation is the next resize.
    const k = Math.min(n - 1, Math.floor(a / 2) - 1);
    if (k < to) break;
    a = resized(a, k + 1, k);
    n = k;
  }
  l.alloc = a;
  l.allocLen = to;
  return a;
}

/** list.allocated now. */
export function listAllocated(l: PyList): number {
  return Math.max(0, replay(l, l.items.length));
}

/** list_resize(l, newsize) from the list's current length: called just before the items change to that length. */
export function listResize(l: PyList, newsize: number): void {
  const n = l.items.length;
  const a = replay(l, n);
  l.alloc = resized(a, n, newsize);
  l.allocLen = newsize;
}

/** list_ass_slice removing items (remove, del l[i], pop(i) before the end): a list left empty is cleared. */
export function listShrink(l: PyList, newsize: number): void {
  if (newsize === 0) listCleared(l);
  else listResize(l, newsize);
}

/** An extended-slice deletion: the size is set first, then list_resize to that same size. */
export function listResizeInPlace(l: PyList, newsize: number): void {
  const a = replay(l, l.items.length);
  l.alloc = resized(a, newsize, newsize);
  l.allocLen = newsize;
}

/** _list_clear: the items freed (call once the list is empty; a later extend preallocates exactly). */
export function listCleared(l: PyList): void {
  l.alloc = 0;
  l.allocLen = 0;
}

/**
 * list_extend, called after it appended the items to the list that had `before` items: `hint` is -1 for a
 * list or tuple (sized exactly), else the iterable's length hint (8 when it has none), by which CPython
 * sized the list before appending, cutting it back after.
 */
export function noteExtend(l: PyList, before: number, hint: number): void {
  const end = l.items.length;
  let a = replay(l, before);
  if (hint < 0) {
    if (end === before) return;
    // An empty list that never held items (no item array yet) is allocated exactly.
    a = a === 0 ? exact(end - before) : resized(a, before, end);
  } else {
    if (a === 0) a = hint > 0 ? exact(hint) : 0;
    else a = resized(a, before, before + hint);
    let n = before;
    while (n < end) {
      if (n < a) n = Math.min(a, end);
      else {
        a = resized(a, n, n + 1);
        n++;
      }
    }
    if (end < a) a = resized(a, end, end);
  }
  l.alloc = a;
  l.allocLen = end;
}

/**
 * The list str.split and bytes.split (and rsplit) return: made with room for maxsplit + 1 items, at most 12
 * (stringlib's PREALLOC_SIZE), then appended to past that, and never cut back.
 */
export function splitList(parts: PyValue[], maxsplit: number): PyList {
  const l = new PyList(parts);
  const prealloc = maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
  l.alloc = prealloc;
  l.allocLen = Math.min(prealloc, parts.length);
  return l;
}
