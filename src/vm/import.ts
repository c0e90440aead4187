// The import statement: sys.modules, native modules registered from TypeScript, and .py files
// found on sys.path (compiled with Typhon's compiler and run in a fresh module namespace).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PyValue, PyDict, PyModule, PyList, PyTuple, None, typeOf } from '../objects/object.js';
import { PyException, newException, ImportError, ModuleNotFoundError, typeError, raise, valueError } from '../objects/exceptions.js';
import { getAttrOpt, toArray, str } from '../objects/abstract.js';
import type { RtCode } from './code.js';

/** Native modules: name -> initialiser returning the module (called once, on first import). */
const nativeModules = new Map<string, () => PyModule>();

export function registerNativeModule(name: string, init: () => PyModule): void {
  nativeModules.set(name, init);
}

/** Filled by interp.ts (avoids an import cycle with the compiler driver). */
export const importHooks = {
  modules: new PyDict(),
  path: (): string[] => [],
  compileFile: (path: string, name: string): RtCode => {
    void path;
    void name;
    throw new Error('no compiler');
  },
  execModule: (code: RtCode, m: PyModule): void => {
    void code;
    void m;
  },
};

function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) return name;
  let pkg = globals.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const n = globals.getStr('__name__');
    if (typeof n !== 'string') raise(KeyErrorT(), "'__name__' not in globals");
    pkg = globals.getStr('__path__') !== undefined ? n : n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '';
  }
  if (typeof pkg !== 'string' || pkg === '') raise(ImportError, 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 > parts.length - 1 + 1 || parts.length < level) {
    if (parts.length < level) raise(ImportError, 'attempted relative import beyond top-level package');
  }
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}
import { KeyError } from '../objects/exceptions.js';
function KeyErrorT() { return KeyError; }

function findSpec(name: string, searchPath: string[]): { file: string; isPkg: boolean } | null {
  const last = name.slice(name.lastIndexOf('.') + 1);
  for (const dir of searchPath) {
    const pkgInit = join(dir, last, '__init__.py');
    if (existsSync(pkgInit)) return { file: pkgInit, isPkg: true };
    const f = join(dir, last + '.py');
    if (existsSync(f) && statSync(f).isFile()) return { file: f, isPkg: false };
  }
  return null;
}

function notFound(name: string): never {
  const e = newException(ModuleNotFoundError, [`No module named '${name}'`]);
  e.dict = new PyDict();
  e.dict.setStr('name', name);
  throw new PyException(e);
}

export function loadModule(name: string): PyValue {
  const modules = importHooks.modules;
  const cached = modules.getStr(name);
  if (cached !== undefined) {
    if (cached === None) notFound(name);
    return cached;
  }
  let parent: PyValue | null = null;
  let searchPath = importHooks.path();
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    parent = loadModule(name.slice(0, dot));
    const pp = getAttrOpt(parent, '__path__');
    if (pp === undefined) {
      const e = newException(ModuleNotFoundError, [`No module named '${name}'; '${name.slice(0, dot)}' is not a package`]);
      throw new PyException(e);
    }
    searchPath = toArray(pp).map((x) => str(x));
  }
  const nat = nativeModules.get(name);
  let m: PyModule;
  if (nat !== undefined) {
    m = nat();
    modules.setStr(name, m);
  } else {
    const spec = findSpec(name, searchPath);
    if (spec === null) notFound(name);
    const d = new PyDict();
    m = new PyModule(name, d);
    d.setStr('__file__', spec.file);
    d.setStr('__package__', spec.isPkg ? name : dot >= 0 ? name.slice(0, dot) : '');
    if (spec.isPkg) d.setStr('__path__', new PyList([spec.file.slice(0, spec.file.length - '/__init__.py'.length)]));
    d.setStr('__spec__', None);
    d.setStr('__loader__', None);
    modules.setStr(name, m);
    try {
      const code = importHooks.compileFile(spec.file, name);
      importHooks.execModule(code, m);
    } catch (e) {
      modules.t.delete(name);
      throw e;
    }
  }
  const final = modules.getStr(name) ?? m;
  if (parent !== null) {
    (parent as PyModule).dict?.setStr(name.slice(dot + 1), final);
  }
  return final;
}

export function importName(name: string, fromlist: PyValue, level: number, globals: PyDict): PyValue {
  if (level < 0) valueError('level must be >= 0');
  if (name === '' && level === 0) valueError('Empty module name');
  const full = resolveName(name, globals, level);
  const m = loadModule(full);
  const hasFrom = fromlist !== None && !(fromlist instanceof PyTuple && fromlist.items.length === 0) && !(fromlist instanceof PyList && fromlist.items.length === 0);
  if (hasFrom) {
    // from pkg import submodule: import submodules named in fromlist when missing as attributes.
    if (getAttrOpt(m, '__path__') !== undefined) {
      for (const x of toArray(fromlist)) {
        if (typeof x !== 'string' || x === '*') continue;
        if (getAttrOpt(m, x) === undefined) {
          try {
            loadModule(`${full}.${x}`);
          } catch (e) {
            if (!(e instanceof PyException && e.exc.cls === ModuleNotFoundError)) throw e;
          }
        }
      }
    }
    return m;
  }
  if (level === 0) {
    const top = name.split('.')[0];
    return importHooks.modules.getStr(top)!;
  }
  if (name === '') return m;
  const cut = full.length - name.length;
  return importHooks.modules.getStr(full.slice(0, cut + name.split('.')[0].length))!;
}

export function importFrom(m: PyValue, name: string): PyValue {
  const v = getAttrOpt(m, name);
  if (v !== undefined) return v;
  const pkgName = m instanceof PyModule ? m.dict!.getStr('__name__') : undefined;
  if (typeof pkgName === 'string') {
    const sub = importHooks.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = m instanceof PyModule ? m.dict!.getStr('__file__') : undefined;
  const modName = typeof pkgName === 'string' ? pkgName : '<unknown module name>';
  const where = file !== undefined ? str(file) : 'unknown location';
  const e = newException(ImportError, [`cannot import name '${name}' from '${modName}' (${where})`]);
  throw new PyException(e);
}

export function importStar(m: PyValue, locals: PyDict): void {
  const all = getAttrOpt(m, '__all__');
  const d = m instanceof PyModule ? m.dict! : null;
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== 'string') typeError(`Item in ${str(d?.getStr('__name__') ?? '?')}.__all__ must be str, not ${typeOf(n).name}`);
      const v = getAttrOpt(m, n);
      if (v === undefined) raise(AttributeErrorT(), `module '${str(d?.getStr('__name__') ?? '?')}' has no attribute '${n}'`);
      locals.setStr(n, v);
    }
    return;
  }
  if (d === null) return;
  for (const e of Array.from(d.t.map.values())) {
    if (typeof e.key === 'string' && !e.key.startsWith('_')) locals.setStr(e.key, e.value);
  }
}
import { AttributeError } from '../objects/exceptions.js';
function AttributeErrorT() { return AttributeError; }
void readFileSync;
