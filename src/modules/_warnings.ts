// The _warnings module (Python/_warnings.c): warn/warn_explicit with the filters, registries and
// "once" registry shared with Lib/warnings.py (read from the warnings module when it is imported, as
// the C code does), so that importing warnings needs no regular expressions (its default filters are
// plain strings here). Shown warnings go through warnings._showwarnmsg when warnings is imported,
// else are written to sys.stderr in CPython's format: `file:line: Category: message` and the source line.
import {
  PyValue, PyDict, PyModule, PyBuiltin, PyList, PyTuple, PyType, None, typeOf,
} from '../objects/object.js';
import { PyException, typeError, raise, exceptionTypes, RuntimeError } from '../objects/exceptions.js';
import { call, getAttr, getAttrOpt, str, repr, truthy, eq, index, callBound } from '../objects/abstract.js';
import { parseArgs } from '../objects/str.js';
import { strSubValue } from './args.js';
import { ts } from '../vm/ceval.js';
import { getLines } from '../vm/traceback.js';
import { importHooks } from '../vm/import.js';
import { issubclassImpl } from './builtins.js';

const filters = new PyList([]);
const onceRegistry = new PyDict();
let filtersVersion = 1;

function exc(name: string): PyType {
  return exceptionTypes.get(name)!;
}

/** The default filters, made on first use: a warning may come before anything imports _warnings (a compile). */
let filtersMade = false;
function initFilters(): void {
  if (filtersMade) return;
  filtersMade = true;
  const f = (action: string, cat: string, module: PyValue): PyTuple => new PyTuple([action, None, exc(cat), module, 0]);
  filters.items.push(f('default', 'DeprecationWarning', '__main__'), f('ignore', 'DeprecationWarning', None),
    f('ignore', 'PendingDeprecationWarning', None), f('ignore', 'ImportWarning', None), f('ignore', 'ResourceWarning', None));
}

/** The warnings module if imported: its attributes override this module's state (catch_warnings swaps them). */
function warningsModule(): PyValue | undefined {
  const m = importHooks.modules.getStr('warnings');
  return m === undefined || m === None ? undefined : m;
}

function warningsAttr(name: string): PyValue | undefined {
  const m = warningsModule();
  return m === undefined ? undefined : getAttrOpt(m, name);
}

/**
 * The filters, once registry and default action last read from the warnings module (get_filters and the others
 * keep them in the module state): what they were is used once the module no longer has them (`del warnings.filters`).
 */
const last: { [k: string]: PyValue } = {};
function stateAttr(name: string, initial: PyValue): PyValue {
  const v = warningsAttr(name);
  if (v !== undefined) last[name] = v;
  return last[name] ?? initial;
}

function currentFilters(): PyValue[] {
  initFilters();
  const f = stateAttr('filters', filters);
  if (!(f instanceof PyList)) raise(exc('ValueError'), '_warnings.filters must be a list');
  return f.items;
}

/** check_matched: None matches; a plain str must equal; else a regex whose match() is called. */
function matched(obj: PyValue, arg: PyValue): boolean {
  if (obj === None) return true;
  if (typeof obj === 'string') return typeof arg === 'string' && obj === arg;
  return truthy(call(getAttr(obj, 'match'), [arg]));
}

function getFilter(category: PyType, text: PyValue, lineno: number, module: PyValue): [string, PyValue] {
  const fs = currentFilters();
  for (let i = 0; i < fs.length; i++) {
    const t = fs[i];
    if (!(t instanceof PyTuple) || t.items.length !== 5) raise(exc('ValueError'), `_warnings.filters item ${i} isn't a 5-tuple`);
    const [actionArg, msg, cat, mod, ln] = t.items;
    const action = strSubValue(actionArg);
    if (typeof action !== 'string') typeError(`action must be a string, not '${typeOf(action).name}'`);
    // PyObject_IsSubclass: a filter's category may be a tuple (simplefilter('ignore', (SyntaxWarning, ...))).
    const good = matched(msg, text) && matched(mod, module) && (cat instanceof PyType ? category.isSubtype(cat) : issubclassImpl(category, cat));
    if (good && (Number(index(ln)) === 0 || Number(index(ln)) === lineno)) return [action, t];
  }
  const dflt = strSubValue(stateAttr('defaultaction', 'default'));
  if (typeof dflt !== 'string') typeError(`_warnings.defaultaction must be a string, not '${typeOf(dflt).name}'`);
  return [dflt, None];
}

function alreadyWarned(registry: PyValue, key: PyValue, shouldSet: boolean): boolean {
  if (!(registry instanceof PyDict)) return false;
  const v = registry.getStr('version');
  if (v === undefined || v !== filtersVersion) {
    registry.t.clear();
    registry.setStr('version', filtersVersion);
  } else {
    const hit = registry.get(key);
    if (hit !== undefined && truthy(hit)) return true;
  }
  if (shouldSet) registry.set(key, true);
  return false;
}

function updateRegistry(registry: PyValue, text: PyValue, category: PyType, addZero: boolean): boolean {
  const altkey = addZero ? new PyTuple([text, category, 0]) : new PyTuple([text, category]);
  return alreadyWarned(registry, altkey, true);
}

function sourceLine(filename: string, lineno: number): string | null {
  const lines = getLines(filename);
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

function showWarning(filename: string, lineno: number, text: PyValue, category: PyType, source: string | null): void {
  const stderr = importHooks.sysAttr('stderr');
  if (stderr === undefined || stderr === None) return;
  const name = str(getAttrOpt(category, '__name__') ?? category.name);
  let out = `${filename}:${lineno}: ${name}: ${str(text)}\n`;
  const line = source ?? sourceLine(filename, lineno);
  if (line !== null) {
    const stripped = line.replace(/^[ \t\f]+/, '').replace(/[\r\n]+$/, '');
    if (stripped !== '') out += `  ${stripped}\n`;
  }
  call(getAttr(stderr, 'write'), [out]);
}

function callShowWarning(category: PyType, text: PyValue, message: PyValue, filename: string, lineno: number, source: PyValue): void {
  const show = warningsAttr('_showwarnmsg');
  if (show === undefined) {
    showWarning(filename, lineno, text, category, null);
    return;
  }
  if (typeOf(show).lookup('__call__') === undefined) typeError('warnings._showwarnmsg() must be set to a callable');
  const wm = warningsAttr('WarningMessage');
  if (wm === undefined) raise(RuntimeError, 'unable to get warnings.WarningMessage');
  const msg = call(wm, [message, category, filename, lineno, None, None, source]);
  call(show, [msg]);
}

/** warn_explicit's body; returns None. */
export function warnExplicit(category: PyValue, message: PyValue, filename: string, lineno: number, module: PyValue,
  registry: PyValue, source: PyValue): PyValue {
  if (module === None) {
    // normalize_module: the file name without '.py'.
    module = filename.endsWith('.py') ? filename.slice(0, -3) : filename === '' ? '<unknown>' : filename;
  }
  const warningT = exc('Warning');
  let text: PyValue;
  if (typeOf(message).isSubtype(warningT)) {
    text = str(message);
    category = typeOf(message);
  } else {
    text = message;
    message = call(category, [message]);
  }
  const cat = category as PyType;
  const key = new PyTuple([text, cat, lineno]);
  if (registry !== None && alreadyWarned(registry, key, false)) return None;
  const [action] = getFilter(cat, text, lineno, module);
  if (action === 'error') throw new PyException(message as never);
  if (action === 'ignore') return None;
  if (action !== 'always') {
    let already = false;
    if (action === 'once') {
      const reg = stateAttr('onceregistry', onceRegistry);
      if (registry !== None && registry instanceof PyDict) registry.set(key, true);
      already = updateRegistry(reg, text, cat, false);
    } else if (action === 'module') {
      if (registry !== None) already = updateRegistry(registry, text, cat, true);
    } else if (action === 'default') {
      if (registry !== None && registry instanceof PyDict) registry.set(key, true);
    } else {
      raise(RuntimeError, `Unrecognized action (${repr(action)}) in warnings.filters:\n ${repr(action)}`);
    }
    if (already) return None;
  }
  callShowWarning(cat, text, message, filename, lineno, source);
  return None;
}

/** The frames warn() skips for stacklevel > 1: importlib's bootstrap frames. */
function isInternal(filename: string): boolean {
  return filename.includes('importlib') && filename.includes('_bootstrap');
}

/** warnings.warn(message, category=None, stacklevel=1, source=None) from native code or Python. */
export function warn(message: PyValue, category: PyValue, stacklevel: number, source: PyValue): PyValue {
  const warningT = exc('Warning');
  if (typeOf(message).isSubtype(warningT)) category = typeOf(message);
  else if (category === None) category = exc('UserWarning');
  else if (!(category instanceof PyType) || !category.isSubtype(warningT)) {
    typeError(`category must be a Warning subclass, not '${typeOf(category).name}'`);
  }
  let f = ts.frame;
  if (stacklevel <= 0 || (f !== null && isInternal(f.code.filename))) {
    stacklevel--;
    while (stacklevel > 0 && f !== null) {
      f = f.back;
      stacklevel--;
    }
  } else {
    while (--stacklevel > 0 && f !== null) {
      f = f.back;
      while (f !== null && isInternal(f.code.filename)) f = f.back;
    }
  }
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    const sysm = importHooks.modules.getStr('sys') as PyModule;
    globals = sysm.dict!;
    filename = 'sys';
    lineno = 1;
  } else {
    globals = f.globals;
    filename = f.code.filename;
    lineno = f.lineno;
  }
  let registry = globals.getStr('__warningregistry__');
  if (registry === undefined || registry === None) {
    registry = new PyDict();
    globals.setStr('__warningregistry__', registry);
  }
  const module = globals.getStr('__name__') ?? '<string>';
  return warnExplicit(category, message, filename, lineno, module, registry, source);
}

export function makeWarningsModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_warnings', d);
  d.setStr('__doc__', '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.');
  initFilters();
  d.setStr('filters', filters);
  d.setStr('_defaultaction', 'default');
  d.setStr('_onceregistry', onceRegistry);
  d.setStr('warn', new PyBuiltin('warn', (args, kw) => {
    const [message, category, stacklevel, source] = parseArgs('warn', ['message', 'category', 'stacklevel', 'source'], args, kw, 1);
    return warn(message!, category ?? None, stacklevel === undefined ? 1 : Number(index(stacklevel)), source ?? None);
  }, m));
  d.setStr('warn_explicit', new PyBuiltin('warn_explicit', (args, kw) => {
    const [message, category, filenameArg, lineno, module, registry, moduleGlobals, source] = parseArgs('warn_explicit',
      ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'], args, kw, 4);
    const filename = strSubValue(filenameArg!);
    if (typeof filename !== 'string') typeError(`warn_explicit() argument 3 must be str, not ${typeOf(filename!).name}`);
    if (moduleGlobals !== undefined && moduleGlobals !== None && !(moduleGlobals instanceof PyDict)) {
      typeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).tpName}'`);
    }
    if (registry !== undefined && registry !== None && !(registry instanceof PyDict)) typeError("'registry' must be a dict or None");
    return warnExplicit(category!, message!, filename, Number(index(lineno!)), module ?? None, registry ?? None, source ?? None);
  }, m));
  d.setStr('_filters_mutated', new PyBuiltin('_filters_mutated', () => {
    filtersVersion++;
    return None;
  }, m));
  void [eq, callBound];
  return m;
}
