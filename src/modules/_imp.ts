// The _imp module (Python/import.c's Python-facing part): what Lib's importlib._bootstrap and
// _bootstrap_external call when they run as importlib's submodules on top of Typhon's native import
// system (see vm/import.ts: importlib.util, importlib.machinery...). No extension modules; built-in
// modules are Typhon's native ones.
//
// Frozen modules: CPython 3.11 freezes its bootstrap, part of the standard library and a few test modules
// (`import __hello__`) into its binary. Typhon loads the bootstrap and the standard library from source, so
// only the test modules are frozen here: compiled from their sources in the standard library on first use,
// found and loaded by Lib's FrozenImporter.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyTuple, PyBytesObj, None, typeOf, memoryviewType } from '../objects/object.js';
import { readFileSync } from 'node:fs';
import { raise, typeError, exceptionTypes, importError, PyException } from '../objects/exceptions.js';
import { getAttr, index, str, repr, truthy, call } from '../objects/abstract.js';
import { loadsValue, dumpsValue } from './marshal.js';
import { asBytes } from '../objects/bytes.js';
import { asStr } from '../objects/str.js';
import { sourceHash } from '../bytecode/pyc.js';
import { RtCode } from '../vm/code.js';
import { isNativeModule, createNativeModule, importConfig, importLock, importName, importHooks } from '../vm/import.js';
import { stdlibDir } from '../vm/stdlib.js';
import { clinicArgs, methO, unpackArgs } from './args.js';

interface Frozen {
  /** The module it is a copy of ('<pkg': that package's __init__), null for one with no source file. */
  origname: string | null;
  ispkg: boolean;
  /** Its source, a file of the standard library (a relative path), else the text itself. */
  file?: string;
  text?: string;
  /** Its code's co_filename. */
  shown: string;
}

const HELLO: Frozen = { origname: '__hello__', ispkg: false, file: '__hello__.py', shown: '<frozen __hello__>' };
const FROZEN = new Map<string, Frozen>([
  ['__hello__', HELLO],
  ['__hello_alias__', HELLO],
  ['__phello_alias__', { ...HELLO, ispkg: true }],
  ['__phello_alias__.spam', HELLO],
  ['__phello__', { origname: '__phello__', ispkg: true, file: '__phello__/__init__.py', shown: '<frozen __phello__>' }],
  ['__phello__.__init__', { origname: '<__phello__', ispkg: false, file: '__phello__/__init__.py', shown: '<frozen __phello__>' }],
  // Two empty modules of CPython's source tree that an installation does not have.
  ['__phello__.ham', { origname: '__phello__.ham', ispkg: true, text: '', shown: '<frozen __phello__.ham>' }],
  ['__phello__.ham.__init__', { origname: '<__phello__.ham', ispkg: false, text: '', shown: '<frozen __phello__.ham>' }],
  ['__phello__.ham.eggs', { origname: '__phello__.ham.eggs', ispkg: false, text: '', shown: '<frozen __phello__.ham.eggs>' }],
  ['__phello__.spam', { origname: '__phello__.spam', ispkg: false, file: '__phello__/spam.py', shown: '<frozen __phello__.spam>' }],
  // Frozen only: Tools/freeze/flag.py of CPython's source tree.
  ['__hello_only__', { origname: null, ispkg: false, text: 'initialized = True\nprint("Hello world!")\n', shown: '<frozen frozen_only>' }],
]);

/** _imp._override_frozen_modules_for_tests: 1 on, -1 off, 0 the default (on, as in a CPython release build). */
let frozenOverride = 0;

/** The frozen module `name`, when frozen modules are in use. */
function frozenModule(name: string): Frozen | undefined {
  return frozenOverride < 0 ? undefined : FROZEN.get(name);
}

/** Whether `name` is a frozen module, which Lib's FrozenImporter loads (vm/import.ts asks it for these only). */
export function isFrozenModule(name: string): boolean {
  return frozenModule(name) !== undefined;
}

const frozenCode = new Map<string, RtCode>();

function frozenCodeOf(name: string): RtCode {
  let code = frozenCode.get(name);
  if (code === undefined) {
    const f = FROZEN.get(name)!;
    let source: Uint8Array;
    if (f.text !== undefined) source = Buffer.from(f.text);
    else {
      try {
        source = readFileSync(`${stdlibDir()}/${f.file}`);
      } catch {
        // No standard library where Typhon looked: a module with nothing to load.
        frozenError('Frozen object named %R is invalid', name);
      }
    }
    code = new RtCode(importHooks.compileBytes(source, f.shown, -1));
    frozenCode.set(name, code);
  }
  return code;
}

function fixFilename(code: RtCode, old: string, path: string): void {
  if (code.filename !== old) return;
  (code as { filename: string }).filename = path;
  (code.co as { filename: string }).filename = path;
  for (const c of code.consts) if (c instanceof RtCode) fixFilename(c, old, path);
}

export function makeImpModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_imp', d);
  const def = (name: string, f: (args: PyValue[]) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, (args) => f(args), m));
  };
  d.setStr('__doc__', '(Extremely) low-level import machinery bits as used by importlib.');
  d.setStr('check_hash_based_pycs', importConfig.checkHashBasedPycs);
  def('lock_held', () => importLock.depth > 0);
  def('acquire_lock', () => {
    importLock.depth++;
    return None;
  });
  def('release_lock', () => {
    if (importLock.depth === 0) raise(exceptionTypes.get('RuntimeError')!, 'not holding the import lock');
    importLock.depth--;
    return None;
  });
  def('is_builtin', (args) => {
    methO('_imp.is_builtin', args, null);
    const n = str(args[0]);
    // importlib is native in Typhon, but not built in (sys.builtin_module_names, Lib's BuiltinImporter).
    return n === 'sys' || n === 'builtins' ? -1 : isNativeModule(n) && n !== 'importlib' ? 1 : 0;
  });
  def('create_builtin', (args) => {
    methO('_imp.create_builtin', args, null);
    const nameObj = getAttr(args[0], 'name');
    const name = asStr(nameObj);
    if (name === undefined) typeError('name must be string, not ' + typeOf(nameObj).name);
    const mod = createNativeModule(name);
    if (mod === null) return None;
    return mod;
  });
  def('exec_builtin', () => 0);
  // The names these take may be str subclasses (pdb's _ModuleTarget, through importlib.util.find_spec).
  const frozenArg = (fname: string, args: PyValue[]): [string, Frozen | undefined] => {
    const arg = methO(`_imp.${fname}`, args, null);
    const name = asStr(arg);
    if (name === undefined) typeError(`${fname}() argument must be str, not ${typeOf(arg).name}`);
    return [name, frozenModule(name)];
  };
  def('is_frozen', (args) => frozenArg('is_frozen', args)[1] !== undefined);
  def('is_frozen_package', (args) => {
    const f = frozenArg('is_frozen_package', args)[1];
    if (f === undefined) frozenError('No such frozen object named %R', args[0]);
    return f.ispkg;
  });
  // With data, what it unmarshals to (CPython's tests give made-up data).
  def('get_frozen_object', (args) => {
    unpackArgs('get_frozen_object', args, null, 1, 2);
    const [nameArg, data] = args;
    const name = asStr(nameArg);
    if (data === undefined || data === None) {
      if (name === undefined) typeError(`get_frozen_object() argument 1 must be str, not ${typeOf(nameArg).name}`);
      if (frozenModule(name) === undefined) frozenError('No such frozen object named %R', nameArg);
      return frozenCodeOf(name);
    }
    const bytes = asBytes(data);
    if (bytes === undefined) typeError(`get_frozen_object() argument 2 must be bytes, not ${typeOf(data).name}`);
    let code: PyValue | undefined;
    try {
      if (bytes.length > 0) code = loadsValue(bytes);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
    if (code === undefined) frozenError('Frozen object named %R is invalid', nameArg);
    if (!(code instanceof RtCode)) typeError(`frozen object ${repr(nameArg)} is not a code object`);
    return code;
  });
  // init_frozen imports the frozen module as the import statement would.
  def('init_frozen', (args) => {
    const [name, f] = frozenArg('init_frozen', args);
    return f === undefined ? None : importName(name, None, 0, new PyDict());
  });
  d.setStr('find_frozen', new PyBuiltin('find_frozen', (args, kw) => {
    // find_frozen(name, /, *, withdata=False)
    const nkw = kw?.length ?? 0;
    if (args.length - nkw !== 1) typeError(`find_frozen() takes exactly 1 positional argument (${args.length - nkw} given)`);
    for (const k of kw ?? []) if (k !== 'withdata') typeError(`find_frozen() got an unexpected keyword argument '${k}'`);
    const [nameArg, withdata] = args;
    const name = asStr(nameArg);
    if (name === undefined) typeError(`find_frozen() argument 1 must be str, not ${typeOf(nameArg).name}`);
    const f = frozenModule(name);
    if (f === undefined) return None;
    const data = withdata !== undefined && truthy(withdata) ? call(memoryviewType, [new PyBytesObj(dumpsValue(frozenCodeOf(name), 4))]) : None;
    return new PyTuple([data, f.ispkg, f.origname ?? None]);
  }, m));
  def('_frozen_module_names', () => new PyList([...FROZEN.keys()].filter((n) => frozenModule(n) !== undefined)));
  def('_override_frozen_modules_for_tests', (args) => {
    frozenOverride = Math.sign(Number(index(methO('_imp._override_frozen_modules_for_tests', args, null))));
    return None;
  });
  def('extension_suffixes', () => new PyList([]));
  def('create_dynamic', (args) => (unpackArgs('create_dynamic', args, null, 1, 2), raise(exceptionTypes.get('ImportError')!, `Typhon cannot load extension modules (${str(getAttr(args[0], 'origin'))})`)));
  def('exec_dynamic', () => 0);
  def('_fix_co_filename', (args) => {
    unpackArgs('_fix_co_filename', args, null, 2, 2);
    const [code, pathArg] = args;
    if (!(code instanceof RtCode)) typeError(`_fix_co_filename() argument 1 must be code, not ${typeOf(code).name}`);
    const path = asStr(pathArg);
    if (path === undefined) typeError(`_fix_co_filename() argument 2 must be str, not ${typeOf(pathArg).name}`);
    fixFilename(code, code.filename, path);
    return None;
  });
  def('source_hash', (args) => {
    const [key, source] = clinicArgs('source_hash', ['key', 'source'], args, null, 2) as PyValue[];
    const b = asBytes(source);
    if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(source).name}'`);
    return new PyBytesObj(sourceHash(index(key), b));
  });
  return m;
}

/** import.c's set_frozen_error: an ImportError naming the module (%R: its repr). */
function frozenError(msg: string, name: PyValue): never {
  throw new PyException(importError(exceptionTypes.get('ImportError')!, msg.replace('%R', repr(name)), name));
}
