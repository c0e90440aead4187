// The _locale module (Modules/_localemodule.c), minimal: the C locale, with the LC_CTYPE that start-up
// selected (src/vm/locale.ts: C.UTF-8 after the coercion of a C locale, C when LC_ALL=C kept it).
// setlocale accepts "", "C", "POSIX", C.UTF-8 names and the composite LC_ALL name it gives, and refuses
// others with locale.Error; collation is by code point.
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyType, None, typeOf } from '../objects/object.js';
import { raise, typeError, exceptionTypes } from '../objects/exceptions.js';
import { call, index } from '../objects/abstract.js';
import { methO, strSubValue } from './args.js';
import { typeType } from '../objects/object.js';
import { PyTuple } from '../objects/object.js';
import { strCompare } from '../objects/str.js';
import { startLocale, localeCodeset } from '../vm/locale.js';

const CATS = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES'];
const LC_ALL = 6;
const current = ['C.UTF-8', 'C', 'C', 'C', 'C', 'C'];
let started = false;

function allName(): string {
  if (current.every((c) => c === current[0])) return current[0];
  const parts = CATS.map((n, i) => `${n}=${current[i]}`);
  for (const n of ['LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']) parts.push(`${n}=C`);
  return parts.join(';');
}

export function makeLocaleModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_locale', d);
  if (!started) {
    started = true;
    current[0] = startLocale.ctype;
  }
  const def = (name: string, f: (args: PyValue[]) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, (args) => f(args), m));
  };
  const ns = new PyDict();
  ns.setStr('__module__', 'locale');
  const err = call(typeType, ['Error', new PyTuple([exceptionTypes.get('Exception')!]), ns]) as PyType;
  d.setStr('Error', err);
  CATS.forEach((n, i) => d.setStr(n, i));
  d.setStr('LC_ALL', LC_ALL);
  d.setStr('CHAR_MAX', 127);
  d.setStr('CODESET', 14);
  def('setlocale', (args) => {
    if (args.length < 1 || args.length > 2) typeError(`setlocale expected at most 2 arguments, got ${args.length}`);
    const cat = Number(index(args[0]));
    if (cat < 0 || cat > LC_ALL) raise(err, 'invalid locale category');
    const loc = args.length > 1 ? strSubValue(args[1]) : None;
    if (loc === None) return cat === LC_ALL ? allName() : current[cat];
    if (typeof loc !== 'string') typeError(`setlocale() argument 2 must be str or None, not ${typeOf(loc).name}`);
    const known = (name: string): string => {
      const norm = name.toLowerCase().replace('-', '');
      if (name !== 'C' && name !== 'POSIX' && norm !== 'c.utf8') raise(err, 'unsupported locale setting');
      return norm === 'c.utf8' ? 'C.UTF-8' : 'C';
    };
    if (cat === LC_ALL && loc.includes('=')) {
      // The composite name setlocale(LC_ALL) gives when the categories differ, as glibc takes it back.
      const given = new Map<string, string>();
      for (const part of loc.split(';')) {
        const eq = part.indexOf('=');
        if (eq < 0 || !/^LC_[A-Z]+$/.test(part.slice(0, eq))) raise(err, 'unsupported locale setting');
        given.set(part.slice(0, eq), known(part.slice(eq + 1)));
      }
      CATS.forEach((n, i) => {
        const v = given.get(n);
        if (v !== undefined) current[i] = v;
      });
      return allName();
    }
    const name = loc === '' ? (cat === 0 || cat === LC_ALL ? 'C.UTF-8' : 'C') : known(loc);
    if (cat === LC_ALL) {
      for (let i = 0; i < current.length; i++) current[i] = name;
      if (loc === '') current[0] = 'C.UTF-8';
      return allName();
    }
    current[cat] = name;
    return name;
  });
  def('localeconv', () => {
    const r = new PyDict();
    const s: [string, PyValue][] = [['int_curr_symbol', ''], ['currency_symbol', ''], ['mon_decimal_point', ''], ['mon_thousands_sep', ''],
      ['mon_grouping', new PyList([])], ['positive_sign', ''], ['negative_sign', ''], ['int_frac_digits', 127], ['frac_digits', 127],
      ['p_cs_precedes', 127], ['p_sep_by_space', 127], ['n_cs_precedes', 127], ['n_sep_by_space', 127], ['p_sign_posn', 127],
      ['n_sign_posn', 127], ['decimal_point', '.'], ['thousands_sep', ''], ['grouping', new PyList([])]];
    for (const [k, v] of s) r.setStr(k, v);
    return r;
  });
  def('getencoding', () => localeCodeset(current[0]));
  // nl_langinfo's items (glibc's numbers) and their text in the C and C.UTF-8 locales, the ones Typhon has.
  const langinfo = new Map<number, string>();
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December'];
  const item = (name: string, k: number, text: string): void => {
    d.setStr(name, k);
    langinfo.set(k, text);
  };
  days.forEach((day, i) => {
    item(`ABDAY_${i + 1}`, 0x20000 + i, day.slice(0, 3));
    item(`DAY_${i + 1}`, 0x20007 + i, day);
  });
  months.forEach((month, i) => {
    item(`ABMON_${i + 1}`, 0x2000e + i, month.slice(0, 3));
    item(`MON_${i + 1}`, 0x2001a + i, month);
  });
  for (const [name, k, text] of [['AM_STR', 0x20026, 'AM'], ['PM_STR', 0x20027, 'PM'], ['D_T_FMT', 0x20028, '%a %b %e %H:%M:%S %Y'],
    ['D_FMT', 0x20029, '%m/%d/%y'], ['T_FMT', 0x2002a, '%H:%M:%S'], ['T_FMT_AMPM', 0x2002b, '%I:%M:%S %p'], ['ERA', 0x2002c, ''],
    ['ERA_D_FMT', 0x2002e, ''], ['ALT_DIGITS', 0x2002f, ''], ['ERA_D_T_FMT', 0x20030, ''], ['ERA_T_FMT', 0x20031, ''],
    ['CRNCYSTR', 0x4000f, '-'], ['YESEXPR', 0x50000, '^[yY]'], ['NOEXPR', 0x50001, '^[nN]'], ['RADIXCHAR', 0x10000, '.'],
    ['THOUSEP', 0x10001, '']] as const) item(name, k, text);
  def('nl_langinfo', (args) => {
    const k = Number(index(methO('_locale.nl_langinfo', args, null)));
    if (k === 14) return localeCodeset(current[0]);
    const text = langinfo.get(k);
    if (text === undefined) raise(exceptionTypes.get('ValueError')!, 'unsupported langinfo constant');
    return text;
  });
  def('strcoll', (args) => {
    const a = strSubValue(args[0]), b = strSubValue(args[1]);
    if (typeof a !== 'string' || typeof b !== 'string') typeError('strcoll() argument must be str');
    // Both become wchar_t strings (PyUnicode_AsWideCharString), which refuse a NUL.
    if (a.includes('\0') || b.includes('\0')) raise(exceptionTypes.get('ValueError')!, 'embedded null character');
    return strCompare(a, b);
  });
  def('strxfrm', (args) => {
    methO('_locale.strxfrm', args, null);
    const s = strSubValue(args[0]);
    if (typeof s !== 'string') typeError(`strxfrm() argument must be str, not ${typeOf(s).name}`);
    if (s.includes('\0')) raise(exceptionTypes.get('ValueError')!, 'embedded null character');
    return s;
  });
  def('gettext', (args) => args[0]);
  def('dgettext', (args) => args[1]);
  def('dcgettext', (args) => args[1]);
  def('textdomain', (args) => (args[0] === None ? 'messages' : args[0]));
  def('bindtextdomain', (args) => (args[1] === None ? '/usr/share/locale' : args[1]));
  def('bind_textdomain_codeset', () => None);
  return m;
}
