// The import system (Python/import.c and importlib._bootstrap/_bootstrap_external, rewritten natively):
// sys.modules, native modules registered from TypeScript, and the walk of sys.meta_path and of the path
// entries of sys.path or a package's __path__ (sys.path_importer_cache, sys.path_hooks: finders.ts). The
// default finders are served natively: source files (cached as __pycache__/NAME.typhon-311.pyc, see
// pycache.ts), sourceless .pyc files, regular packages (__init__.py) and namespace packages; a spec from a
// finder written in Python (a user's, zipimport's) is loaded by Lib's importlib._bootstrap. Messages,
// module attributes and -v / -X importtime output follow CPython 3.11.
import { audit, auditing } from './audit.js';
import { readFileSync, accessSync, existsSync, constants as fsConstants } from 'node:fs';
import { isDir, isFile, nodePath } from './pathstat.js';
import { homedir } from 'node:os';
import { stdlibDir } from './stdlib.js';
import { CodeObject } from '../bytecode/code.js';
import { readPyc, PycProblem } from '../bytecode/pyc.js';
import { strRepr } from '../parser/constants.js';
import { decodeSource } from '../parser/source.js';
import {
  PyValue, PyDict, PyModule, PyList, PyTuple, PyType, PyInstance, None, typeOf, typeType, objectType, TF_BASETYPE,
  defineMethods, PyBuiltin,
} from '../objects/object.js';
import {
  PyException, newException, ImportError, ModuleNotFoundError, typeError, raise, valueError, KeyError, AttributeError,
  exceptionTypes,
} from '../objects/exceptions.js';
import { getAttr, getAttrOpt, setAttr, toArray, str, repr, eq, truthy, call as callT } from '../objects/abstract.js';
import {
  entryFinder, defaultFinderDir, isBuiltinImporter, isFrozenImporter, isPathFinder, importWarning, builtinImporter,
  onBootstrap, onExternal, onZipimport, invalidateCaches, loadedExternal,
} from './finders.js';
import { RtCode } from './code.js';
import { block, currentThread, GreenThread } from './threads.js';
import { loadSourceCode, cacheProblemVerbose } from './pycache.js';
import { wrapStaticNews } from '../objects/typeobject.js';
import { builtinsDict } from '../modules/builtins.js';
import { warn } from '../modules/_warnings.js';
import { parseArgs } from '../objects/str.js';
import { isFrozenModule } from '../modules/_imp.js';
import { strSubValue } from '../modules/args.js';

/** Native modules: name -> initialiser returning the module (called once, on first import). */
const nativeModules = new Map<string, () => PyModule>();

export function registerNativeModule(name: string, init: () => PyModule): void {
  nativeModules.set(name, init);
}

/** Whether `name` is a native (built-in) module. */
export function isNativeModule(name: string): boolean {
  return nativeModules.has(name);
}

/** _imp.create_builtin: the native module `name` (from sys.modules when already imported), or null. */
export function createNativeModule(name: string): PyValue | null {
  const hit = importHooks.modules.getStr(name);
  if (hit !== undefined && hit !== None) return hit;
  return nativeModules.has(name) ? loadModule(name) : null;
}

/** Names of the registered native modules (for sys.builtin_module_names). */
export function nativeModuleNames(): string[] {
  return Array.from(nativeModules.keys());
}

/** Settings from the command line (set once at start-up by the CLI). */
export const importConfig = {
  /** sys.flags.verbose: -v messages on stderr. */
  verbose: 0,
  /** -O level: the compiler's optimize and the pyc's opt- tag. */
  optimize: 0,
  /** --check-hash-based-pycs */
  checkHashBasedPycs: 'default' as 'default' | 'always' | 'never',
  /** -X importtime */
  importTime: false,
};

/** Filled by interp.ts (avoids an import cycle with the compiler driver). */
export const importHooks = {
  modules: new PyDict(),
  /** Compile module source (bytes) to a code object; a SyntaxError is raised as a Python exception. */
  compileBytes: (bytes: Uint8Array, path: string, optimize: number): CodeObject => {
    void bytes;
    void path;
    void optimize;
    throw new Error('no compiler');
  },
  execModule: (code: RtCode, m: PyModule): void => {
    void code;
    void m;
  },
  /** A sys attribute (dont_write_bytecode, pycache_prefix...). */
  sysAttr: (name: string): PyValue | undefined => {
    void name;
    return undefined;
  },
  writeStderr: (s: string): void => {
    process.stderr.write(s);
  },
};

/** The global import lock (_imp.acquire_lock): held while finders written in Python are asked, as CPython. */
export const importLock = { depth: 0 };

/** Counters for tests and benchmarks: how modules were obtained. */
export const importStats = { compiled: 0, fromCache: 0, cacheWrites: 0 };

export function verbose(message: string, level = 1): void {
  if (importConfig.verbose >= level) {
    importHooks.writeStderr((message.startsWith('#') || message.startsWith('import ') ? '' : '# ') + message + '\n');
  }
}

// ---------------------------------------------------------------------------
// Loader and spec objects: enough of importlib's classes for __loader__ / __spec__ and their reprs.

function mkType(name: string, module: string): PyType {
  const t = new PyType(typeType, name, [objectType], TF_BASETYPE);
  t.mro = [t, objectType];
  t.tdict.set('__module__', module);
  return t;
}

let loaderTypes: { spec: PyType; source: PyType; sourceless: PyType; namespace: PyType } | null = null;

function types(): NonNullable<typeof loaderTypes> {
  if (loaderTypes !== null) return loaderTypes;
  const spec = mkType('ModuleSpec', '_frozen_importlib');
  defineMethods(spec, {
    __repr__: (self) => {
      const d = (self as PyInstance).dict!;
      const parts = [`name=${repr(d.getStr('name') ?? None)}`, `loader=${repr(d.getStr('loader') ?? None)}`];
      const origin = d.getStr('origin') ?? None;
      if (origin !== None) parts.push(`origin=${repr(origin)}`);
      const locs = d.getStr('submodule_search_locations') ?? None;
      if (locs !== None) parts.push(`submodule_search_locations=${repr(locs)}`);
      return `ModuleSpec(${parts.join(', ')})`;
    },
  });
  const source = mkType('SourceFileLoader', '_frozen_importlib_external');
  const sourceless = mkType('SourcelessFileLoader', '_frozen_importlib_external');
  const namespace = mkType('NamespaceLoader', '_frozen_importlib_external');
  for (const t of [source, sourceless]) {
    defineMethods(t, {
      get_filename: (self) => (self as PyInstance).dict!.getStr('path') ?? None,
      is_package: (self, args) => {
        const path = str((self as PyInstance).dict!.getStr('path') ?? '');
        const base = path.slice(path.lastIndexOf('/') + 1);
        void args;
        return base.slice(0, base.indexOf('.')) === '__init__';
      },
      get_data: (self, args) => {
        void self;
        return new PyBytesValue(readFileSync(nodePath(str(args[0]))));
      },
      // FileLoader.get_resource_reader: importlib.resources.files(package) reads the package's directory.
      get_resource_reader: (self) => callT(getAttrOpt(loadModule('importlib.readers'), 'FileReader')!, [self]),
      // SourceLoader.get_source: the file decoded as the tokenizer would (coding declaration, BOM), universal
      // newlines; a sourceless loader has none. linecache falls back on it (lazycache, traceback's lines).
      get_source: (self, args) => {
        const [, path] = checkedName(self, args);
        if (t === sourceless) return None;
        return decodeSource(readFileSync(nodePath(path)), path).replace(/\r\n?/g, '\n');
      },
      // get_code (runpy.run_module, pkgutil): the module's code, through the bytecode cache as an import.
      get_code: (self, args) => {
        const [name, path] = checkedName(self, args);
        const c = t === sourceless ? sourcelessCode(name, path) : loadSource(name, path).code;
        return c instanceof RtCode ? c : new RtCode(c);
      },
    });
  }
  loaderTypes = { spec, source, sourceless, namespace };
  return loaderTypes;
}
import { PyBytesObj as PyBytesValue } from '../objects/object.js';

/** _check_name_wrapper: the name asked for (None: the loader's own) must be the loader's; and its file. */
function checkedName(self: PyValue, args: PyValue[]): [string, string] {
  const d = (self as PyInstance).dict!;
  const own = d.getStr('name') ?? None;
  const name = args.length > 0 && args[0] !== None ? args[0] : own;
  if (name !== own && !truthy(eq(own, name))) importError(`loader for ${str(own)} cannot handle ${str(name)}`, name, None);
  return [str(name), str(d.getStr('path') ?? '')];
}

function newInstance(t: PyType, attrs: [string, PyValue][]): PyInstance {
  const o = new PyInstance(t);
  o.dict = new PyDict();
  for (const [k, v] of attrs) o.dict.setStr(k, v);
  return o;
}

/**
 * Lib's ModuleSpec, SourceFileLoader and SourcelessFileLoader, once its bootstrap is loaded (adoptLibClasses): the
 * specs and loaders made from then on are theirs, and the stand-ins made before become theirs.
 */
let libClasses: { spec: PyType; source: PyType; sourceless: PyType } | null = null;

/** A loader of a module file: Lib's class once loaded, else the stand-in. */
function fileLoader(name: string, path: string, sourceless: boolean): PyInstance {
  const T = libClasses ?? types();
  return newInstance(sourceless ? T.sourceless : T.source, [['name', name], ['path', path]]);
}

/** The attributes of Lib's ModuleSpec as ModuleSpec.__init__ and spec_from_file_location set them. */
function libSpecAttrs(name: string, loader: PyValue, origin: PyValue, locations: PyValue, cached: PyValue, initializing: PyValue): [string, PyValue][] {
  return [
    ['name', name], ['loader', loader], ['origin', origin], ['loader_state', None], ['submodule_search_locations', locations],
    ['_uninitialized_submodules', new PyList([])], ['_set_fileattr', origin !== None && origin !== 'built-in'], ['_cached', cached],
    ['_initializing', initializing],
  ];
}

function newSpec(name: string, loader: PyValue, origin: PyValue, locations: PyValue, cached: PyValue): PyInstance {
  if (libClasses !== null) return newInstance(libClasses.spec, libSpecAttrs(name, loader, origin, locations, cached, false));
  const dot = name.lastIndexOf('.');
  return newInstance(types().spec, [
    ['name', name], ['loader', loader], ['origin', origin], ['loader_state', None],
    ['submodule_search_locations', locations], ['cached', cached],
    ['parent', locations !== None ? name : dot < 0 ? '' : name.slice(0, dot)],
    ['has_location', origin !== None && origin !== 'built-in'], ['_initializing', false],
    ['_uninitialized_submodules', new PyList([])],
  ]);
}

/** __spec__ and __loader__ of a native module (sys, builtins and registered ones). */
export function nativeSpec(name: string): [PyValue, PyValue] {
  const loader = builtinImporter();
  return [newSpec(name, loader, 'built-in', None, None), loader];
}

// ---------------------------------------------------------------------------
// Finding modules

type Found =
  | { kind: 'source' | 'sourceless'; file: string; pkgDir: string | null }
  | { kind: 'namespace'; portions: string[] };

/**
 * FileFinder.find_spec's rules for one directory: a package directory (__init__.py, then __init__.pyc; without
 * one, a possible namespace portion, added to `portions`), then the module's .py, then its .pyc.
 */
function searchDir(dir: string, last: string, portions: string[]): Found | null {
  const base = dir.endsWith('/') ? dir + last : dir + '/' + last;
  if (isDir(base)) {
    if (isFile(base + '/__init__.py')) return { kind: 'source', file: base + '/__init__.py', pkgDir: base };
    if (isFile(base + '/__init__.pyc')) return { kind: 'sourceless', file: base + '/__init__.pyc', pkgDir: base };
    verbose(`possible namespace for ${base}`);
    portions.push(base);
  }
  if (isFile(base + '.py')) return { kind: 'source', file: base + '.py', pkgDir: null };
  if (isFile(base + '.pyc')) return { kind: 'sourceless', file: base + '.pyc', pkgDir: null };
  return null;
}

/** What a search found: a module file or namespace portions (native finders), a native module, or a spec. */
type Spec = Found | { kind: 'native' } | { kind: 'spec'; spec: PyValue };

/**
 * PathFinder.find_spec over `path` (a package's __path__, or sys.path when None): each entry's finder from
 * sys.path_importer_cache (made by sys.path_hooks on a miss); the default FileFinder searches natively.
 */
function pathFind(name: string, path: PyValue, target: PyValue): Spec | null {
  const last = name.slice(name.lastIndexOf('.') + 1);
  const portions: string[] = [];
  let entries: PyValue[];
  if (path === None) {
    const sp = importHooks.sysAttr('path');
    entries = sp instanceof PyList ? sp.items.slice() : sp === undefined ? [] : toArray(sp);
  } else entries = path instanceof PyList ? path.items.slice() : toArray(path);
  for (const entry of entries) {
    if (typeof entry !== 'string' && !(entry instanceof PyBytesValue)) continue;
    const finder = entryFinder(entry);
    if (finder === None) continue;
    const dir = defaultFinderDir(finder);
    if (dir !== null) {
      const found = searchDir(dir, last, portions);
      if (found !== null) return found;
      continue;
    }
    const fs = getAttrOpt(finder, 'find_spec');
    // A finder without find_spec: PathFinder._legacy_get_spec (find_loader or find_module, warned).
    const spec = fs !== undefined ? callT(fs, [name, target])
      : callT(getAttr(getAttr(loadModule('importlib._bootstrap_external'), 'PathFinder'), '_legacy_get_spec'), [name, finder]);
    if (spec === None) continue;
    if ((getAttrOpt(spec, 'loader') ?? None) !== None) return { kind: 'spec', spec };
    const locs = getAttrOpt(spec, 'submodule_search_locations') ?? None;
    if (locs === None) importError('spec missing loader', None, None);
    for (const p of toArray(locs)) portions.push(str(p));
  }
  return portions.length > 0 ? { kind: 'namespace', portions } : null;
}

/**
 * _bootstrap._find_spec: ask each finder on sys.meta_path in turn. The default ones are served natively
 * (BuiltinImporter: Typhon's native modules; FrozenImporter: none but __hello__ and the like; PathFinder:
 * pathFind); any other is called as CPython calls it (find_spec(name, path, target), else find_module with
 * an ImportWarning).
 */
function findSpec(name: string, path: PyValue, target: PyValue = None): Spec | null {
  const mp = importHooks.sysAttr('meta_path');
  if (mp === None || mp === undefined) importError('sys.meta_path is None, Python is likely shutting down', None, None);
  const items = mp instanceof PyList ? mp.items : toArray(mp);
  if (items.length === 0) importWarning('sys.meta_path is empty');
  // The list is walked live, as CPython's for loop: a finder may change it.
  for (let i = 0; i < items.length; i++) {
    const f = items[i];
    if (isBuiltinImporter(f)) {
      if (nativeModules.has(name)) return { kind: 'native' };
      continue;
    }
    // Frozen are only the test modules (_imp.ts): Lib's FrozenImporter finds and loads those.
    if (isFrozenImporter(f) && !isFrozenModule(name)) continue;
    // _find_spec asks each finder holding the import lock (_ImportLockContext).
    importLock.depth++;
    let r: Spec | null;
    try {
      if (isPathFinder(f)) r = pathFind(name, path, target);
      else {
        const fs = getAttrOpt(f, 'find_spec');
        // Without find_spec: _find_spec_legacy (find_module, with its ImportWarning).
        const spec = fs !== undefined ? callT(fs, [name, path, target])
          : callT(getAttr(loadModule('importlib._bootstrap'), '_find_spec_legacy'), [f, name, path]);
        r = spec !== None ? { kind: 'spec', spec } : null;
      }
    } finally {
      importLock.depth--;
    }
    if (r !== null) return r;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Errors

function notFound(message: string, name: string): never {
  const e = newException(ModuleNotFoundError, [message]);
  e.dict = new PyDict();
  e.dict.setStr('name', name);
  e.dict.setStr('path', None);
  throw new PyException(e);
}

function importError(message: string, name: PyValue, path: PyValue): never {
  const e = newException(ImportError, [message]);
  e.dict = new PyDict();
  e.dict.setStr('name', name);
  e.dict.setStr('path', path);
  throw new PyException(e);
}

/** The code object of a sourceless module's .pyc, or the ImportError importlib raises for a bad one. */
function sourcelessCode(name: string, file: string): CodeObject {
  const r = readPyc(readFileSync(nodePath(file)), name);
  if (r instanceof PycProblem) {
    cacheProblemVerbose(r);
    pycError(r, name, file);
  }
  if (!(r.code instanceof CodeObject)) importError(`Non-code object in ${strRepr(file)}`, name, file);
  verbose(`code object from ${strRepr(file)}`);
  return r.code;
}

/** Turn a PycProblem of a sourceless module into the exception importlib raises for it. */
function pycError(p: PycProblem, name: string, path: string): never {
  if (p.pyType === 'ImportError') importError(p.message, name, path);
  raise(exceptionTypes.get(p.pyType) ?? ImportError, p.message);
}

// ---------------------------------------------------------------------------
// Loading

/**
 * How the standard library's own caches are kept: CPython installs its Lib with compiled pycs, so -B and
 * PYTHONDONTWRITEBYTECODE only concern the user's modules. Typhon compiles Lib on first use instead and
 * writes its typhon-311 pycs even then: in Lib/__pycache__ when writable, else under
 * ~/.cache/typhon/stdlib (as a pycache_prefix). Decided once, at the first import from Lib.
 */
let stdlibCache: { dir: string; prefix: string | null } | null | undefined;

function stdlibCacheFor(file: string): { dir: string; prefix: string | null } | null {
  if (stdlibCache === undefined) {
    const dir = stdlibDir();
    if (dir === null) stdlibCache = null;
    else {
      let prefix: string | null = null;
      try {
        accessSync(existsSync(dir + '/__pycache__') ? dir + '/__pycache__' : dir, fsConstants.W_OK);
      } catch {
        prefix = (process.env.XDG_CACHE_HOME || homedir() + '/.cache') + '/typhon/stdlib';
      }
      stdlibCache = { dir: dir + '/', prefix };
    }
  }
  return stdlibCache !== null && file.startsWith(stdlibCache.dir) ? stdlibCache : null;
}

/** SourceLoader.get_code for `file`, with the standard library's cache rule above. */
function loadSource(name: string, file: string): ReturnType<typeof loadSourceCode> {
  const lib = stdlibCacheFor(file);
  const userPrefix = importHooks.sysAttr('pycache_prefix');
  if (lib === null || (typeof userPrefix === 'string' && lib.prefix === null)) return loadSourceCode(name, file, importConfig.optimize);
  const saved = importHooks.sysAttr;
  importHooks.sysAttr = (n) => (n === 'dont_write_bytecode' ? false : n === 'pycache_prefix' && lib.prefix !== null ? lib.prefix : saved(n));
  try {
    return loadSourceCode(name, file, importConfig.optimize);
  } finally {
    importHooks.sysAttr = saved;
  }
}

/**
 * Modules whose code is running for their import, and the thread importing each: another thread importing
 * one waits until it is done (importlib's module locks); the same thread gets the partial module.
 */
const initializing = new Map<string, GreenThread>();

/** A thread other than this one that is importing `full` or one of its parent packages. */
function otherImporter(full: string): GreenThread | undefined {
  if (initializing.size === 0) return undefined;
  const me = currentThread();
  for (let end = full.indexOf('.'); ; end = full.indexOf('.', end + 1)) {
    const t = initializing.get(end < 0 ? full : full.slice(0, end));
    if (t !== undefined && t !== me) return t;
    if (end < 0) return undefined;
  }
}

export function isInitializing(m: PyValue): boolean {
  if (!(m instanceof PyModule)) return false;
  const n = m.dict!.getStr('__name__');
  return typeof n === 'string' && initializing.has(n) && importHooks.modules.getStr(n) === m;
}

let importDepth = 0;
let importTimeHeader = false;

function withImportTime<T>(name: string, f: () => T): T {
  if (!importConfig.importTime) return f();
  if (!importTimeHeader) {
    importTimeHeader = true;
    importHooks.writeStderr('import time: self [us] | cumulative | imported package\n');
  }
  const start = process.hrtime.bigint();
  const level = importDepth++;
  const childrenBefore = childTime;
  childTime = 0n;
  try {
    return f();
  } finally {
    importDepth--;
    const total = (process.hrtime.bigint() - start) / 1000n;
    const self = total - childTime;
    childTime = childrenBefore + total;
    importHooks.writeStderr(`import time: ${String(self).padStart(9)} | ${String(total).padStart(10)} | ${' '.repeat(level * 2)}${name}\n`);
  }
}
let childTime = 0n;

/** Lib's bootstrap modules as CPython names them: _frozen_importlib is importlib._bootstrap, and so on. */
const FROZEN_ALIASES: Record<string, string> = {
  _frozen_importlib: 'importlib._bootstrap',
  _frozen_importlib_external: 'importlib._bootstrap_external',
  'importlib._bootstrap': '_frozen_importlib',
  'importlib._bootstrap_external': '_frozen_importlib_external',
};

/** Find, create and execute module `name` (its parent already imported); null when not found. */
function loadNew(name: string, parent: PyModule | null): PyValue {
  const modules = importHooks.modules;
  const dot = name.lastIndexOf('.');
  if (name === '_frozen_importlib' || name === '_frozen_importlib_external') return loadModule(FROZEN_ALIASES[name]);
  let path: PyValue = None;
  if (parent !== null) {
    const pp = getAttrOpt(parent, '__path__');
    if (pp === undefined) notFound(`No module named ${strRepr(name)}; ${strRepr(name.slice(0, dot))} is not a package`, name);
    path = pp;
  }
  const found = findSpec(name, path);
  if (found === null) notFound(`No module named ${strRepr(name)}`, name);
  if (found.kind === 'native') return loadNative(name);
  if (found.kind === 'spec') return loadSpec(name, found.spec);
  const d = new PyDict();
  const m = new PyModule(name, d);
  d.setStr('__doc__', None);
  const T = types();
  if (found.kind === 'namespace') {
    // With Lib's bootstrap loaded, a namespace package is PathFinder's: a _NamespacePath (recomputed when
    // the parent's path changes) and a NamespaceLoader, made by _load_unlocked. Without it (the bootstrap
    // costs more to load than most programs' imports), a plain list and a stand-in loader.
    const ext = loadedExternal();
    if (ext !== null) {
      const spec = callT(getAttr(getAttr(ext, '_bootstrap'), 'ModuleSpec'), [name, None]);
      const nsPath = callT(getAttr(ext, '_NamespacePath'), [name, new PyList(found.portions.slice()), getAttr(getAttr(ext, 'PathFinder'), '_get_spec')]);
      setAttr(spec, 'submodule_search_locations', nsPath);
      return loadSpec(name, spec);
    }
    const loader = newInstance(T.namespace, [['name', name], ['path', new PyList(found.portions.slice())]]);
    const nsPath = new PyList(found.portions.slice());
    d.setStr('__package__', name);
    d.setStr('__loader__', loader);
    d.setStr('__spec__', newSpec(name, loader, None, nsPath, None));
    d.setStr('__file__', None);
    d.t.delete('__file__');
    d.setStr('__path__', nsPath);
    modules.setStr(name, m);
    verbose(`namespace module loaded with path ${repr(nsPath)}`);
    verbose(`import '${name}' # ${repr(loader)}`);
    return m;
  }
  const isPkg = found.pkgDir !== null;
  const loader = fileLoader(name, found.file, found.kind !== 'source');
  // The code first: a cached or compiled module, or the sourceless file.
  let code: CodeObject | RtCode;
  let cached: PyValue;
  if (found.kind === 'source') {
    const r = loadSource(name, found.file);
    code = r.code;
    cached = r.cachePath ?? None;
  } else {
    code = sourcelessCode(name, found.file);
    cached = found.file;
  }
  const locations = isPkg ? new PyList([found.pkgDir!]) : None;
  const spec = newSpec(name, loader, found.file, locations, cached);
  d.setStr('__package__', isPkg ? name : dot >= 0 ? name.slice(0, dot) : '');
  d.setStr('__loader__', loader);
  d.setStr('__spec__', spec);
  if (isPkg) d.setStr('__path__', new PyList([found.pkgDir!]));
  d.setStr('__file__', found.file);
  d.setStr('__cached__', cached);
  // Lib's bootstrap modules run as CPython's frozen ones are named while they run (their classes' __module__).
  const frozenName = name === 'importlib._bootstrap' || name === 'importlib._bootstrap_external' ? FROZEN_ALIASES[name] : null;
  if (frozenName !== null) d.setStr('__name__', frozenName);
  modules.setStr(name, m);
  initializing.set(name, currentThread());
  (spec.dict!).setStr('_initializing', true);
  try {
    importHooks.execModule(code instanceof RtCode ? code : new RtCode(code), m);
  } catch (e) {
    modules.t.delete(name);
    throw e;
  } finally {
    initializing.delete(name);
    (spec.dict!).setStr('_initializing', false);
    if (frozenName !== null) d.setStr('__name__', name);
  }
  verbose(`import '${name}' # ${repr(loader)}`);
  if (frozenName !== null) bootstrapLoaded(name, m);
  else if (name === 'zipimport') onZipimport(m);
  return modules.getStr(name) ?? m;
}

/** A native module: made by its initialiser, with the attributes CPython's BuiltinImporter gives. */
function loadNative(name: string): PyValue {
  const m = nativeModules.get(name)!();
  wrapStaticNews(true); // types the module set up get tp_new_wrapper's checks
  const d = m.dict!;
  // Its functions belong to it (__self__, __module__: what pickle looks them up by), as PyModule_AddFunctions
  // makes them; one already owned (a builtin it re-exports) keeps its module.
  for (const e of d.t.values()) if (e.value instanceof PyBuiltin && e.value.self === null) e.value.self = m;
  if (d.getStr('__spec__') === undefined) {
    const [spec, loader] = nativeSpec(name);
    if (d.getStr('__loader__') === undefined) d.setStr('__loader__', loader);
    d.setStr('__spec__', spec);
  }
  if (d.getStr('__package__') === undefined) d.setStr('__package__', '');
  importHooks.modules.setStr(name, m);
  verbose(`import '${name}' # ${repr(builtinImporter())}`);
  return m;
}

/**
 * A spec from a finder written in Python (a user's meta path finder, a path hook's finder, zipimporter):
 * loaded by Lib's importlib._bootstrap._load_unlocked, as CPython does (module_from_spec, _init_module_attrs,
 * exec_module or the legacy load_module, sys.modules handling), under Typhon's module lock.
 */
function loadSpec(name: string, spec: PyValue): PyValue {
  const bootstrap = loadModule('importlib._bootstrap');
  initializing.set(name, currentThread());
  try {
    return callAttr(bootstrap, '_load_unlocked', [spec]);
  } finally {
    initializing.delete(name);
  }
}

/**
 * Lib's importlib._bootstrap and _bootstrap_external (imported as importlib's submodules by importlib.util,
 * importlib.machinery..., or as _frozen_importlib and _frozen_importlib_external by zipimport) are set up as
 * CPython's frozen ones: _bootstrap._setup(sys, _imp), _bootstrap_external._set_bootstrap_module(_bootstrap),
 * and their finders take the place of the native stand-ins on sys.meta_path (finders.ts).
 */
function bootstrapLoaded(name: string, m: PyModule): void {
  const modules = importHooks.modules;
  // A fresh copy (test.support's import_fresh_module) is only set up, as importlib/__init__.py sets up its
  // own when _frozen_importlib is blocked: the first one stays _frozen_importlib and on sys.meta_path.
  const alias = FROZEN_ALIASES[name];
  const first = modules.getStr(alias) === undefined && !frozenSetUp.has(alias);
  if (first) {
    frozenSetUp.add(alias);
    modules.setStr(alias, m);
  }
  if (name === 'importlib._bootstrap') {
    if (first) onBootstrap(m);
    else callAttr(m, '_setup', [modules.getStr('sys')!, loadModule('_imp')]);
    return;
  }
  const bootstrap = loadModule('importlib._bootstrap');
  if (first) onExternal(m, bootstrap);
  else callAttr(m, '_set_bootstrap_module', [bootstrap]);
  (bootstrap as PyModule).dict!.setStr('_bootstrap_external', m);
  if (first) adoptLibClasses(bootstrap, m);
}

/**
 * The specs and file loaders of the modules imported so far become instances of Lib's ModuleSpec and loaders (as
 * CPython's are: `isinstance(json.__spec__, importlib.machinery.ModuleSpec)`, `spec == find_spec(name)`), their
 * attributes laid out as those classes' (`cached` is the `_cached` a property reads...); later ones are made so.
 * A namespace package's stand-in loader stays (Lib's holds a _NamespacePath).
 */
function adoptLibClasses(bootstrap: PyValue, external: PyValue): void {
  const spec = getAttrOpt(bootstrap, 'ModuleSpec');
  const source = getAttrOpt(external, 'SourceFileLoader');
  const sourceless = getAttrOpt(external, 'SourcelessFileLoader');
  if (!(spec instanceof PyType && source instanceof PyType && sourceless instanceof PyType)) return;
  const T = types();
  const lib = { spec, source, sourceless };
  const adopt = (o: PyValue | undefined): void => {
    if (!(o instanceof PyInstance) || o.dict === null) return;
    if (o.cls === T.source) o.cls = source;
    else if (o.cls === T.sourceless) o.cls = sourceless;
    else if (o.cls === T.spec) {
      const d = o.dict;
      const get = (k: string): PyValue => d.getStr(k) ?? None;
      const fresh = new PyDict();
      for (const [k, v] of libSpecAttrs(str(get('name')), get('loader'), get('origin'), get('submodule_search_locations'), get('cached'), get('_initializing'))) {
        fresh.setStr(k, k === '_uninitialized_submodules' ? get(k) : v);
      }
      o.dict = fresh;
      o.cls = spec;
      adopt(get('loader'));
    }
  };
  for (const e of Array.from(importHooks.modules.t.values())) {
    const d = e.value instanceof PyModule ? e.value.dict : null;
    if (d === null) continue;
    adopt(d.getStr('__spec__'));
    adopt(d.getStr('__loader__'));
  }
  libClasses = lib;
  // The bootstrap modules present themselves as CPython's frozen ones: a FrozenImporter's spec of origin 'frozen',
  // the source file in _bootstrap_external's loader_state (_bootstrap's is set up before the file is known), no
  // __cached__ (test_imp's issue 35321).
  const frozen = getAttrOpt(bootstrap, 'FrozenImporter');
  if (frozen === undefined) return;
  for (const [name, m] of [['importlib._bootstrap', bootstrap], ['importlib._bootstrap_external', external]] as const) {
    const d = m instanceof PyModule ? m.dict : null;
    if (d === null) continue;
    const s = newInstance(spec, libSpecAttrs(FROZEN_ALIASES[name], frozen, 'frozen', None, None, false));
    s.dict!.setStr('_set_fileattr', false);
    const file = m === external ? d.getStr('__file__') ?? None : None;
    s.dict!.setStr('loader_state', makeNamespace([['filename', file], ['origname', name]]));
    d.setStr('__spec__', s);
    d.setStr('__loader__', frozen);
    d.t.delete('__cached__');
  }
}
import { makeNamespace } from '../modules/sys.js';
const frozenSetUp = new Set<string>();

function callAttr(o: PyValue, name: string, args: PyValue[]): PyValue {
  return callT(getAttrOpt(o, name) ?? None, args);
}

/** _find_and_load: the module named `name` (absolute), importing its parents first. */
export function loadModule(name: string): PyValue {
  const modules = importHooks.modules;
  const hit = modules.getStr(name);
  if (hit !== undefined) {
    if (hit === None) notFound(`import of ${name} halted; None in sys.modules`, name);
    return hit;
  }
  const dot = name.lastIndexOf('.');
  let parent: PyModule | null = null;
  if (dot >= 0) {
    const p = loadModule(name.slice(0, dot));
    // The parent's import may have imported this module as a side effect.
    const again = modules.getStr(name);
    if (again !== undefined && again !== None) return again;
    parent = p as PyModule;
  }
  if (auditing()) {
    audit('import', [name, None, importHooks.sysAttr('path') ?? None, importHooks.sysAttr('meta_path') ?? None,
      importHooks.sysAttr('path_hooks') ?? None]);
  }
  // The child is in its parent's __spec__._uninitialized_submodules while it loads, for the hint in
  // `module 'pkg' has no attribute 'child'` (abstract.ts's noAttribute).
  let pending: PyList | null = null;
  if (parent !== null) {
    const ps = getAttrOpt(parent, '__spec__');
    const u = ps !== undefined && ps !== None ? getAttrOpt(ps, '_uninitialized_submodules') : undefined;
    if (u instanceof PyList) {
      pending = u;
      u.items.push(name.slice(dot + 1));
    }
  }
  let m: PyValue;
  try {
    m = withImportTime(name, () => loadNew(name, parent));
  } finally {
    pending?.items.pop();
  }
  if (parent !== null) {
    // Set on the parent in sys.modules now: the child's code may have replaced it.
    const parentName = name.slice(0, dot);
    const now = modules.getStr(parentName);
    if (now === undefined) raise(KeyError, parentName);
    const child = name.slice(dot + 1);
    try {
      setAttr(now, child, m);
    } catch (e) {
      if (!(e instanceof PyException && e.exc.cls.isSubtype(AttributeError))) throw e;
      warn(`Cannot set an attribute on ${strRepr(parentName)} for child module ${strRepr(child)}`, exceptionTypes.get('ImportWarning')!, 1, None);
    }
  }
  return m;
}

// ---------------------------------------------------------------------------
// The import statement

/** _calc___package__ + _resolve_name for a relative import at `level`. */
function resolveName(name: string, globals: PyDict, level: number): string {
  // import.c's resolve_name: __package__, checked against __spec__.parent; else __spec__.parent; else
  // __name__ (and __path__), with an ImportWarning.
  let pkg = globals.getStr('__package__');
  if (pkg === None) pkg = undefined;
  const spec = globals.getStr('__spec__');
  if (pkg !== undefined) {
    if (typeof pkg !== 'string') typeError('package must be a string');
    if (spec !== undefined && spec !== None) {
      const parent = getAttr(spec, 'parent');
      if (!(parent === pkg || (typeof parent !== 'string' && eq(pkg, parent)))) {
        warn('__package__ != __spec__.parent', exceptionTypes.get('ImportWarning')!, 1, None);
      }
    }
  } else if (spec !== undefined && spec !== None) {
    pkg = getAttr(spec, 'parent');
    if (typeof pkg !== 'string') typeError('__spec__.parent must be a string');
  } else {
    warn("can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
      exceptionTypes.get('ImportWarning')!, 1, None);
    const n = globals.getStr('__name__');
    if (n === undefined) raise(KeyError, "'__name__' not in globals");
    if (typeof n !== 'string') typeError('__name__ must be a string');
    pkg = globals.getStr('__path__') !== undefined ? n : n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '';
  }
  if (pkg === '') importError('attempted relative import with no known parent package', None, None);
  const parts = (pkg as string).split('.');
  if (parts.length < level) importError('attempted relative import beyond top-level package', None, None);
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** PyObject_IsTrue(fromlist), as import.c tests it: an iterator counts without being consumed. */
function nonEmptyFromlist(fromlist: PyValue): boolean {
  if (fromlist === None || fromlist === false) return false;
  if (fromlist instanceof PyTuple || fromlist instanceof PyList) return fromlist.items.length > 0;
  return truthy(fromlist);
}

/** _handle_fromlist: import the submodules a `from package import name` names. */
function handleFromlist(m: PyValue, fromlist: PyValue, recursive = false): void {
  if (getAttrOpt(m, '__path__') === undefined) return;
  const modName = str(getAttrOpt(m, '__name__') ?? '');
  for (const x of toArray(fromlist)) {
    if (typeof x !== 'string') {
      const where = recursive ? `${modName}.__all__` : '``from list\'\'';
      typeError(`Item in ${where} must be str, not ${typeOf(x).name}`);
    }
    if (x === '*') {
      if (!recursive) {
        const all = getAttrOpt(m, '__all__');
        if (all !== undefined) handleFromlist(m, all, true);
      }
      continue;
    }
    if (getAttrOpt(m, x) !== undefined) continue;
    const sub = `${modName}.${x}`;
    try {
      loadModule(sub);
    } catch (e) {
      // A missing submodule is not an error here: `from pkg import name` then fails with its own message.
      if (e instanceof PyException && e.exc.cls.isSubtype(ModuleNotFoundError)) {
        const n = e.exc.dict?.getStr('name');
        if (n === sub && importHooks.modules.getStr(sub) !== None) continue;
      }
      throw e;
    }
  }
}

/** __import__(name, globals, locals, fromlist, level) */
export function importName(name: string, fromlist: PyValue, level: number, globals: PyDict): PyValue {
  if (level < 0) valueError('level must be >= 0');
  if (initializing.size > 0) {
    const full = level === 0 ? name : resolveName(name, globals, level);
    // Another thread is running the module's code: wait for it (a suspended IMPORT_NAME gets this result).
    if (otherImporter(full) !== undefined) {
      return block({
        ready: () => otherImporter(full) === undefined,
        deadline: Infinity,
        finish: () => (otherImporter(full) === undefined ? importName(name, fromlist, level, globals) : undefined),
      });
    }
  }
  if (level === 0) {
    // The common case, as CPython's PyImport_ImportModuleLevelObject: a hit in sys.modules.
    if (name === '') valueError('Empty module name');
    const hit = importHooks.modules.getStr(name);
    const m = hit !== undefined && hit !== None && !initializing.has(name) ? hit : loadModule(name);
    if (nonEmptyFromlist(fromlist)) {
      handleFromlist(m, fromlist);
      return m;
    }
    const dot = name.indexOf('.');
    if (dot < 0) return m;
    // The top package is imported again (it may have left sys.modules since), as import.c does.
    return importName(name.slice(0, dot), None, 0, globals);
  }
  const full = resolveName(name, globals, level);
  const m = loadModule(full);
  if (nonEmptyFromlist(fromlist)) {
    handleFromlist(m, fromlist);
    return m;
  }
  if (name === '') return m;
  const firstLen = name.indexOf('.') < 0 ? name.length : name.indexOf('.');
  const cut = name.length - firstLen;
  const topName = full.slice(0, full.length - cut);
  const top = importHooks.modules.getStr(topName);
  if (top === undefined) raise(KeyError, `${strRepr(topName)} not in sys.modules as expected`);
  return top;
}

/** IMPORT_NAME when builtins.__import__ is not the original (`imp`, undefined when deleted): a call of it. */
export function importThrough(imp: PyValue | undefined, name: string, globals: PyDict, locals: PyDict | null, fromlist: PyValue, level: PyValue): PyValue {
  if (imp === undefined) importError('__import__ not found', None, None);
  return callT(imp, [name, globals, locals ?? None, fromlist, level]);
}

/** IMPORT_FROM: an attribute of the module, else its submodule from sys.modules, else CPython's ImportError. */
export function importFrom(m: PyValue, name: string): PyValue {
  const v = getAttrOpt(m, name);
  if (v !== undefined) return v;
  const pkgName = getAttrOpt(m, '__name__');
  if (typeof pkgName === 'string') {
    const sub = importHooks.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const modName = typeof pkgName === 'string' ? pkgName : '<unknown module name>';
  const file = getAttrOpt(m, '__file__');
  const path = typeof file === 'string' ? file : None;
  if (isInitializing(m)) {
    importError(`cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${typeof file === 'string' ? file : 'unknown location'})`, modName, path);
  }
  importError(`cannot import name '${name}' from '${modName}' (${typeof file === 'string' ? file : 'unknown location'})`, modName, path);
}

/** IMPORT_STAR (ceval.c's import_all_from): __all__'s names, else every key of __dict__ not starting with '_'. */
export function importStar(m: PyValue, locals: PyDict): void {
  const all = getAttrOpt(m, '__all__');
  const fromDict = all === undefined;
  let names: PyValue[];
  if (all !== undefined) names = toArray(all);
  else {
    const d = getAttrOpt(m, '__dict__');
    if (d === undefined) importError('from-import-* object has no __dict__ and no __all__', None, None);
    names = d instanceof PyDict ? Array.from(d.t.values(), (e) => e.key) : toArray(callAttr(d, 'keys', []));
  }
  for (const n of names) {
    if (typeof n !== 'string') {
      const modName = getAttr(m, '__name__');
      if (typeof modName !== 'string') typeError(`module __name__ must be a string, not ${typeOf(modName).name}`);
      typeError(fromDict ? `Key in ${modName}.__dict__ must be str, not ${typeOf(n).name}` : `Item in ${modName}.__all__ must be str, not ${typeOf(n).name}`);
    }
    if (fromDict && n.startsWith('_')) continue;
    locals.setStr(n, getAttr(m, n));
  }
}

// ---------------------------------------------------------------------------
// importlib (a native subset: import_module, reload, invalidate_caches), used until CPython's own
// importlib can run on Typhon.

/** importlib.import_module(name, package=None) */
function importModule(name: PyValue, pkg: PyValue): PyValue {
  name = strSubValue(name);
  if (typeof name !== 'string') typeError(`module name must be str, not ${typeOf(name).name}`);
  let level = 0;
  if (name.startsWith('.')) {
    if (pkg === None || pkg === undefined) {
      typeError(`the 'package' argument is required to perform a relative import for ${strRepr(name)}`);
    }
    while (level < name.length && name[level] === '.') level++;
  }
  const rest = name.slice(level);
  if (level > 0) {
    if (typeof pkg !== 'string') typeError('__package__ not set to a string');
    const g = new PyDict();
    g.setStr('__package__', pkg);
    return loadModule(resolveName(rest, g, level));
  }
  if (rest === '') valueError('Empty module name');
  return loadModule(rest);
}

/** importlib.reload(module): find the module again and execute its code in the same namespace. */
function reload(m: PyValue): PyValue {
  if (!(m instanceof PyModule)) typeError('reload() argument must be a module');
  const d = m.dict!;
  const spec = d.getStr('__spec__');
  const specName = spec !== undefined && spec !== None ? getAttrOpt(spec, 'name') : undefined;
  const name = typeof specName === 'string' ? specName : str(d.getStr('__name__') ?? '');
  const modules = importHooks.modules;
  if (modules.getStr(name) !== m) importError(`module ${name} not in sys.modules`, name, None);
  const dot = name.lastIndexOf('.');
  let path: PyValue = None;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    const parent = modules.getStr(parentName);
    if (parent === undefined) importError(`parent ${strRepr(parentName)} not in sys.modules`, parentName, None);
    path = getAttrOpt(parent, '__path__') ?? None;
  }
  const found = findSpec(name, path, m);
  if (found === null) notFound(`spec not found for the module ${strRepr(name)}`, name);
  if (found.kind === 'native' || found.kind === 'namespace') return m;
  if (found.kind === 'spec') {
    // A spec from a finder in Python: _bootstrap._exec, as importlib.reload.
    d.setStr('__spec__', found.spec);
    callAttr(loadModule('importlib._bootstrap'), '_exec', [found.spec, m]);
    return modules.getStr(name) ?? m;
  }
  let code: CodeObject | RtCode;
  let cached: PyValue = found.file;
  if (found.kind === 'source') {
    const r = loadSource(name, found.file);
    code = r.code;
    cached = r.cachePath ?? None;
  } else {
    const r = readPyc(readFileSync(nodePath(found.file)), name);
    if (r instanceof PycProblem) pycError(r, name, found.file);
    if (!(r.code instanceof CodeObject)) importError(`Non-code object in ${strRepr(found.file)}`, name, found.file);
    code = r.code;
  }
  // _exec's _init_module_attrs(spec, module, override=True): the module now is where it was found again.
  const T = types();
  const loader = newInstance(found.kind === 'source' ? T.source : T.sourceless, [['name', name], ['path', found.file]]);
  const isPkg = found.pkgDir !== null;
  d.setStr('__spec__', newSpec(name, loader, found.file, isPkg ? new PyList([found.pkgDir!]) : None, cached));
  d.setStr('__loader__', loader);
  d.setStr('__package__', isPkg ? name : dot >= 0 ? name.slice(0, dot) : '');
  if (isPkg) d.setStr('__path__', new PyList([found.pkgDir!]));
  d.setStr('__file__', found.file);
  d.setStr('__cached__', cached);
  importHooks.execModule(code instanceof RtCode ? code : new RtCode(code), m);
  return modules.getStr(name) ?? m;
}

/** importlib.find_loader (deprecated): the loader of a module in sys.modules, else of the spec found. */
function findLoader(name: PyValue, path: PyValue): PyValue {
  warn('Deprecated since Python 3.4 and slated for removal in Python 3.12; use importlib.util.find_spec() instead',
    exceptionTypes.get('DeprecationWarning')!, 2, None);
  const m = importHooks.modules.get(name);
  if (m !== undefined) {
    const loader = getAttrOpt(m, '__loader__');
    if (loader === undefined) valueError(`${str(name)}.__loader__ is not set`);
    if (loader === None) valueError(`${str(name)}.__loader__ is None`);
    return loader;
  }
  const spec = callAttr(loadModule('importlib._bootstrap'), '_find_spec', [name, path]);
  if (spec === None) return None;
  const loader = getAttrOpt(spec, 'loader') ?? None;
  if (loader === None) {
    if ((getAttrOpt(spec, 'submodule_search_locations') ?? None) === None) importError(`spec for ${str(name)} missing loader`, name, None);
    importError('namespace packages do not have loaders', name, None);
  }
  return loader;
}

export function makeImportlib(): PyModule {
  const d = new PyDict();
  const m = new PyModule('importlib', d);
  d.setStr('__doc__', 'A pure Python implementation of import.');
  d.setStr('import_module', new PyBuiltin('import_module', (args, kw) => {
    if (kw !== null && kw.length > 0) {
      // import_module(name, package=...)
      const names = kw;
      const pos = args.slice(0, args.length - names.length);
      let pkg: PyValue = pos.length > 1 ? pos[1] : None;
      names.forEach((k, i) => {
        if (k === 'package') pkg = args[pos.length + i];
        else typeError(`import_module() got an unexpected keyword argument '${k}'`);
      });
      return importModule(pos[0], pkg);
    }
    if (args.length < 1 || args.length > 2) typeError(`import_module() takes from 1 to 2 positional arguments but ${args.length} were given`);
    return importModule(args[0], args.length > 1 ? args[1] : None);
  }, m));
  d.setStr('reload', new PyBuiltin('reload', (args) => {
    if (args.length !== 1) typeError(`reload() takes 1 positional argument but ${args.length} were given`);
    return reload(args[0]);
  }, m));
  d.setStr('invalidate_caches', new PyBuiltin('invalidate_caches', () => {
    invalidateCaches();
    return None;
  }, m));
  // Lib's importlib submodules (util, machinery, abc, resources, metadata...) load from the library.
  const lib = stdlibDir();
  if (lib !== null && isDir(lib + '/importlib')) {
    d.setStr('__path__', new PyList([lib + '/importlib']));
    d.setStr('__package__', 'importlib');
  }
  // importlib.__import__ is _bootstrap.__import__, the same function as builtins.__import__.
  d.setStr('__import__', builtinsDict.getStr('__import__') ?? None);
  d.setStr('find_loader', new PyBuiltin('find_loader', (args, kw) => {
    const [name, path] = parseArgs('find_loader', ['name', 'path'], args, kw, 1);
    return findLoader(name!, path ?? None);
  }, m));
  // importlib._bootstrap and _bootstrap_external: Lib's, loaded on first use (CPython's importlib has them
  // from the start, as _frozen_importlib).
  d.setStr('__getattr__', new PyBuiltin('__getattr__', (args) => {
    const n = args[0];
    if (n === '_bootstrap' || n === '_bootstrap_external') return loadModule(`importlib.${n}`);
    raise(AttributeError, `module 'importlib' has no attribute '${str(n)}'`);
  }, m));
  return m;
}

// ---------------------------------------------------------------------------
// -m: runpy's module search (without executing the module)

export type MainFound = { name: string; kind: 'source' | 'sourceless'; file: string } | { name: string; kind: 'spec'; spec: PyValue };

/**
 * runpy._get_module_details: the file `-m name` runs (a package's __main__), importing parent packages;
 * a string is the message runpy reports (after the program name); import errors of parents propagate.
 */
export function findForMain(name: string): MainFound | string {
  if (name.startsWith('.')) return 'Relative module names not supported';
  const dot = name.lastIndexOf('.');
  let path: PyValue = None;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    let parent: PyValue;
    try {
      parent = loadModule(parentName);
    } catch (e) {
      // runpy imports the parent first: an ImportError about the parent (or an ancestor) itself is left
      // to the search below to report, any other goes up as the program's error.
      if (!(e instanceof PyException)) throw e;
      if (!e.exc.cls.isSubtype(ImportError)) throw new ParentImportFailed(e);
      const en = e.exc.dict?.getStr('name') ?? None;
      if (typeof en !== 'string' || (en !== parentName && !parentName.startsWith(en + '.'))) throw new ParentImportFailed(e);
      throw e;
    }
    const pp = getAttrOpt(parent, '__path__');
    if (pp === undefined) notFound(`__path__ attribute not found on '${parentName}' while trying to find '${name}'`, name);
    path = pp;
  }
  if (name === 'sys' || name === 'builtins') return `No code object available for ${name}`;
  const found = findSpec(name, path);
  if (found === null) return `No module named ${name}`;
  // A native module is no package, but Typhon's importlib, which is one in CPython.
  if (found.kind === 'native' && getAttrOpt(loadModule(name), '__path__') === undefined) return `No code object available for ${name}`;
  const isPkg = found.kind === 'native' || found.kind === 'namespace' || (found.kind === 'spec'
    ? (getAttrOpt(found.spec, 'submodule_search_locations') ?? None) !== None : found.pkgDir !== null);
  if (isPkg) {
    if (name === '__main__' || name.endsWith('.__main__')) return 'Cannot use package as __main__ module';
    const r = findForMain(name + '.__main__');
    if (typeof r === 'string' && importHooks.modules.getStr(name) !== undefined) {
      return `${r}; '${name}' is a package and cannot be directly executed`;
    }
    return r;
  }
  if (found.kind === 'spec') {
    if ((getAttrOpt(found.spec, 'loader') ?? None) === None) return `'${name}' is a namespace package and cannot be executed`;
    return { name, kind: 'spec', spec: found.spec };
  }
  return { name, kind: found.kind as 'source' | 'sourceless', file: found.file };
}

/** A SourceFileLoader (SourcelessFileLoader for a .pyc) for a script run as __main__. */
export function sourceLoader(name: string, path: string, sourceless = false): PyValue {
  return fileLoader(name, path, sourceless);
}

/** runpy's import of a -m module's parent package failed otherwise than by the parent being absent. */
export class ParentImportFailed {
  constructor(public readonly error: PyException) {}
}

/** __spec__, __loader__ and __cached__ for the module -m runs. */
export function mainSpec(found: MainFound & { file: string }, specName = found.name): [PyValue, PyValue, PyValue] {
  const loader = fileLoader(found.name, found.file, found.kind !== 'source');
  let cached: PyValue = found.file;
  if (found.kind === 'source') {
    try {
      cached = cacheFromSource(found.file, {
        optimization: importConfig.optimize === 0 ? '' : importConfig.optimize,
        prefix: ((p) => (typeof p === 'string' ? p : null))(importHooks.sysAttr('pycache_prefix')),
      });
    } catch {
      cached = None;
    }
  }
  return [newSpec(specName, loader, found.file, None, cached), loader, cached];
}
import { cacheFromSource } from '../bytecode/pyc.js';
