// The _imp module (Python/import.c's Python-facing part): what Lib's importlib._bootstrap and
// _bootstrap_external call when they run as importlib's submodules on top of Typhon's native import
// system (see vm/import.ts: importlib.util, importlib.machinery...). No frozen modules, no extension
// modules; built-in modules are Typhon's native ones.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyBytesObj, None, typeOf } from '../objects/object.js';
import { raise, typeError, exceptionTypes, importError, PyException } from '../objects/exceptions.js';
import { getAttr, index, str, repr } from '../objects/abstract.js';
import { loadsValue } from './marshal.js';
import { asBytes } from '../objects/bytes.js';
import { sourceHash } from '../bytecode/pyc.js';
import { RtCode } from '../vm/code.js';
import { isNativeModule, createNativeModule, importConfig, importLock } from '../vm/import.js';
import { clinicArgs, methO, unpackArgs } from './args.js';

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
    return n === 'sys' || n === 'builtins' ? -1 : isNativeModule(n) ? 1 : 0;
  });
  def('create_builtin', (args) => {
    methO('_imp.create_builtin', args, null);
    const name = getAttr(args[0], 'name');
    if (typeof name !== 'string') typeError('name must be string, not ' + typeOf(name).name);
    const mod = createNativeModule(name);
    if (mod === null) return None;
    return mod;
  });
  def('exec_builtin', () => 0);
  def('is_frozen', () => false);
  def('is_frozen_package', (args) => methO('_imp.is_frozen_package', args, null) && frozenError('No such frozen object named %R', args[0]));
  // With data, what it unmarshals to (CPython's tests give made-up data); without, no frozen module exists.
  def('get_frozen_object', (args) => {
    unpackArgs('get_frozen_object', args, null, 1, 2);
    const [name, data] = args;
    if (data === undefined || data === None) frozenError('No such frozen object named %R', name);
    const bytes = asBytes(data);
    if (bytes === undefined) typeError(`get_frozen_object() argument 2 must be bytes, not ${typeOf(data).name}`);
    let code: PyValue | undefined;
    try {
      if (bytes.length > 0) code = loadsValue(bytes);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
    if (code === undefined) frozenError('Frozen object named %R is invalid', name);
    if (!(code instanceof RtCode)) typeError(`frozen object ${repr(name)} is not a code object`);
    return code;
  });
  def('init_frozen', () => None);
  def('find_frozen', () => None);
  def('_frozen_module_names', () => new PyList([]));
  def('_override_frozen_modules_for_tests', () => None);
  def('extension_suffixes', () => new PyList([]));
  def('create_dynamic', (args) => (unpackArgs('create_dynamic', args, null, 1, 2), raise(exceptionTypes.get('ImportError')!, `Typhon cannot load extension modules (${str(getAttr(args[0], 'origin'))})`)));
  def('exec_dynamic', () => 0);
  def('_fix_co_filename', (args) => {
    unpackArgs('_fix_co_filename', args, null, 2, 2);
    const [code, path] = args;
    if (!(code instanceof RtCode)) typeError(`_fix_co_filename() argument 1 must be code, not ${typeOf(code).name}`);
    if (typeof path !== 'string') typeError(`_fix_co_filename() argument 2 must be str, not ${typeOf(path).name}`);
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
