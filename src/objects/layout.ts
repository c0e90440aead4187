// The instance layout CPython's type objects record (tp_basicsize, tp_itemsize, tp_dictoffset,
// tp_weaklistoffset, the GC header and the managed dict): builtin types have CPython 3.11's own figures
// (type_layouts.ts), classes the ones type_new computes from their base and __slots__. Typhon's objects are
// not laid out in memory; these are what Python code reads (__basicsize__..., __sizeof__, sys.getsizeof) and
// what decides which classes may have __slots__ or weak references.
import { PyValue, PyType, PyTuple, PyBytesObj, TF_HEAPTYPE, typeOf } from './object.js';
import { TYPE_LAYOUTS } from './type_layouts.js';

export interface Layout {
  readonly basic: number;
  readonly item: number;
  readonly dict: number;
  readonly weak: number;
  /** Py_TPFLAGS_HAVE_GC: a PyGC_Head (16 bytes) precedes each instance. */
  readonly gc: boolean;
  /** Py_TPFLAGS_MANAGED_DICT: the dict pointer and values pointer (16 bytes) precede it too. */
  readonly managed: boolean;
}

const OBJECT: Layout = { basic: 16, item: 0, dict: 0, weak: 0, gc: false, managed: false };
const PTR = 8;
const layouts = new WeakMap<PyType, Layout>();

export function typeLayout(t: PyType): Layout {
  let l = layouts.get(t);
  if (l === undefined) {
    l = t.flags & TF_HEAPTYPE ? classLayout(t) : builtinLayout(t);
    layouts.set(t, l);
  }
  return l;
}

function builtinLayout(t: PyType): Layout {
  const row = TYPE_LAYOUTS.get(t.name);
  if (row !== undefined) return { basic: row[0], item: row[1], dict: row[2], weak: row[3], gc: row[4] === 1, managed: false };
  // a builtin type of Typhon's own (a Python class in CPython): its base's layout
  return t.base === null ? OBJECT : typeLayout(t.base);
}

/** type_new_descriptors: the base's layout, then the slots, a weak-reference list and a dict the class adds. */
function classLayout(t: PyType): Layout {
  const base = typeLayout(t.base!);
  const slots = t.slotNames;
  let offset = base.basic;
  if (slots !== null) for (const n of slots) if (n !== '__dict__' && n !== '__weakref__') offset += PTR;
  let { dict, weak, managed } = base;
  if (slots === null ? base.weak === 0 && base.item === 0 : slots.includes('__weakref__')) {
    weak = offset;
    offset += PTR;
  }
  if (slots === null ? base.dict === 0 : slots.includes('__dict__')) {
    if (base.item !== 0) {
      // after the variable part: found from the end
      dict = -PTR;
      offset += PTR;
    } else {
      managed = true;
      dict = -offset - 3 * PTR;
    }
  }
  // every class is tracked by the collector (type_new_alloc)
  return { basic: offset, item: base.item, dict, weak, gc: true, managed };
}

/** _PyType_PreHeaderSize: the bytes before an instance (sys.getsizeof adds them to __sizeof__()). */
export function preHeaderSize(t: PyType): number {
  const l = typeLayout(t);
  return (l.gc ? 16 : 0) + (l.managed ? 16 : 0);
}

/**
 * object.__sizeof__: the type's basic size and its items (a tuple's, a bytes'); CPython 3.11's figures on a 64-bit
 * build, without the pre-header. The builtin types with more to count have their own __sizeof__ (list, dict...).
 */
export function objectSizeof(o: PyValue): number {
  const l = typeLayout(typeOf(o));
  return l.basic + (l.item === 0 ? 0 : l.item * itemCount(o));
}

/** Py_SIZE of the variable-sized layouts object.__sizeof__ counts: a tuple's items, a bytes' bytes. */
function itemCount(o: PyValue): number {
  if (o instanceof PyTuple) return o.items.length;
  if (o instanceof PyBytesObj) return o.bytes.length;
  return 0;
}
