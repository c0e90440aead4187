// sys.meta_path's default finders and sys.path_hooks' default hooks (importlib._bootstrap's BuiltinImporter and
// FrozenImporter, _bootstrap_external's PathFinder, FileFinder's path hook, zipimport.zipimporter) and the
// path entry finders kept in sys.path_importer_cache. The import statement (import.ts) recognises the
// defaults by identity and serves them natively, without a Python call. Until Lib's importlib._bootstrap is
// loaded they are native stand-ins named as CPython's classes; called from Python they load Lib's bootstrap
// and defer to its classes, which then replace them in sys.meta_path (CPython lists those very classes).
// zipimport.zipimporter's stand-in defers to Lib's class once zipimport is imported (see onZipimport).
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { isDir, fileKind, nodePath } from './pathstat.js';
import {
  PyValue, PyDict, PyList, PyModule, PyType, PyInstance, PyBuiltin, PyBytesObj, None, typeType, objectType, TF_BASETYPE,
  defineMethods, defineClassMethods, MethodTable,
} from '../objects/object.js';
import { PyException, newException, ImportError, exceptionTypes, typeError } from '../objects/exceptions.js';
import { getAttr, getAttrOpt, setAttr, binaryOp, call as callT, repr, toArray } from '../objects/abstract.js';
import { warn } from '../modules/_warnings.js';
import { NB_ADD } from '../bytecode/opcode.js';
import { importHooks, loadModule } from './import.js';

type Natives = {
  builtin: PyType; frozen: PyType; path: PyType; fileFinder: PyType; zip: PyType; fileHook: PyBuiltin;
};
let N: Natives | null = null;

/** The defaults as they are now: the stand-ins, or Lib's classes once loaded. */
const current = { builtin: null as PyValue | null, frozen: null as PyValue | null, path: null as PyValue | null, zip: null as PyValue | null };

/** Lib's _bootstrap_external pieces, once it is loaded: the FileFinder class and its loader details. */
let lib: { external: PyModule; fileFinder: PyValue; loaders: PyValue[] } | null = null;
/** Lib FileFinders made by the default hook: searched natively, as the stand-in FileFinder. */
const libFinders = new WeakSet<object>();
/** The Lib FileFinder a stand-in FileFinder defers to when called from Python. */
const libFinderOf = new WeakMap<object, PyValue>();

function mkType(name: string, module: string): PyType {
  const t = new PyType(typeType, name, [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', module);
  return t;
}

function importError(message: string, path: PyValue): never {
  const e = newException(ImportError, [message]);
  e.dict = new PyDict();
  e.dict.setStr('name', None);
  e.dict.setStr('path', path);
  throw new PyException(e);
}

/** Lib's importlib._bootstrap_external when it has been loaded (never loads it). */
export function loadedExternal(): PyModule | null {
  return lib === null ? null : lib.external;
}

export function importWarning(message: string): void {
  warn(message, exceptionTypes.get('ImportWarning')!, 1, None);
}

/** Lib's importlib._bootstrap_external (loading it, and _bootstrap, sets them up: onExternal below). */
function external(): PyModule {
  if (lib === null) loadModule('importlib._bootstrap_external');
  return lib!.external;
}

function bootstrap(): PyValue {
  return loadModule('importlib._bootstrap');
}

function natives(): Natives {
  if (N !== null) return N;
  const builtin = mkType('BuiltinImporter', '_frozen_importlib');
  const frozen = mkType('FrozenImporter', '_frozen_importlib');
  const path = mkType('PathFinder', '_frozen_importlib_external');
  const fileFinder = mkType('FileFinder', '_frozen_importlib_external');
  const zip = mkType('zipimporter', 'zipimport');
  const deferTo = (t: PyType, target: () => PyValue, names: string[]): void => {
    const table: MethodTable = {};
    for (const n of names) table[n] = (_cls, args, kw) => callT(getAttr(target(), n), args, kw);
    defineClassMethods(t, table);
  };
  const loaderMethods = ['find_spec', 'find_module', 'create_module', 'exec_module', 'load_module', 'get_code',
    'get_source', 'is_package'];
  deferTo(builtin, () => getAttr(bootstrap(), 'BuiltinImporter'), loaderMethods);
  deferTo(frozen, () => getAttr(bootstrap(), 'FrozenImporter'), loaderMethods);
  // (CPython's also warns that it is deprecated: from _bootstrap, where the default filters ignore it.)
  defineClassMethods(builtin, { module_repr: (_cls, args) => `<module ${repr(getAttr(args[0], '__name__'))} (built-in)>` });
  deferTo(path, () => getAttr(external(), 'PathFinder'), ['find_spec', 'find_module', 'find_distributions']);
  defineClassMethods(path, {
    invalidate_caches: () => {
      invalidatePathCaches();
      return None;
    },
  });
  defineMethods(fileFinder, {
    find_spec: (self, args, kw) => callT(getAttr(libFinderFor(self), 'find_spec'), args, kw),
    find_module: (self, args, kw) => callT(getAttr(libFinderFor(self), 'find_module'), args, kw),
    find_loader: (self, args, kw) => callT(getAttr(libFinderFor(self), 'find_loader'), args, kw),
    invalidate_caches: () => None,
    __repr__: (self) => `FileFinder(${repr((self as PyInstance).dict!.getStr('path') ?? None)})`,
  });
  // zipimporter(path): the real class, from zipimport (loaded on first use).
  zip.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => callT(zipimporterClass(), args.slice(1), kw)));
  const fileHook = new PyBuiltin('path_hook_for_FileFinder', (args, kw) => {
    if (args.length !== 1 || (kw !== null && kw.length > 0)) {
      typeError(`path_hook_for_FileFinder() takes 1 positional argument but ${args.length} were given`);
    }
    const f = fileFinderFor(args[0]);
    if (f === null) importError('only directories are supported', args[0]);
    return f;
  }, null, 'FileFinder.path_hook.<locals>.path_hook_for_FileFinder');
  N = { builtin, frozen, path, fileFinder, zip, fileHook };
  current.builtin = builtin;
  current.frozen = frozen;
  current.path = path;
  current.zip = zip;
  return N;
}

/** The BuiltinImporter loaders of native modules are (the stand-in, later Lib's class). */
export function builtinImporter(): PyValue {
  natives();
  return current.builtin!;
}

/** sys.meta_path and sys.path_hooks as start-up sets them. */
export function defaultMetaPath(): PyList {
  natives();
  return new PyList([current.builtin!, current.frozen!, current.path!]);
}

export function defaultPathHooks(): PyList {
  const n = natives();
  return new PyList([current.zip!, n.fileHook]);
}

export function isBuiltinImporter(f: PyValue): boolean {
  return f === current.builtin || f === N!.builtin;
}

export function isFrozenImporter(f: PyValue): boolean {
  return f === current.frozen || f === N!.frozen;
}

export function isPathFinder(f: PyValue): boolean {
  return f === current.path || f === N!.path;
}

/** Set while zipimport itself is being imported (it may be searched for along zips on sys.path). */
let loadingZipimport = false;
/** Set when pathHooks passed over a possible zip because zipimport was loading: the result is not cached. */
let zipSkipped = false;

function zipimporterClass(): PyValue {
  if (current.zip !== N!.zip) return current.zip!;
  loadingZipimport = true;
  try {
    return getAttr(loadModule('zipimport'), 'zipimporter');
  } finally {
    loadingZipimport = false;
  }
}

/**
 * Whether zipimporter(path) may accept `path`: as its constructor, the longest existing prefix of the path
 * must be a regular file; and (so that a script or a stray file does not load zipimport) that file must hold
 * a zip's end of central directory record in its last 64 KiB.
 */
export function isZipCandidate(path: string): boolean {
  let p = path;
  for (;;) {
    const file = fileKind(p);
    if (file === undefined) {
      const i = p.lastIndexOf('/');
      const dir = i < 0 ? '' : p.slice(0, i);
      if (dir === p) return false;
      p = dir;
      continue;
    }
    return file && hasEndOfCentralDirectory(p);
  }
}

function hasEndOfCentralDirectory(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(nodePath(file), 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    const n = Math.min(size, 22 + 65535);
    const buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, size - n);
    for (let i = n - 22; i >= 0; i--) {
      if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 5 && buf[i + 3] === 6) return true;
    }
    return false;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** The default hook's finder for `path` (a directory), or null: Lib's FileFinder once loaded, else the stand-in. */
function fileFinderFor(path: PyValue): PyValue | null {
  const p = typeof path === 'string' ? path : path instanceof PyBytesObj ? Buffer.from(path.bytes).toString() : null;
  if (p === null || !isDir(p)) return null;
  if (lib !== null) {
    const f = callT(lib.fileFinder, [path, ...lib.loaders]);
    libFinders.add(f as object);
    return f;
  }
  const f = new PyInstance(N!.fileFinder);
  f.dict = new PyDict();
  // FileFinder.__init__: '' and '.' are the working directory; a relative path is made absolute.
  f.dict.setStr('path', p === '' || p === '.' ? process.cwd() : p.startsWith('/') ? p : `${process.cwd()}/${p}`);
  return f;
}

function libFinderFor(self: PyValue): PyValue {
  let f = libFinderOf.get(self as object);
  if (f === undefined) {
    external();
    f = callT(lib!.fileFinder, [(self as PyInstance).dict!.getStr('path') ?? None, ...lib!.loaders]);
    libFinders.add(f as object);
    libFinderOf.set(self as object, f);
  }
  return f;
}

/** The directory a default path entry finder searches (natively), or null for any other finder. */
export function defaultFinderDir(f: PyValue): string | null {
  if (!(f instanceof PyInstance) || (f.cls !== N!.fileFinder && !libFinders.has(f))) return null;
  const p = f.dict!.getStr('path');
  return typeof p === 'string' ? p : null;
}

function isImportError(e: unknown): boolean {
  return e instanceof PyException && e.exc.cls.isSubtype(ImportError);
}

/** PathFinder._path_hooks: the first hook that accepts `path` makes its finder; None when none does. */
function pathHooks(path: PyValue): PyValue {
  const hooks = importHooks.sysAttr('path_hooks');
  const items = hooks instanceof PyList ? hooks.items : hooks === undefined ? [] : toArray(hooks);
  if (hooks !== None && items.length === 0) importWarning('sys.path_hooks is empty');
  const n = N!;
  for (let i = 0; i < items.length; i++) {
    const hook = items[i];
    if (hook === n.fileHook) {
      const f = fileFinderFor(path);
      if (f !== null) return f;
      continue;
    }
    if (hook === n.zip || hook === current.zip) {
      if (typeof path !== 'string' || !isZipCandidate(path)) continue;
      if (loadingZipimport) {
        zipSkipped = true;
        continue;
      }
    }
    try {
      return callT(hook, [path]);
    } catch (e) {
      if (isImportError(e)) continue;
      throw e;
    }
  }
  return None;
}

/**
 * PathFinder._path_importer_cache: the finder for a path entry, from sys.path_importer_cache or made by the
 * hooks (and kept there, None included). '' is the working directory.
 */
export function entryFinder(entry: PyValue): PyValue {
  natives();
  let key = entry;
  if (entry === '') {
    try {
      key = process.cwd();
    } catch {
      return None;
    }
  }
  const cache = importHooks.sysAttr('path_importer_cache');
  if (cache instanceof PyDict) {
    const hit = typeof key === 'string' ? cache.getStr(key) : cache.get(key);
    if (hit !== undefined) return hit;
    zipSkipped = false;
    const f = pathHooks(key);
    if (zipSkipped) return f;
    if (typeof key === 'string') cache.setStr(key, f);
    else cache.set(key, f);
    return f;
  }
  return pathHooks(key);
}

/** PathFinder.invalidate_caches: entries without a finder or with a relative key go; finders are told. */
export function invalidatePathCaches(): void {
  const cache = importHooks.sysAttr('path_importer_cache');
  if (!(cache instanceof PyDict)) return;
  for (const e of Array.from(cache.t.values())) {
    const finder = e.value;
    if (finder === None || typeof e.key !== 'string' || !e.key.startsWith('/')) cache.t.delete(e.key);
    else {
      const m = getAttrOpt(finder, 'invalidate_caches');
      if (m !== undefined) callT(m, []);
    }
  }
  // PathFinder.invalidate_caches also makes every _NamespacePath look at its parent path again.
  const ext = loadedExternal();
  if (ext !== null) {
    const nsPath = getAttr(ext, '_NamespacePath');
    setAttr(nsPath, '_epoch', binaryOp(getAttr(nsPath, '_epoch'), 1, NB_ADD));
  }
}

/** importlib.invalidate_caches(): every finder on sys.meta_path that has invalidate_caches, last first. */
export function invalidateCaches(): void {
  const mp = importHooks.sysAttr('meta_path');
  for (const f of (mp instanceof PyList ? mp.items.slice() : toArray(mp ?? None)).reverse()) {
    if (isPathFinder(f)) {
      invalidatePathCaches();
      continue;
    }
    const m = getAttrOpt(f, 'invalidate_caches');
    if (m !== undefined) callT(m, []);
  }
}

function replaceIn(list: PyValue | undefined, from: PyValue, to: PyValue): void {
  if (!(list instanceof PyList)) return;
  for (let i = 0; i < list.items.length; i++) if (list.items[i] === from) list.items[i] = to;
}

/** Lib's importlib._bootstrap was executed: set it up (_setup), its importers replace the stand-ins. */
export function onBootstrap(m: PyModule): void {
  const n = natives();
  const modules = importHooks.modules;
  callT(getAttr(m, '_setup'), [modules.getStr('sys')!, loadModule('_imp')]);
  const builtin = getAttr(m, 'BuiltinImporter');
  const frozen = getAttr(m, 'FrozenImporter');
  const mp = importHooks.sysAttr('meta_path');
  replaceIn(mp, n.builtin, builtin);
  replaceIn(mp, n.frozen, frozen);
  current.builtin = builtin;
  current.frozen = frozen;
  // Native modules imported so far: their loader is now that class, as in CPython.
  for (const e of modules.t.values()) {
    const d = e.value instanceof PyModule ? e.value.dict! : null;
    if (d === null || d.getStr('__loader__') !== n.builtin) continue;
    d.setStr('__loader__', builtin);
    const spec = d.getStr('__spec__');
    if (spec instanceof PyInstance && spec.dict !== null && spec.dict.getStr('loader') === n.builtin) spec.dict.setStr('loader', builtin);
  }
}

/** Lib's importlib._bootstrap_external was executed: its PathFinder and FileFinders take over. */
export function onExternal(m: PyModule, bootstrapModule: PyValue): void {
  const n = natives();
  callT(getAttr(m, '_set_bootstrap_module'), [bootstrapModule]);
  const pathFinder = getAttr(m, 'PathFinder');
  replaceIn(importHooks.sysAttr('meta_path'), n.path, pathFinder);
  current.path = pathFinder;
  lib = { external: m, fileFinder: getAttr(m, 'FileFinder'), loaders: toArray(callT(getAttr(m, '_get_supported_file_loaders'), [])) };
  const cache = importHooks.sysAttr('path_importer_cache');
  if (cache instanceof PyDict) {
    for (const e of Array.from(cache.t.values())) {
      if (e.value instanceof PyInstance && e.value.cls === n.fileFinder) cache.set(e.key, libFinderFor(e.value));
    }
  }
}

/**
 * zipimport was executed: the stand-in's calls go to its zipimporter class from now on. The stand-in stays on
 * sys.path_hooks (CPython's hook is that class, imported at start-up, which Typhon does not do): a list that
 * changed under the program whenever something first imported zipimport was more surprising (regrtest
 * reported "env changed" for the tests that did) than a hook that is not `zipimport.zipimporter` itself.
 */
export function onZipimport(m: PyModule): void {
  natives();
  const cls = getAttrOpt(m, 'zipimporter');
  if (cls !== undefined) current.zip = cls;
}

