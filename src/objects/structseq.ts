// Struct sequences (Objects/structseq.c): tuple subclasses with named fields, such as
// time.struct_time and sys.version_info. The first nSeq fields form the tuple; later fields
// (tm_zone, tm_gmtoff) are attributes only.
import {
  PyValue, PyTuple, PyType, PyDict, PyBuiltin, typeType, tupleType, None, defineGetters, defineMethods, TF_BASETYPE,
} from './object.js';
import { typeError, attributeError, PyException, TypeError } from './exceptions.js';
import { repr, toArray, getIter } from './abstract.js';

export class PyStructSeq extends PyTuple {
  /** The values of the fields beyond the visible tuple. */
  declare extra: PyValue[];
  constructor(items: PyValue[], extra: PyValue[], cls: PyType) {
    super(items, cls);
    this.extra = extra;
  }
}

interface StructSeqInfo {
  fullName: string;
  /** Every field; null for an unnamed one (PyStructSequence_UnnamedField: in the tuple, no attribute). */
  fields: (string | null)[];
  nSeq: number;
  /** The named fields (CPython's tp_members), which the repr, __reduce__ and the dict argument go by. */
  named: string[];
  /** Called on a new instance made from a sequence (os.stat_result fills its float times from the integer ones). */
  fill?: (s: PyStructSeq) => void;
}
const infos = new WeakMap<PyType, StructSeqInfo>();

/**
 * A struct sequence type named `module.name` with the given fields, of which the first nSeq are
 * the tuple. canCreate: whether Python code may call the type (sys.flags and version_info refuse).
 */
export function makeStructSeqType(fullName: string, fields: (string | null)[], nSeq: number = fields.length, canCreate = true,
  fill?: (s: PyStructSeq) => void): PyType {
  const dot = fullName.lastIndexOf('.');
  const name = fullName.slice(dot + 1);
  const t = new PyType(typeType, name, [tupleType], canCreate ? TF_BASETYPE : 0);
  t.mro = [t, ...tupleType.mro];
  t.tdict.set('__module__', fullName.slice(0, dot));
  const named = fields.filter((f): f is string => f !== null);
  const info: StructSeqInfo = { fullName, fields, nSeq, named, fill };
  infos.set(t, info);
  const getters: { [k: string]: [(self: PyValue) => PyValue, (self: PyValue, v: PyValue | null) => void] } = {};
  const readonly = (): void => attributeError('readonly attribute');
  fields.forEach((f, i) => {
    if (f === null) return;
    getters[f] = i < nSeq
      ? [(self) => (self as PyStructSeq).items[i], readonly]
      : [(self) => (self as PyStructSeq).extra[i - nSeq] ?? None, readonly];
  });
  defineGetters(t, getters);
  const nUnnamed = fields.length - named.length;
  t.tdict.set('n_fields', fields.length);
  t.tdict.set('n_sequence_fields', nSeq);
  t.tdict.set('n_unnamed_fields', nUnnamed);
  t.tdict.set('__match_args__', new PyTuple(fields.slice(0, nSeq).filter((f) => f !== null)));
  t.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    if (!canCreate) typeError(`cannot create '${fullName}' instances`);
    return structSeqNew(cls, args.slice(1), kw);
  }));
  defineMethods(t, {
    __repr__: (self) => {
      const s = self as PyStructSeq;
      const parts: string[] = [];
      // structseq_repr names item i by the i-th named field (os.stat_result's integer times show as st_atime...).
      for (let i = 0; i < nSeq; i++) parts.push(`${named[i]}=${repr(s.items[i])}`);
      return `${fullName}(${parts.join(', ')})`;
    },
    __reduce__: (self) => {
      const s = self as PyStructSeq;
      const d = new PyDict();
      for (let i = nSeq; i < fields.length; i++) d.setStr(named[i - nUnnamed], s.extra[i - nSeq] ?? None);
      return new PyTuple([s.cls, new PyTuple([new PyTuple(s.items.slice()), d])]);
    },
  });
  return t;
}

function structSeqNew(cls: PyType, args: PyValue[], kw: string[] | null): PyValue {
  const info = infoOf(cls);
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let seq: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let dict: PyValue | undefined = npos > 1 ? args[1] : undefined;
  // structseq_new's clinic name is structseq, whatever the type.
  if (args.length > 2) typeError(`structseq() takes at most 2 ${npos === 0 ? 'keyword ' : ''}arguments (${args.length} given)`);
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === 'sequence') seq = args[npos + i];
    else if (kw![i] === 'dict') dict = args[npos + i];
    else typeError(`'${kw![i]}' is an invalid keyword argument for structseq()`);
  }
  if (seq === undefined) typeError(`structseq() missing required argument 'sequence' (pos 1)`);
  // PySequence_Fast: only iter()'s TypeError is "requires a sequence"; errors while iterating propagate.
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls.isSubtype(TypeError)) typeError('constructor requires a sequence');
    throw e;
  }
  const items = toArray(it);
  const n = items.length;
  const max = info.fields.length;
  const min = info.nSeq;
  if (n < min) {
    if (min === max) typeError(`${info.fullName}() takes a ${min}-sequence (${n}-sequence given)`);
    typeError(`${info.fullName}() takes an at least ${min}-sequence (${n}-sequence given)`);
  }
  if (n > max) {
    if (min === max) typeError(`${info.fullName}() takes a ${min}-sequence (${n}-sequence given)`);
    typeError(`${info.fullName}() takes an at most ${max}-sequence (${n}-sequence given)`);
  }
  if (dict !== undefined && !(dict instanceof PyDict)) {
    typeError(`${info.fullName}() takes a dict as second arg, if any`);
  }
  const extra: PyValue[] = [];
  const nUnnamed = info.fields.length - info.named.length;
  for (let i = min; i < max; i++) {
    if (i < n) extra.push(items[i]);
    else {
      const v = dict instanceof PyDict ? dict.getStr(info.named[i - nUnnamed]) : undefined;
      extra.push(v ?? None);
    }
  }
  const s = new PyStructSeq(items.slice(0, min), extra, cls);
  info.fill?.(s);
  return s;
}

function infoOf(t: PyType): StructSeqInfo {
  for (const b of t.mro) {
    const i = infos.get(b);
    if (i !== undefined) return i;
  }
  typeError('not a struct sequence type');
}

/** A new instance: values holds every field, visible ones first. */
export function newStructSeq(t: PyType, values: PyValue[]): PyStructSeq {
  const info = infoOf(t);
  return new PyStructSeq(values.slice(0, info.nSeq), values.slice(info.nSeq), t);
}
