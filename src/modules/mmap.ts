// The mmap module (Modules/mmapmodule.c) without mmap(2), which Node lacks: a map is a buffer holding the
// mapped part of the file, read when it is made. What the program changes through the map's own methods
// (write, slice assignment, move, ...) is written to the file at once for a shared writable map, as the
// page cache would show it to other readers; writes through a memoryview reach the file at flush(), close()
// or resize(). ACCESS_COPY and MAP_PRIVATE maps keep their changes; anonymous maps (fileno -1) are memory.
// Not shared: a change another process makes to the file after the map was made is not seen.
import { audit } from '../vm/audit.js';
import { fstatSync, readSync, writeSync, ftruncateSync, fsyncSync, openSync, closeSync as closeFd } from 'node:fs';
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyBytesObj, PySlice, None, typeType, objectType, TF_BASETYPE,
  defineMethods, defineGetters, typeOf, PyNativeIter,
} from '../objects/object.js';
import { raise, typeError, valueError, OverflowError, IndexError, OSError, BufferError } from '../objects/exceptions.js';
import { index, truthy } from '../objects/abstract.js';
import { parseArgs } from '../objects/str.js';
import { sliceIndices } from '../objects/slice.js';
import { bufferExporters, asBytes } from '../objects/bytes.js';
import { raiseErrno, errnoOf } from './errno.js';
import { unpackArgs } from './args.js';

const ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
const MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
const PROT_READ = 1, PROT_WRITE = 2;
const PAGESIZE = 4096;

class PyMmap extends PyObject {
  declare data: Uint8Array;
  declare pos: number;
  /** The map's own descriptor (a duplicate, as CPython keeps one), -1 for an anonymous map or once closed. */
  declare fd: number;
  declare offset: number;
  declare access: number;
  /** Changes go to the file (a shared map that may be written). */
  declare shared: boolean;
  declare closed: boolean;
  declare exports: number;
  constructor(cls: PyType) {
    super(cls);
    this.data = new Uint8Array(0);
    this.pos = 0;
    this.fd = -1;
    this.offset = 0;
    this.access = ACCESS_DEFAULT;
    this.shared = false;
    this.closed = false;
    this.exports = 0;
  }
}

export const mmapType = new PyType(typeType, 'mmap', [objectType], TF_BASETYPE);
mmapType.mro = [mmapType, objectType];
mmapType.tdict.set('__module__', 'mmap');

function osError(e: unknown): never {
  raiseErrno(errnoOf((e as NodeJS.ErrnoException).code));
}

function open(m: PyValue): PyMmap {
  const o = m as PyMmap;
  if (o.closed) valueError('mmap closed or invalid');
  return o;
}

function writable(m: PyMmap): void {
  if (m.access === ACCESS_READ) typeError("mmap can't modify a readonly memory map.");
}

/** Write bytes [from, to) of the map to its file (a shared writable map). */
function sync(m: PyMmap, from = 0, to = m.data.length): void {
  if (!m.shared || m.fd < 0 || to <= from) return;
  try {
    writeSync(m.fd, m.data, from, to - from, m.offset + from);
  } catch (e) {
    osError(e);
  }
}

function ssize(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

function mmapNew(cls: PyType, args: PyValue[], kw: string[] | null): PyValue {
  const [filenoV, lengthV, flagsV, protV, accessV, offsetV] = parseArgs('mmap', ['fileno', 'length', 'flags', 'prot', 'access', 'offset'], args, kw, 2);
  const fileno = Number(index(filenoV!));
  let length = ssize(lengthV!);
  const flags = flagsV === undefined ? MAP_SHARED : Number(index(flagsV));
  let prot = protV === undefined ? PROT_WRITE | PROT_READ : Number(index(protV));
  const access = accessV === undefined ? ACCESS_DEFAULT : Number(index(accessV));
  const offset = offsetV === undefined ? 0 : ssize(offsetV);
  if (length < 0) raise(OverflowError, 'memory mapped length must be positive');
  if (offset < 0) raise(OverflowError, 'memory mapped offset must be positive');
  if (access !== ACCESS_DEFAULT && ((flagsV !== undefined && flags !== MAP_SHARED) || (protV !== undefined && prot !== (PROT_WRITE | PROT_READ)))) {
    valueError('mmap can\'t specify both access and flags, prot.');
  }
  audit('mmap.__new__', [fileno, length, access, offset]);
  if (access < ACCESS_DEFAULT || access > ACCESS_COPY) valueError('mmap invalid access parameter.');
  if (access === ACCESS_READ) prot = PROT_READ;
  if (offset % PAGESIZE !== 0) raiseErrno(22);
  const m = new PyMmap(cls);
  m.access = access === ACCESS_DEFAULT && !(prot & PROT_WRITE) ? ACCESS_READ : access;
  m.offset = offset;
  const anonymous = fileno === -1 || (flags & MAP_ANONYMOUS) !== 0;
  if (!anonymous) {
    let size: number;
    try {
      const st = fstatSync(fileno);
      size = st.isFile() ? st.size : -1;
    } catch (e) {
      osError(e);
    }
    if (size >= 0) {
      if (length === 0) {
        if (size === 0) valueError('cannot mmap an empty file');
        if (offset >= size) valueError('mmap offset is greater than file size');
        length = size - offset;
      } else if (offset > size || size - offset < length) {
        valueError('mmap length is greater than file size');
      }
    }
    // A descriptor of its own (CPython dup()s the one given), read and written at explicit offsets.
    try {
      m.fd = openSync(`/proc/self/fd/${fileno}`, m.access === ACCESS_READ || m.access === ACCESS_COPY ? 'r' : 'r+');
    } catch (e) {
      osError(e);
    }
    m.data = new Uint8Array(length);
    try {
      let got = 0;
      while (got < length) {
        const n = readSync(m.fd, m.data, got, length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
    } catch (e) {
      osError(e);
    }
    m.shared = (access === ACCESS_WRITE || (access === ACCESS_DEFAULT && (flags & MAP_PRIVATE) === 0)) && m.access !== ACCESS_READ;
  } else {
    m.data = new Uint8Array(length);
  }
  return m;
}

// After each conversion of an argument (whose __index__ may close the map, gh-103987) the map is checked again.
function item(m: PyMmap, v: PyValue): PyValue {
  if (v instanceof PySlice) {
    const [start, , step, n] = sliceIndices(v, m.data.length);
    open(m);
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = m.data[j]!;
    return new PyBytesObj(out);
  }
  let i = ssize(v);
  open(m);
  if (i < 0) i += m.data.length;
  if (i < 0 || i >= m.data.length) raise(IndexError, 'mmap index out of range');
  return m.data[i]!;
}

function setItem(m: PyMmap, k: PyValue, v: PyValue): void {
  writable(m);
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, m.data.length);
    open(m);
    const b = asBytes(v);
    if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    if (b.length !== n) raise(IndexError, 'mmap slice assignment is wrong size');
    for (let i = 0, j = start; i < n; i++, j += step) m.data[j] = b[i]!;
    if (step === 1) sync(m, start, start + n);
    else sync(m);
    return;
  }
  let i = ssize(k);
  open(m);
  if (i < 0) i += m.data.length;
  if (i < 0 || i >= m.data.length) raise(IndexError, 'mmap index out of range');
  const byte = index(v);
  if (typeof byte !== 'number' || byte < 0 || byte > 255) valueError('mmap item value must be in range(0, 256)');
  m.data[i] = byte;
  sync(m, i, i + 1);
}

/** find/rfind's needle and bounds (start, end as slice indices). */
function search(m: PyMmap, args: PyValue[], name: string, reverse: boolean): number {
  unpackArgs(name, args, null, 1, 3);
  const needle = asBytes(args[0]!);
  if (needle === undefined) typeError(`a bytes-like object is required, not '${typeOf(args[0]!).name}'`);
  const len = m.data.length;
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === None) return dflt;
    let n = ssize(v);
    if (n < 0) n = Math.max(0, n + len);
    return Math.min(n, len);
  };
  const start = bound(args[1], m.pos);
  const end = bound(args[2], len);
  open(m);
  const last = end - needle.length;
  if (reverse) {
    for (let i = last; i >= start; i--) if (matchAt(m.data, needle, i)) return i;
  } else {
    for (let i = start; i <= last; i++) if (matchAt(m.data, needle, i)) return i;
  }
  return -1;
}

function matchAt(data: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let k = 0; k < needle.length; k++) if (data[at + k] !== needle[k]) return false;
  return true;
}

/** iter(m): its bytes, one at a time (mmap's sq_item in a for loop gives 1-byte bytes). */
function mmapIter(m: PyMmap): PyNativeIter {
  let i = 0;
  return new PyNativeIter(() => (m.closed || i >= m.data.length ? undefined : new PyBytesObj(m.data.slice(i, ++i))));
}

function initMmapType(): void {
  const M = open;
  mmapType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => mmapNew(args[0] as PyType, args.slice(1), kw)));
  defineMethods(mmapType, {
    __len__: (self) => M(self).data.length,
    __getitem__: (self, args) => item(M(self), args[0]!),
    __setitem__: (self, args) => {
      setItem(M(self), args[0]!, args[1]!);
      return None;
    },
    __iter__: (self) => mmapIter(M(self)),
    __enter__: (self) => (M(self), self),
    __exit__: (self) => {
      close(self as PyMmap);
      return None;
    },
    __repr__: (self) => {
      const m = self as PyMmap;
      if (m.closed) return '<mmap.mmap closed=True>';
      const acc = ['ACCESS_DEFAULT', 'ACCESS_READ', 'ACCESS_WRITE', 'ACCESS_COPY'][m.access];
      return `<mmap.mmap closed=False, access=${acc}, length=${m.data.length}, pos=${m.pos}, offset=${m.offset}>`;
    },
    close: (self) => {
      close(self as PyMmap);
      return None;
    },
    flush: (self, args) => {
      const m = M(self);
      unpackArgs('flush', args, null, 0, 2);
      const off = args.length > 0 ? ssize(args[0]!) : 0;
      const size = args.length > 1 ? ssize(args[1]!) : m.data.length - off;
      if (size < 0 || off < 0 || m.data.length - off < size) valueError('flush values out of range');
      if (off % PAGESIZE !== 0) raiseErrno(22); // msync(2) takes page-aligned addresses
      if (m.access === ACCESS_READ || m.access === ACCESS_COPY) return None;
      sync(m, off, off + size);
      if (m.shared && m.fd >= 0) {
        try {
          fsyncSync(m.fd);
        } catch (e) {
          osError(e);
        }
      }
      return None;
    },
    madvise: (self, args) => {
      const m = M(self);
      unpackArgs('madvise', args, null, 1, 3);
      const start = args.length > 1 ? ssize(args[1]!) : 0;
      if (start < 0 || start >= m.data.length) valueError('madvise start out of bounds');
      const length = args.length > 2 ? BigInt(index(args[2]!)) : BigInt(m.data.length);
      if (length < 0n) valueError('madvise length invalid');
      if (9223372036854775807n - BigInt(start) < length) raise(OverflowError, 'madvise length too large');
      Number(index(args[0]!)); // the advice is advice: nothing to do
      return None;
    },
    move: (self, args) => {
      const m = M(self);
      unpackArgs('move', args, null, 3, 3);
      writable(m);
      const [dest, src, cnt] = args.map(ssize);
      open(m);
      const len = m.data.length;
      if (dest! < 0 || src! < 0 || cnt! < 0 || len - dest! < cnt! || len - src! < cnt!) valueError('source, destination, or count out of range');
      m.data.copyWithin(dest!, src!, src! + cnt!);
      sync(m, dest!, dest! + cnt!);
      return None;
    },
    read: (self, args) => {
      const m = M(self);
      unpackArgs('read', args, null, 0, 1);
      let n = args.length === 0 || args[0] === None ? -1 : ssize(args[0]!);
      open(m);
      const left = Math.max(0, m.data.length - m.pos);
      if (n < 0 || n > left) n = left;
      const out = m.data.slice(m.pos, m.pos + n);
      m.pos += n;
      return new PyBytesObj(out);
    },
    read_byte: (self) => {
      const m = M(self);
      if (m.pos >= m.data.length) valueError('read byte out of range');
      return m.data[m.pos++]!;
    },
    readline: (self) => {
      const m = M(self);
      const nl = m.data.indexOf(10, m.pos);
      const end = nl < 0 ? m.data.length : nl + 1;
      const out = m.data.slice(m.pos, end);
      m.pos = end;
      return new PyBytesObj(out);
    },
    resize: (self, args) => {
      const m = M(self);
      unpackArgs('resize', args, null, 1, 1);
      const n = ssize(args[0]!);
      if (m.access !== ACCESS_DEFAULT && m.access !== ACCESS_WRITE) typeError("mmap can't resize a readonly or copy-on-write memory map.");
      if (m.exports > 0) raise(BufferError, 'mmap can\'t resize with extant buffers exported.');
      if (n < 0 || n > Number.MAX_SAFE_INTEGER - m.offset) valueError('new size out of range');
      const data = new Uint8Array(n);
      data.set(m.data.subarray(0, Math.min(n, m.data.length)));
      if (m.fd >= 0) {
        try {
          ftruncateSync(m.fd, m.offset + n);
          if (n > m.data.length) readSync(m.fd, data, m.data.length, n - m.data.length, m.offset + m.data.length);
        } catch (e) {
          osError(e);
        }
      }
      sync(m, 0, Math.min(n, m.data.length));
      m.data = data;
      if (m.pos > n) m.pos = n;
      return None;
    },
    rfind: (self, args) => search(M(self), args, 'rfind', true),
    find: (self, args) => search(M(self), args, 'find', false),
    seek: (self, args) => {
      const m = M(self);
      unpackArgs('seek', args, null, 1, 2);
      const dist = ssize(args[0]!);
      const how = args.length > 1 ? Number(index(args[1]!)) : 0;
      const base = how === 0 ? 0 : how === 1 ? m.pos : how === 2 ? m.data.length : valueError('unknown seek type');
      const to = base + dist;
      if (to < 0 || to > m.data.length) valueError('seek out of range');
      m.pos = to;
      return None;
    },
    size: (self) => {
      const m = M(self);
      if (m.fd < 0) raiseErrno(9); // fstat(-1), as CPython's anonymous map answers
      try {
        return fstatSync(m.fd).size;
      } catch (e) {
        osError(e);
      }
    },
    tell: (self) => M(self).pos,
    write: (self, args) => {
      const m = M(self);
      unpackArgs('write', args, null, 1, 1);
      writable(m);
      const b = asBytes(args[0]!);
      if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(args[0]!).name}'`);
      if (m.pos > m.data.length || m.data.length - m.pos < b.length) valueError('data out of range');
      m.data.set(b, m.pos);
      sync(m, m.pos, m.pos + b.length);
      m.pos += b.length;
      return b.length;
    },
    write_byte: (self, args) => {
      const m = M(self);
      unpackArgs('write_byte', args, null, 1, 1);
      writable(m);
      const v = index(args[0]!);
      open(m);
      if (typeof v !== 'number' || v < 0 || v > 255) raise(OverflowError, v < 0 ? 'unsigned byte integer is less than minimum' : 'unsigned byte integer is greater than maximum');
      if (m.pos >= m.data.length) valueError('write byte out of range');
      m.data[m.pos] = v;
      sync(m, m.pos, m.pos + 1);
      m.pos++;
      return None;
    },
  });
  defineGetters(mmapType, { closed: (self) => (self as PyMmap).closed });
  mmapType.tdict.set('__hash__', None);
  mmapType.modified();
  bufferExporters.push((v) => {
    if (!(v instanceof PyMmap)) return undefined;
    const m = open(v);
    return {
      data: m.data, readonly: m.access === ACCESS_READ, format: 'B', itemsize: 1,
      acquire: () => { m.exports++; },
      release: () => { m.exports--; },
    };
  });
}

function close(m: PyMmap): void {
  if (m.closed) return;
  if (m.exports > 0) raise(BufferError, 'cannot close exported pointers exist');
  sync(m); // what memoryviews wrote
  if (m.fd >= 0) {
    try {
      closeFd(m.fd);
    } catch {
      /* as munmap: nothing to report */
    }
  }
  m.fd = -1;
  m.closed = true;
  m.data = new Uint8Array(0);
}

export function makeMmapModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('mmap', d);
  initMmapType();
  d.setStr('mmap', mmapType);
  d.setStr('error', OSError);
  const consts: [string, number][] = [
    ['ACCESS_DEFAULT', ACCESS_DEFAULT], ['ACCESS_READ', ACCESS_READ], ['ACCESS_WRITE', ACCESS_WRITE], ['ACCESS_COPY', ACCESS_COPY],
    ['MAP_SHARED', MAP_SHARED], ['MAP_PRIVATE', MAP_PRIVATE], ['MAP_ANONYMOUS', MAP_ANONYMOUS], ['MAP_ANON', MAP_ANONYMOUS],
    ['MAP_DENYWRITE', 0x800], ['MAP_EXECUTABLE', 0x1000], ['MAP_POPULATE', 0x8000], ['MAP_STACK', 0x20000],
    ['PROT_READ', PROT_READ], ['PROT_WRITE', PROT_WRITE], ['PROT_EXEC', 4], ['PAGESIZE', PAGESIZE], ['ALLOCATIONGRANULARITY', PAGESIZE],
    ['MADV_NORMAL', 0], ['MADV_RANDOM', 1], ['MADV_SEQUENTIAL', 2], ['MADV_WILLNEED', 3], ['MADV_DONTNEED', 4],
    ['MADV_FREE', 8], ['MADV_REMOVE', 9], ['MADV_DONTFORK', 10], ['MADV_DOFORK', 11], ['MADV_MERGEABLE', 12],
    ['MADV_UNMERGEABLE', 13], ['MADV_HUGEPAGE', 14], ['MADV_NOHUGEPAGE', 15], ['MADV_DONTDUMP', 16], ['MADV_DODUMP', 17],
    ['MADV_HWPOISON', 100],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  void truthy;
  return m;
}
