// Tab completion for the REPL: what Lib/rlcompleter.py's Completer offers for a word (keywords,
// names of __main__ and builtins; `expr.attr` from dir()), and the word boundaries and match lists
// that GNU readline, as CPython's readline module sets it up, applies to it.
import {
  PyValue, PyDict, PyType, PyModule, PyBuiltin, PyMethodDescr, PyMethod, PyProperty, None, typeOf, typeType,
} from '../objects/object.js';
import { PyFunction } from '../objects/funcobject.js';
import { call, getAttrOpt, toArray, str } from '../objects/abstract.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { builtinsDict } from '../modules/builtins.js';

/** readline's completer_word_break_characters as CPython's readline module sets them. */
const WORD_BREAKS = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/** Where the word to complete starts in `line` (the text before the cursor). */
export function wordStart(line: string): number {
  let i = line.length;
  while (i > 0 && !WORD_BREAKS.includes(line[i - 1])) i--;
  return i;
}

// keyword.kwlist + keyword.softkwlist, in their order.
const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', '_', 'case', 'match',
];
const BARE_KEYWORDS = new Set(['False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_']);

// Builtins whose inspect.signature() has no parameters (rlcompleter then offers `name()`); builtins
// without a text signature raise ValueError there and get `name(` like any other callable.
const NO_PARAMS = new Set([
  'globals', 'locals', 'object', 'copyright', 'credits', 'license',
  'str.capitalize', 'str.casefold', 'str.isalnum', 'str.isalpha', 'str.isascii', 'str.isdecimal', 'str.isdigit',
  'str.isidentifier', 'str.islower', 'str.isnumeric', 'str.isprintable', 'str.isspace', 'str.istitle',
  'str.isupper', 'str.lower', 'str.swapcase', 'str.title', 'str.upper',
  'list.clear', 'list.copy', 'list.reverse', 'bytearray.clear', 'bytearray.copy', 'bytearray.reverse',
  'dict.popitem', 'int.as_integer_ratio', 'int.bit_count', 'int.bit_length', 'bool.as_integer_ratio',
  'bool.bit_count', 'bool.bit_length', 'float.as_integer_ratio', 'float.conjugate', 'float.hex',
  'float.is_integer', 'complex.conjugate',
  'sys.exc_info', 'sys.exception', 'sys.get_int_max_str_digits', 'sys.getdefaultencoding',
  'sys.getfilesystemencodeerrors', 'sys.getfilesystemencoding', 'sys.getrecursionlimit', 'sys.getswitchinterval',
  'sys.gettrace', 'sys.getprofile', 'sys.is_finalizing',
]);

function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup('__call__') !== undefined;
}

/** Parameters of a Python function's code, less `skip` bound ones; null when unknown. */
function paramCount(f: PyFunction, skip: number): number {
  const c = f.code;
  const n = c.argcount + c.kwonlyargcount + (c.flags & CO_VARARGS ? 1 : 0) + (c.flags & CO_VARKEYWORDS ? 1 : 0);
  return n - skip;
}

/** Does inspect.signature(v) have no parameters? (null: it raises ValueError.) */
function hasNoParams(v: PyValue): boolean | null {
  if (v instanceof PyFunction) return paramCount(v, 0) === 0;
  if (v instanceof PyMethod) return v.func instanceof PyFunction ? paramCount(v.func, 1) === 0 : null;
  if (v instanceof PyBuiltin) {
    const self = v.self;
    let owner = '';
    if (self !== null && self !== None) {
      const t = typeOf(self);
      owner = self instanceof PyModule ? str(getAttrOpt(self, '__name__') ?? '') : t.name;
    }
    return NO_PARAMS.has(owner === '' || owner === 'builtins' ? v.name : `${owner}.${v.name}`) ? true : null;
  }
  if (v instanceof PyMethodDescr) return null;
  if (v instanceof PyType) return classHasNoParams(v);
  return null;
}

/** inspect.signature of a class: the __new__ or __init__ written in Python nearest in the MRO, else object's `()`. */
function classHasNoParams(t: PyType): boolean | null {
  for (const base of t.mro) {
    for (const name of ['__new__', '__init__']) {
      const d = base.tdict.get(name);
      if (d === undefined) continue;
      const f = d instanceof PyFunction ? d : (d as { func?: PyValue }).func;
      if (f instanceof PyFunction) return paramCount(f, 1) === 0;
      if (base.name !== 'object') return null;
    }
  }
  return true;
}

function callablePostfix(v: PyValue, word: string): string {
  if (!isCallable(v)) return word;
  let noParams: boolean | null = null;
  try {
    noParams = hasNoParams(v);
  } catch {
    noParams = null;
  }
  return word + (noParams ? '()' : '(');
}

function globalMatches(text: string, ns: PyDict): string[] {
  const out: string[] = [];
  const seen = new Set(['__builtins__']);
  for (const kw of KEYWORDS) {
    if (!kw.startsWith(text)) continue;
    seen.add(kw);
    out.push(kw === 'finally' || kw === 'try' ? kw + ':' : BARE_KEYWORDS.has(kw) ? kw : kw + ' ');
  }
  for (const d of [ns, builtinsDict]) {
    for (const [k, v] of dictItems(d)) {
      if (typeof k !== 'string' || !k.startsWith(text) || seen.has(k)) continue;
      seen.add(k);
      out.push(callablePostfix(v, k));
    }
  }
  return out;
}

function dictItems(d: PyDict): [PyValue, PyValue][] {
  const keys = toArray(d);
  const out: [PyValue, PyValue][] = [];
  for (const k of keys) {
    const v = typeof k === 'string' ? d.getStr(k) : undefined;
    if (v !== undefined) out.push([k, v]);
  }
  return out;
}

function dirNames(v: PyValue): string[] {
  const dir = builtinsDict.getStr('dir')!;
  return toArray(call(dir, [v])).filter((x): x is string => typeof x === 'string');
}

/** get_class_members: dir() of the class and, recursively, of its bases. */
function classMembers(t: PyValue, out: Set<string>): void {
  for (const n of dirNames(t)) out.add(n);
  const bases = getAttrOpt(t, '__bases__');
  if (bases !== undefined) for (const b of toArray(bases)) classMembers(b, out);
}

function attrMatches(text: string, ns: PyDict): string[] {
  const m = /^(\w+(?:\.\w+)*)\.(\w*)/u.exec(text);
  if (m === null) return [];
  const expr = m[1];
  const attr = m[2];
  // eval(expr, namespace) of a dotted name: a global (or builtin), then attributes.
  const parts = expr.split('.');
  let obj = ns.getStr(parts[0]) ?? builtinsDict.getStr(parts[0]);
  if (obj === undefined) return [];
  for (let i = 1; i < parts.length; i++) {
    obj = getAttrOpt(obj, parts[i]);
    if (obj === undefined) return [];
  }
  const thisObject = obj;
  const words = new Set(dirNames(thisObject));
  words.delete('__builtins__');
  const cls = getAttrOpt(thisObject, '__class__');
  if (cls !== undefined) {
    words.add('__class__');
    classMembers(cls, words);
  }
  const matches: string[] = [];
  const n = attr.length;
  let noprefix: string | null = attr === '' ? '_' : attr === '_' ? '__' : null;
  const objType = typeOf(thisObject);
  for (;;) {
    for (const word of words) {
      if (!word.startsWith(attr) || (noprefix !== null && word.slice(0, n + 1) === noprefix)) continue;
      const match = `${expr}.${word}`;
      const onType = objType === typeType ? undefined : objType.lookup(word);
      if (onType instanceof PyProperty) {
        matches.push(match);
        continue;
      }
      let value: PyValue | undefined;
      try {
        value = getAttrOpt(thisObject, word);
      } catch {
        value = undefined;
      }
      matches.push(value !== undefined && value !== None ? callablePostfix(value, match) : match);
    }
    if (matches.length > 0 || noprefix === null) break;
    noprefix = noprefix === '_' ? '__' : null;
  }
  return matches.sort();
}

/** Completer.complete's matches for `text` (never the tab-insertion case: the caller handles blank text). */
export function completions(text: string, ns: PyDict): string[] {
  try {
    return text.includes('.') ? attrMatches(text, ns) : globalMatches(text, ns);
  } catch {
    // readline ignores a completer that raises.
    return [];
  }
}
