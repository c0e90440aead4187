// The size of CPython 3.11's keys table for a dict (dk_size, and the kind of its entries), for dict.__sizeof__
// and so sys.getsizeof, whose figures programs print. A JS Map has no such table, so it is modelled: a table
// keeps the size it had when it was last settled (`keySlots`, with `keyEntries` entries used then) and
// counts the keys added since (`added`); the growth those insertions caused is replayed when the size is
// asked. CPython grows a table when its usable entries run out (deleted keys still use theirs) to about three
// times the live keys, and never shrinks it on deletion. A deletion settles the table first, so a replay
// only ever covers insertions. Copies and merges settle it as dict_merge and PyDict_Copy size theirs;
// clear() gives back the shared empty keys.
import { tableHooks, type HTable } from './object.js';

const MIN_SIZE = 8;

/** USABLE_FRACTION: the entries a table of `size` slots holds before it grows. */
function usable(size: number): number {
  return Math.floor((size * 2) / 3);
}

/**
 * calculate_log2_keysize, as a size: its bit trick gives the power of two above `(min | 8) - 1`, so 16 for any
 * minimum below 8, and twice a minimum that is itself a power of two from 16 on.
 */
function sizeFor(min: number): number {
  const m = ((min | MIN_SIZE) - 1) | (MIN_SIZE - 1);
  return 2 ** (32 - Math.clz32(m));
}

/** estimate_log2_keysize: the table a dict made for `n` keys at once gets. */
function presized(n: number): number {
  return sizeFor(Math.floor((n * 3 + 1) / 2));
}

/** dk_nentries of the table replay() last sized. */
let entries = 0;

/** dk_size of the table now (0: the shared empty keys); sets `entries`. */
function replay(t: HTable): number {
  let size = t.keySlots;
  let n = t.keyEntries;
  const added = t.added;
  // The keys live when the table was settled (none were removed since).
  const live = t.size - added;
  for (let i = 0; i < added;) {
    if (size === 0) {
      size = MIN_SIZE;
      n = 0;
    } else if (n >= usable(size)) {
      // insertion_resize: GROWTH_RATE is three times the keys in use.
      const used = live + i;
      size = sizeFor(used * 3);
      n = used;
    }
    const k = Math.min(usable(size) - n, added - i);
    n += k;
    i += k;
  }
  entries = n;
  return size;
}

function settle(t: HTable, size: number, used: number): void {
  t.keySlots = size;
  t.keyEntries = used;
  t.added = 0;
}

tableHooks.settleKeys = (t: HTable): void => {
  const size = replay(t);
  settle(t, size, entries);
};

/** _PyDict_KeysSize: the header, the index (1-8 bytes a slot), and 2/3 as many entries (16 bytes for str keys only). */
function keysSize(t: HTable, size: number): number {
  const index = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000 ? 4 : 8;
  return 32 + size * index + usable(size) * (t.keyGeneral ? 24 : 16);
}

/**
 * The first key other than an exact str, about to be added: a table of str keys only is remade with general
 * entries (insertion_resize, sized for the keys in use); an empty dict gets a general table at its first key.
 */
tableHooks.generalKeys = (t: HTable): void => {
  if (replay(t) !== 0) settle(t, sizeFor(t.size * 3), t.size);
  t.keyGeneral = true;
};

/** What _PyDict_SizeOf adds to the dict's basic size: its keys table, none while it has the shared empty keys. */
export function dictKeysBytes(t: HTable): number {
  const size = replay(t);
  return size === 0 ? 0 : keysSize(t, size);
}

/** dk_size now (OrderedDict sizes its node array by it). */
export function dictSlots(t: HTable): number {
  return replay(t);
}

/**
 * dict_merge of a dict into `target`, called before its keys are added one by one (as insertions): true when
 * the target, empty, takes a clean source's table whole instead (then see clonedFrom); else the target grows
 * at once to hold both when its usable entries would not.
 */
export function beforeMerge(target: HTable, source: HTable): boolean {
  const used = source.size;
  if (used === 0) return false;
  const srcSize = replay(source);
  if (target.size === 0 && entries === used && (srcSize === MIN_SIZE || usable(srcSize / 2) < used)) return true;
  const size = replay(target);
  if (usable(size === 0 ? 1 : size) < used) {
    settle(target, presized(target.size + used), target.size);
    target.keyGeneral ||= source.keyGeneral;
  }
  return false;
}

/** The copy of a clean table that beforeMerge allowed (clone_combined_dict_keys): the source's table. */
export function clonedFrom(target: HTable, source: HTable): void {
  const size = replay(source);
  settle(target, size, entries);
  target.keyGeneral = source.keyGeneral;
}

/** PyDict_Copy: a clone of the table when at most a third of its entries are deleted keys, else a merge. */
export function copiedFrom(target: HTable, source: HTable): void {
  const used = source.size;
  if (used === 0) return settle(target, 0, 0);
  const size = replay(source);
  if (used >= Math.floor((entries * 2) / 3)) settle(target, size, entries);
  else settle(target, presized(used), used);
  target.keyGeneral = source.keyGeneral;
}
