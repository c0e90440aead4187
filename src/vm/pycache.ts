// The bytecode cache of imported source modules: __pycache__/NAME.typhon-311[.opt-N].pyc (or under
// sys.pycache_prefix), as SourceLoader.get_code uses it in CPython 3.11: validated by the source's mtime and
// size, or by its SipHash for hash-based pycs (PEP 552), recompiled when stale, written atomically (a unique
// temporary file, then rename), and skipped silently where it cannot be written.
// Beyond CPython: a cache that cannot be fully loaded (a bad header, a truncated or garbled body, a body that
// is not a code object) counts as absent: the source is compiled and the cache rewritten. CPython 3.11 fails
// the import with EOFError/ValueError for a bad body.
import { isDir, nodePath } from './pathstat.js';
import { statSync, readFileSync, openSync, writeSync, closeSync, renameSync, unlinkSync, mkdirSync, constants as C } from 'node:fs';
import { CodeObject } from '../bytecode/code.js';
import {
  cacheFromSource, loadCachedPyc, readPycHeader, sourceHash, writePyc, PycProblem, type PycStamp,
} from '../bytecode/pyc.js';
import { MarshalError } from '../bytecode/marshal.js';
import { strRepr } from '../parser/constants.js';
import { importConfig, importHooks, importStats, verbose } from './import.js';
import { RtCode } from './code.js';

/** CPython's -v line for a pyc it rejects (only some reasons are reported, as in _bootstrap_external). */
export function cacheProblemVerbose(p: PycProblem): void {
  const m = p.message;
  if (m.startsWith('bad magic number') || m.startsWith('reached EOF while reading pyc header')) verbose(m);
  else if (m.startsWith('bytecode is stale') && p.pyType === 'ImportError') verbose(m);
}

let tempCounter = 0;

/** Write `data` to `path` atomically: a new unique file beside it, then a rename over the target. */
function writeAtomic(path: string, data: Uint8Array, mode: number): void {
  const tmp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  const fd = openSync(nodePath(tmp), C.O_WRONLY | C.O_CREAT | C.O_EXCL, mode & 0o666);
  try {
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
  } catch (e) {
    closeSync(fd);
    try { unlinkSync(nodePath(tmp)); } catch { /* already gone */ }
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(nodePath(tmp), nodePath(path));
  } catch (e) {
    try { unlinkSync(nodePath(tmp)); } catch { /* already gone */ }
    throw e;
  }
}

function osErrorRepr(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const names: Record<string, [string, number, string]> = {
    EACCES: ['PermissionError', 13, 'Permission denied'],
    EPERM: ['PermissionError', 1, 'Operation not permitted'],
    EROFS: ['OSError', 30, 'Read-only file system'],
    ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
    ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
    ENOSPC: ['OSError', 28, 'No space left on device'],
    EEXIST: ['FileExistsError', 17, 'File exists'],
  };
  const n = names[err.code ?? ''] ?? ['OSError', Math.abs(err.errno ?? 0), err.message];
  return `${n[0]}(${n[1]}, ${strRepr(n[2])})`;
}

/** SourceLoader.set_data: create missing directories, then write; failures only show under -v. */
function storeCache(cachePath: string, data: Uint8Array, sourceMode: number): void {
  let parent = cachePath.slice(0, cachePath.lastIndexOf('/'));
  const missing: string[] = [];
  while (parent !== '' && !isDir(parent)) {
    missing.push(parent);
    parent = parent.slice(0, parent.lastIndexOf('/'));
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      mkdirSync(nodePath(missing[i]));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue; // another process made it
      verbose(`could not create ${strRepr(missing[i])}: ${osErrorRepr(e)}`);
      return;
    }
  }
  try {
    // _calc_mode: the source's permissions, always writable by the owner.
    writeAtomic(cachePath, data, sourceMode | 0o200);
    importStats.cacheWrites++;
    verbose(`created ${strRepr(cachePath)}`);
  } catch (e) {
    verbose(`could not create ${strRepr(cachePath)}: ${osErrorRepr(e)}`);
  }
}

/** Rename a cached code object's co_filename (and its nested code's) when the source moved (_fix_co_filename). */
function fixFilename(code: CodeObject, filename: string): void {
  if (code.filename === filename) return;
  const old = code.filename;
  const walk = (c: CodeObject): void => {
    if (c.filename !== old) return;
    c.filename = filename;
    for (const k of c.consts) if (k instanceof CodeObject) walk(k);
  };
  walk(code);
}

function writeEnabled(): boolean {
  const v = importHooks.sysAttr('dont_write_bytecode');
  return !(v === true || (typeof v === 'number' && v !== 0));
}

function cachePathFor(file: string, optimize: number): string {
  const prefix = importHooks.sysAttr('pycache_prefix');
  return cacheFromSource(file, {
    optimization: optimize === 0 ? '' : optimize,
    prefix: typeof prefix === 'string' ? prefix : null,
  });
}

/**
 * SourceLoader.get_code: the code of a source module, from its cache when the cache is valid,
 * otherwise compiled (and the cache written). Raises the source's SyntaxError or OSError.
 */
export function loadSourceCode(name: string, file: string, optimize: number): { code: RtCode; cachePath: string | null } {
  let cachePath: string | null;
  try {
    cachePath = cachePathFor(file, optimize);
  } catch {
    cachePath = null;
  }
  const st = statSync(nodePath(file));
  const mtime = Math.floor(st.mtimeMs / 1000);
  let source: Uint8Array | null = null;
  let hashBased = false;
  let checkSource = false;
  let hash: Uint8Array | null = null;
  if (cachePath !== null) {
    let data: Uint8Array | null = null;
    try {
      data = readFileSync(nodePath(cachePath));
    } catch {
      data = null;
    }
    if (data !== null) {
      const header = readPycHeader(data, name);
      if (!(header instanceof PycProblem) && header.kind === 'hash') {
        hashBased = true;
        checkSource = header.checked;
      }
      let r: CodeObject | PycProblem;
      try {
        r = loadCachedPyc(data, {
          name, sourceMtime: mtime, sourceSize: st.size, checkHashBasedPycs: importConfig.checkHashBasedPycs,
          bytecodePath: cachePath,
          source: () => {
            source ??= readFileSync(nodePath(file));
            hash = sourceHash(source);
            return source;
          },
        });
      } catch (e) {
        // Whatever goes wrong while decoding the cache only means it cannot be used.
        if (e instanceof MarshalError || e instanceof RangeError || e instanceof TypeError) {
          r = new PycProblem('ValueError', String((e as Error).message));
        } else throw e;
      }
      let rt: RtCode | null = null;
      if (r instanceof CodeObject) {
        try {
          fixFilename(r, file);
          rt = new RtCode(r);
        } catch {
          // Fields of the wrong types inside the code object: the cache cannot be used.
          r = new PycProblem('ValueError', 'bad code object in cache');
        }
      }
      if (rt !== null) {
        verbose(`${cachePath} matches ${file}`);
        verbose(`code object from ${strRepr(cachePath)}`);
        importStats.fromCache++;
        return { code: rt, cachePath };
      }
      r = r as PycProblem;
      cacheProblemVerbose(r);
      if (!(r.message.startsWith('bad magic') || r.message.startsWith('reached EOF while reading pyc header') ||
        r.message.startsWith('bytecode is stale') || r.message.startsWith('invalid flags') ||
        r.message.startsWith("hash in bytecode doesn't match"))) {
        // Typhon's extension: a header that validates but a body that does not load.
        verbose(`unusable cache ${cachePath}: ${r.pyType}: ${r.message}`);
      }
    }
  }
  source ??= readFileSync(nodePath(file));
  const code = importHooks.compileBytes(source, file, optimize);
  importStats.compiled++;
  verbose(`code object from ${file}`);
  if (cachePath !== null && writeEnabled()) {
    let stamp: PycStamp;
    if (hashBased) stamp = { hash: hash ?? sourceHash(source), checked: checkSource };
    else stamp = { mtime, size: source.length };
    let data: Uint8Array | null = null;
    try {
      data = writePyc(code, stamp);
    } catch {
      data = null; // a code object marshal cannot write is simply not cached
    }
    if (data !== null) storeCache(cachePath, data, st.mode & 0o777);
  }
  return { code: new RtCode(code), cachePath };
}
