// The _datetime module (Modules/_datetimemodule.c, 3.11): timedelta, date, datetime, time, tzinfo and
// timezone as native types. Fields are JS numbers on the objects; arithmetic works on (days, seconds,
// microseconds) triples and falls back to BigInt only for totals past 2^53 microseconds. Lib/datetime.py
// does `from _datetime import *`, so these types replace its pure-Python classes; _strptime, time.strftime
// and the local time zone (tzinfo.ts) are reached the way the C module reaches them.
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyFloat, PyBytesObj, None, NotImplemented,
  typeType, objectType, tupleType, floatType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, defineClassMethods, typeOf, normBig,
  PyMethodDescr, memberDescrType,
} from '../objects/object.js';
import {
  raise, typeError, valueError, OverflowError, AttributeError, PyException, exceptionTypes, ZeroDivisionError, NotImplementedError, OSError,
} from '../objects/exceptions.js';
import { call, callBound, getAttr, lookupAttr, hash, hashTuple, index, repr as pyRepr, str as pyStr } from '../objects/abstract.js';
import { initHeapLayout } from '../objects/typeobject.js';
import { intBinop } from '../objects/int.js';
import { PyStrSub } from '../objects/str.js';
import { loadModule } from '../vm/import.js';
import { localInfo } from './tzinfo.js';
import { timeNs, strftimeFields } from './time.js';
import { anyStr, pyArgInt, methO } from './args.js';

const MINYEAR = 1;
const MAXYEAR = 9999;
const MAXORDINAL = 3652059;
const MAX_DELTA_DAYS = 999999999;
/** Seconds from 0001-01-01 to the Unix epoch (719163 days). */
const EPOCH_SECONDS = 719163 * 86400;
const MAX_FOLD_SECONDS = 86400;

function mkType(name: string, base: PyType, flags: number): PyType {
  const t = new PyType(typeType, name, [base], flags);
  t.mro = [t, ...base.mro];
  t.tdict.set('__module__', 'datetime');
  return t;
}

const deltaType = mkType('timedelta', objectType, TF_BASETYPE);
const dateType = mkType('date', objectType, TF_BASETYPE);
const datetimeType = mkType('datetime', dateType, TF_BASETYPE);
const timeType = mkType('time', objectType, TF_BASETYPE);
const tzinfoType = mkType('tzinfo', objectType, TF_BASETYPE);
const timezoneType = mkType('timezone', tzinfoType, 0);
const isoCalType = mkType('IsoCalendarDate', tupleType, 0);

// ---------------------------------------------------------------------------
// Layouts

type Slots = (PyValue | null)[] | null;

class PyDelta extends PyObject {
  declare days: number;
  declare seconds: number;
  declare us: number;
  declare hashcode: number | bigint | null;
  declare slots: Slots;
  constructor(cls: PyType, d: number, s: number, us: number) {
    super(cls);
    this.days = d;
    this.seconds = s;
    this.us = us;
    this.hashcode = null;
    this.slots = null;
    if (cls !== deltaType) initHeapLayout(this, cls);
  }
}

class PyDate extends PyObject {
  declare year: number;
  declare month: number;
  declare day: number;
  declare hashcode: number | bigint | null;
  declare slots: Slots;
  constructor(cls: PyType, y: number, m: number, d: number) {
    super(cls);
    this.year = y;
    this.month = m;
    this.day = d;
    this.hashcode = null;
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}

class PyDateTime extends PyDate {
  declare hour: number;
  declare minute: number;
  declare second: number;
  declare us: number;
  declare fold: number;
  declare tzinfo: PyValue;
  constructor(cls: PyType, y: number, mo: number, d: number, h: number, mi: number, s: number, us: number, tz: PyValue, fold: number) {
    super(cls, y, mo, d);
    this.hour = h;
    this.minute = mi;
    this.second = s;
    this.us = us;
    this.fold = fold;
    this.tzinfo = tz;
  }
}

class PyTime extends PyObject {
  declare hour: number;
  declare minute: number;
  declare second: number;
  declare us: number;
  declare fold: number;
  declare tzinfo: PyValue;
  declare hashcode: number | bigint | null;
  declare slots: Slots;
  constructor(cls: PyType, h: number, mi: number, s: number, us: number, tz: PyValue, fold: number) {
    super(cls);
    this.hour = h;
    this.minute = mi;
    this.second = s;
    this.us = us;
    this.fold = fold;
    this.tzinfo = tz;
    this.hashcode = null;
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}

/** tzinfo and its Python subclasses (which get a __dict__). */
class PyTZInfo extends PyObject {
  declare slots: Slots;
  constructor(cls: PyType) {
    super(cls);
    this.slots = null;
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(this, cls);
  }
}

class PyTimezone extends PyTZInfo {
  declare offset: PyDelta;
  /** The name given to the constructor; null when none was. */
  declare name: PyValue | null;
  constructor(offset: PyDelta, name: PyValue | null) {
    super(timezoneType);
    this.offset = offset;
    this.name = name;
  }
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, ordinal 1 = 0001-01-01)

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(y: number): boolean {
  return (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
}
function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m];
}
function daysBeforeYear(y: number): number {
  const n = y - 1;
  return n * 365 + Math.floor(n / 4) - Math.floor(n / 100) + Math.floor(n / 400);
}
function ymdToOrd(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

// ordToYmd's results (one call's worth): no array per conversion.
let oYear = 0, oMonth = 0, oDay = 0;
function ordToYmd(ordinal: number): void {
  let n = ordinal - 1;
  const n400 = Math.floor(n / 146097);
  n -= n400 * 146097;
  const n100 = Math.floor(n / 36524);
  n -= n100 * 36524;
  const n4 = Math.floor(n / 1461);
  n -= n4 * 1461;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  oYear = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  if (n1 === 4 || n100 === 4) {
    oYear -= 1;
    oMonth = 12;
    oDay = 31;
    return;
  }
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let m = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[m] + (m > 2 && leap ? 1 : 0);
  if (preceding > n) {
    m -= 1;
    preceding -= m === 2 && leap ? 29 : DAYS_IN_MONTH[m];
  }
  oMonth = m;
  oDay = n - preceding + 1;
}

/** Monday = 0. */
function weekdayOf(y: number, m: number, d: number): number {
  return (ymdToOrd(y, m, d) + 6) % 7;
}

/** The ordinal of the Monday starting ISO week 1 of `year`. */
function isoWeek1Monday(year: number): number {
  const first = daysBeforeYear(year) + 1;
  const firstWeekday = (first + 6) % 7;
  let week1 = first - firstWeekday;
  if (firstWeekday > 3) week1 += 7;
  return week1;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

// normalize* results: one call's worth of fields.
let nY = 0, nM = 0, nD = 0, nH = 0, nMi = 0, nS = 0, nUs = 0;

/** normalize_date: day may be out of its month's range; OverflowError past the years' range. */
function normalizeDate(y: number, m: number, d: number): void {
  if (d < 1 || d > daysInMonth(y, m)) {
    if (d === 0) {
      m -= 1;
      if (m > 0) d = daysInMonth(y, m);
      else {
        y -= 1;
        m = 12;
        d = 31;
      }
    } else if (d === daysInMonth(y, m) + 1) {
      m += 1;
      d = 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    } else {
      const ord = ymdToOrd(y, m, 1) + d - 1;
      if (ord < 1 || ord > MAXORDINAL) raise(OverflowError, 'date value out of range');
      ordToYmd(ord);
      y = oYear;
      m = oMonth;
      d = oDay;
    }
  }
  if (y < MINYEAR || y > MAXYEAR) raise(OverflowError, 'date value out of range');
  nY = y;
  nM = m;
  nD = d;
}

/** normalize_datetime: carries microseconds into seconds, ..., hours into days, then the date. */
function normalizeDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, us: number): void {
  if (us < 0 || us >= 1000000) {
    const q = floorDiv(us, 1000000);
    us -= q * 1000000;
    s += q;
  }
  if (s < 0 || s >= 60) {
    const q = floorDiv(s, 60);
    s -= q * 60;
    mi += q;
  }
  if (mi < 0 || mi >= 60) {
    const q = floorDiv(mi, 60);
    mi -= q * 60;
    h += q;
  }
  if (h < 0 || h >= 24) {
    const q = floorDiv(h, 24);
    h -= q * 24;
    d += q;
  }
  normalizeDate(y, mo, d);
  nH = h;
  nMi = mi;
  nS = s;
  nUs = us;
}

// ---------------------------------------------------------------------------
// Argument parsing (PyArg_ParseTupleAndKeywords' messages; fname null is a format without ":name")

function kwParse(fname: string | null, names: string[], args: PyValue[], kw: string[] | null, required: number,
  maxPos = names.length, ints = 0): (PyValue | undefined)[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  const who = fname === null ? 'function' : `${fname}()`;
  if (args.length > names.length) {
    typeError(`${who} takes at most ${names.length} ${npos === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  }
  if (npos > maxPos) typeError(`${who} takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  const out: (PyValue | undefined)[] = [];
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    let v: PyValue | undefined = i < npos ? args[i] : undefined;
    if (nkw > 0) {
      const j = kw!.indexOf(names[i]);
      if (j >= 0) {
        if (i < npos) typeError(`argument for ${who} given by name ('${names[i]}') and position (${i + 1})`);
        v = args[npos + j];
        used++;
      }
    }
    if (v === undefined && i < required) typeError(`${who} missing required argument '${names[i]}' (pos ${i + 1})`);
    // The first `ints` parameters are C ints, converted in order (so a bad one is reported before a missing one).
    if (v !== undefined && i < ints) intArg(v);
    out.push(v);
  }
  if (used < nkw) {
    for (const k of kw!) {
      if (!names.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${fname === null ? 'this function' : `${fname}()`}`);
    }
  }
  return out;
}

/** An "i" argument. */
function intArg(v: PyValue): number {
  return typeof v === 'number' && v === (v | 0) ? v : pyArgInt(v);
}

function noArgs(name: string, args: PyValue[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** PyArg_ParseTuple with a fixed count of positional arguments. */
function exactArgs(fname: string, args: PyValue[], kw: string[] | null, n: number): PyValue[] {
  if (kw !== null && kw.length > 0) typeError(`${fname}() takes no keyword arguments`);
  if (args.length !== n) typeError(`${fname}() takes exactly ${n} argument${n === 1 ? '' : 's'} (${args.length} given)`);
  return args;
}

/** How getargs.c names an argument's type in "must be X, not Y". */
function argType(v: PyValue): string {
  return v === None ? 'None' : typeOf(v).tpName;
}

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || anyStr(v) !== undefined;
}

/** A str argument's text (a subclass by its value). */
function strText(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  const s = anyStr(v);
  return typeof s === 'string' ? s : String(s);
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}
function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n;
}
function pad4(n: number): string {
  return n < 10 ? '000' + n : n < 100 ? '00' + n : n < 1000 ? '0' + n : '' + n;
}
function pad6(n: number): string {
  const s = '' + n;
  return '000000'.slice(s.length) + s;
}

// ---------------------------------------------------------------------------
// Checks shared by the constructors

function checkDateArgs(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) valueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) valueError('month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) valueError('day is out of range for month');
}

function checkTimeArgs(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) valueError('hour must be in 0..23');
  if (mi < 0 || mi > 59) valueError('minute must be in 0..59');
  if (s < 0 || s > 59) valueError('second must be in 0..59');
  if (us < 0 || us > 999999) valueError('microsecond must be in 0..999999');
  if (fold !== 0 && fold !== 1) valueError('fold must be either 0 or 1');
}

function checkTzinfo(tz: PyValue): void {
  if (tz !== None && !(tz instanceof PyTZInfo)) {
    typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeOf(tz).tpName}'`);
  }
}

// ---------------------------------------------------------------------------
// timedelta

function deltaRangeError(d: number | bigint): never {
  raise(OverflowError, `days=${d}; must have magnitude <= ${MAX_DELTA_DAYS}`);
}

/** new_delta with normalisation: any seconds and microseconds are carried. */
function newDelta(d: number, s: number, us: number, cls: PyType = deltaType): PyDelta {
  if (us < 0 || us >= 1000000) {
    const q = floorDiv(us, 1000000);
    us -= q * 1000000;
    s += q;
  }
  if (s < 0 || s >= 86400) {
    const q = floorDiv(s, 86400);
    s -= q * 86400;
    d += q;
  }
  if (d < -MAX_DELTA_DAYS || d > MAX_DELTA_DAYS) deltaRangeError(d);
  return new PyDelta(cls, d, s, us);
}

const BIG_US_PER_SECOND = 1000000n;
const BIG_US_PER_DAY = 86400000000n;

/** delta_to_microseconds: a number while exact, else a bigint. */
function deltaToUs(v: PyDelta): number | bigint {
  if (v.days > -100000 && v.days < 100000) return (v.days * 86400 + v.seconds) * 1000000 + v.us;
  return BigInt(v.days) * BIG_US_PER_DAY + BigInt(v.seconds * 1000000 + v.us);
}

/** microseconds_to_delta_ex: the days must fit a C int before the range check. */
function usToDelta(total: number | bigint, cls: PyType = deltaType): PyDelta {
  if (typeof total === 'number') {
    if (Number.isSafeInteger(total)) {
      const secs = Math.floor(total / 1000000);
      const us = total - secs * 1000000;
      const days = Math.floor(secs / 86400);
      return newDeltaChecked(days, secs - days * 86400, us, cls);
    }
    total = BigInt(total);
  }
  let secs = total / BIG_US_PER_SECOND;
  let us = total % BIG_US_PER_SECOND;
  if (us < 0n) {
    us += BIG_US_PER_SECOND;
    secs -= 1n;
  }
  let days = secs / 86400n;
  let s = secs % 86400n;
  if (s < 0n) {
    s += 86400n;
    days -= 1n;
  }
  if (days > 2147483647n || days < -2147483648n) raise(OverflowError, 'Python int too large to convert to C int');
  return newDeltaChecked(Number(days), Number(s), Number(us), cls);
}

function newDeltaChecked(d: number, s: number, us: number, cls: PyType): PyDelta {
  if (d > 2147483647 || d < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  if (d < -MAX_DELTA_DAYS || d > MAX_DELTA_DAYS) deltaRangeError(d);
  return new PyDelta(cls, d, s, us);
}

const DELTA_KWS = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
const DELTA_FACTORS = [86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000];
// CPython accumulates in this order (microseconds first), which decides the float leftovers' rounding.
const DELTA_ORDER = [2, 3, 1, 4, 5, 0, 6];

function deltaNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  const v = kwParse('__new__', DELTA_KWS, args.slice(1), kw, 0);
  // All small ints: exact in doubles.
  let small = true;
  for (let i = 0; i < 7; i++) {
    const x = v[i];
    if (x !== undefined && !(typeof x === 'number' && x < 1e6 && x > -1e6)) {
      small = false;
      break;
    }
  }
  if (small) {
    const g = (i: number): number => (v[i] === undefined ? 0 : v[i] as number);
    const d = g(0) + 7 * g(6);
    const s = g(1) + 60 * g(4) + 3600 * g(5);
    const us = g(2) + 1000 * g(3);
    return newDelta(d, s, us, cls);
  }
  let sum = 0n;
  let leftover = 0;
  for (const i of DELTA_ORDER) {
    const x = v[i];
    if (x === undefined) continue;
    const factor = DELTA_FACTORS[i];
    if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
      sum += BigInt(x) * BigInt(factor);
    } else if (x instanceof PyFloat || typeOf(x).isSubtype(floatType)) {
      const dnum = (x as PyFloat).value;
      const intpart = Math.trunc(dnum);
      const frac = dnum - intpart;
      sum += floatToBig(intpart) * BigInt(factor);
      if (frac !== 0 && Number.isFinite(dnum)) {
        const scaled = factor * frac;
        const ip = Math.trunc(scaled);
        sum += floatToBig(ip);
        leftover += scaled - ip;
      }
    } else if (typeOf(x).isSubtype(typeOf(0))) {
      sum += BigInt(index(x)) * BigInt(factor);
    } else {
      typeError(`unsupported type for timedelta ${DELTA_KWS[i]} component: ${typeOf(x).tpName}`);
    }
  }
  if (leftover !== 0) {
    let whole = cRound(leftover);
    if (Math.abs(whole - leftover) === 0.5) {
      // Half-way: to even, with the parity of the sum so far.
      const odd = sum % 2n === 0n ? 0 : 1;
      whole = 2 * cRound((leftover + odd) * 0.5) - odd;
    }
    sum += BigInt(whole);
  }
  return usToDelta(normBig(sum), cls);
}

/** C's round(): halves away from zero. */
function cRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** PyLong_FromDouble: NaN and infinities refused with its messages. */
function floatToBig(x: number): bigint {
  if (Number.isNaN(x)) valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert float infinity to integer');
  return BigInt(x);
}

/** float.as_integer_ratio, exactly. */
function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert Infinity to integer ratio');
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let den = 1n;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    den *= 2n;
  }
  return [BigInt(m), den];
}

/** _PyLong_DivmodNear's quotient: a / b rounded half to even. */
function divideNearest(a: bigint, b: bigint): bigint {
  if (b === 0n) raise(ZeroDivisionError, 'integer division or modulo by zero');
  let q = a / b;
  let r = a % b;
  // Floor division first.
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  // r has b's sign; compare 2r with b.
  const twice = 2n * r;
  const absTwice = twice < 0n ? -twice : twice;
  const absB = b < 0n ? -b : b;
  if (absTwice > absB || (absTwice === absB && (q & 1n) === 1n)) q += 1n;
  return q;
}

function bigUs(v: PyDelta): bigint {
  const t = deltaToUs(v);
  return typeof t === 'bigint' ? t : BigInt(t);
}

function isIntValue(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyObject && typeOf(v).isSubtype(typeOf(0)));
}

function intValue(v: PyValue): bigint {
  return BigInt(index(v));
}

function isFloatValue(v: PyValue): boolean {
  return v instanceof PyFloat || (v instanceof PyObject && typeOf(v).isSubtype(floatType));
}

function deltaMulInt(d: PyDelta, n: PyValue): PyDelta {
  if (typeof n === 'number') {
    const t = deltaToUs(d);
    if (typeof t === 'number') {
      const p = t * n;
      if (Number.isSafeInteger(p)) return usToDelta(p === 0 ? 0 : p);
    }
  }
  return usToDelta(normBig(bigUs(d) * intValue(n)));
}

/** get_float_as_integer_ratio: a float subclass's own as_integer_ratio() is called, and its result checked. */
function ratioOf(v: PyValue): [bigint, bigint] {
  if (v instanceof PyFloat) return floatRatio(v.value);
  const r = call(getAttr(v, 'as_integer_ratio'), []);
  if (!(r instanceof PyTuple) || r.cls !== tupleType) {
    typeError(`unexpected return type from as_integer_ratio(): expected tuple, got '${typeOf(r).tpName}'`);
  }
  if (r.items.length !== 2) valueError('as_integer_ratio() must return a 2-tuple');
  return [intValue(r.items[0]), intValue(r.items[1])];
}

function deltaMulFloat(d: PyDelta, f: PyValue, divide: boolean): PyDelta {
  const [n, den] = ratioOf(f);
  const us = bigUs(d);
  return usToDelta(normBig(divide ? divideNearest(us * den, n) : divideNearest(us * n, den)));
}

function deltaCmp(a: PyDelta, b: PyDelta): number {
  let diff = a.days - b.days;
  if (diff === 0) {
    diff = a.seconds - b.seconds;
    if (diff === 0) diff = a.us - b.us;
  }
  return diff;
}

function diffToBool(diff: number, op: number): boolean {
  switch (op) {
    case 0: return diff < 0;
    case 1: return diff <= 0;
    case 2: return diff === 0;
    case 3: return diff !== 0;
    case 4: return diff > 0;
    default: return diff >= 0;
  }
}

function deltaAdd(a: PyDelta, b: PyDelta): PyDelta {
  return newDelta(a.days + b.days, a.seconds + b.seconds, a.us + b.us);
}
function deltaSub(a: PyDelta, b: PyDelta): PyDelta {
  return newDelta(a.days - b.days, a.seconds - b.seconds, a.us - b.us);
}
function deltaNeg(a: PyDelta): PyDelta {
  return newDelta(-a.days, -a.seconds, -a.us);
}
function deltaBool(a: PyDelta): boolean {
  return a.days !== 0 || a.seconds !== 0 || a.us !== 0;
}

function deltaHash(a: PyDelta): number | bigint {
  if (a.hashcode === null) a.hashcode = hashTuple([a.days, a.seconds, a.us]);
  return a.hashcode;
}

function deltaRepr(a: PyDelta): string {
  const parts: string[] = [];
  if (a.days !== 0) parts.push(`days=${a.days}`);
  if (a.seconds !== 0) parts.push(`seconds=${a.seconds}`);
  if (a.us !== 0) parts.push(`microseconds=${a.us}`);
  return `${typeOf(a).tpName}(${parts.length === 0 ? '0' : parts.join(', ')})`;
}

function deltaStr(a: PyDelta): string {
  let s = a.seconds;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  let out = '';
  if (a.days !== 0) out = `${a.days} day${a.days === 1 || a.days === -1 ? '' : 's'}, `;
  out += `${h}:${pad2(m)}:${pad2(s)}`;
  if (a.us !== 0) out += '.' + pad6(a.us);
  return out;
}

/** int / int as CPython's true division (correctly rounded). */
function intTrueDiv(a: number | bigint, b: number | bigint): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise(ZeroDivisionError, 'division by zero');
    return new PyFloat(a / b);
  }
  return intBinop(a, b, 11);
}

function intFloorDiv(a: number | bigint, b: number | bigint): PyValue {
  return intBinop(a, b, 2);
}

function initDelta(): void {
  const D = (v: PyValue) => v as PyDelta;
  deltaType.tdict.set('__new__', new PyBuiltin('__new__', deltaNew));
  defineMethods(deltaType, {
    __repr__: (self) => deltaRepr(D(self)),
    __str__: (self) => deltaStr(D(self)),
    __hash__: (self) => deltaHash(D(self)),
    __bool__: (self) => deltaBool(D(self)),
    __eq__: (self, [o]) => (o instanceof PyDelta ? deltaCmp(D(self), o) === 0 : NotImplemented),
    __ne__: (self, [o]) => (o instanceof PyDelta ? deltaCmp(D(self), o) !== 0 : NotImplemented),
    __lt__: (self, [o]) => (o instanceof PyDelta ? deltaCmp(D(self), o) < 0 : NotImplemented),
    __le__: (self, [o]) => (o instanceof PyDelta ? deltaCmp(D(self), o) <= 0 : NotImplemented),
    __gt__: (self, [o]) => (o instanceof PyDelta ? deltaCmp(D(self), o) > 0 : NotImplemented),
    __ge__: (self, [o]) => (o instanceof PyDelta ? deltaCmp(D(self), o) >= 0 : NotImplemented),
    __add__: (self, [o]) => (o instanceof PyDelta ? deltaAdd(D(self), o) : NotImplemented),
    __radd__: (self, [o]) => (o instanceof PyDelta ? deltaAdd(o, D(self)) : NotImplemented),
    __sub__: (self, [o]) => (o instanceof PyDelta ? deltaSub(D(self), o) : NotImplemented),
    __rsub__: (self, [o]) => (o instanceof PyDelta ? deltaSub(o, D(self)) : NotImplemented),
    __neg__: (self) => deltaNeg(D(self)),
    __pos__: (self) => newDelta(D(self).days, D(self).seconds, D(self).us),
    __abs__: (self) => (D(self).days < 0 ? deltaNeg(D(self)) : newDelta(D(self).days, D(self).seconds, D(self).us)),
    __mul__: (self, [o]) => {
      if (isIntValue(o)) return deltaMulInt(D(self), o);
      if (isFloatValue(o)) return deltaMulFloat(D(self), o, false);
      return NotImplemented;
    },
    __rmul__: (self, [o]) => {
      if (isIntValue(o)) return deltaMulInt(D(self), o);
      if (isFloatValue(o)) return deltaMulFloat(D(self), o, false);
      return NotImplemented;
    },
    __truediv__: (self, [o]) => {
      if (o instanceof PyDelta) return intTrueDiv(deltaToUs(D(self)), deltaToUs(o));
      if (isIntValue(o)) return usToDelta(normBig(divideNearest(bigUs(D(self)), intValue(o))));
      if (isFloatValue(o)) return deltaMulFloat(D(self), o, true);
      return NotImplemented;
    },
    __rtruediv__: (self, [o]) => (o instanceof PyDelta ? intTrueDiv(deltaToUs(o), deltaToUs(D(self))) : NotImplemented),
    __floordiv__: (self, [o]) => {
      if (o instanceof PyDelta) return intFloorDiv(deltaToUs(D(self)), deltaToUs(o));
      if (isIntValue(o)) return usToDelta(intFloorDiv(deltaToUs(D(self)), normBig(intValue(o))) as number | bigint);
      return NotImplemented;
    },
    __rfloordiv__: (self, [o]) => (o instanceof PyDelta ? intFloorDiv(deltaToUs(o), deltaToUs(D(self))) : NotImplemented),
    __mod__: (self, [o]) => (o instanceof PyDelta ? deltaMod(D(self), o) : NotImplemented),
    __rmod__: (self, [o]) => (o instanceof PyDelta ? deltaMod(o, D(self)) : NotImplemented),
    __divmod__: (self, [o]) => (o instanceof PyDelta ? deltaDivmod(D(self), o) : NotImplemented),
    __rdivmod__: (self, [o]) => (o instanceof PyDelta ? deltaDivmod(o, D(self)) : NotImplemented),
    total_seconds: (self, args, kw) => {
      noArgs('timedelta.total_seconds', args, kw);
      return intTrueDiv(deltaToUs(D(self)), 1000000);
    },
    __reduce__: (self) => new PyTuple([typeOf(self), new PyTuple([D(self).days, D(self).seconds, D(self).us])]),
  });
  defineGetters(deltaType, {
    days: (self) => D(self).days,
    seconds: (self) => D(self).seconds,
    microseconds: (self) => D(self).us,
  });
  // T_INT READONLY members in C (inspect.ismemberdescriptor); a store says 'readonly attribute'.
  for (const name of ['days', 'seconds', 'microseconds']) (deltaType.tdict.get(name) as PyObject).cls = memberDescrType;
  deltaType.tdict.set('min', new PyDelta(deltaType, -MAX_DELTA_DAYS, 0, 0));
  deltaType.tdict.set('max', new PyDelta(deltaType, MAX_DELTA_DAYS, 86399, 999999));
  deltaType.tdict.set('resolution', new PyDelta(deltaType, 0, 0, 1));
  setDoc(deltaType,
    'Difference between two datetime values.\n' +
    '\n' +
    'timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n' +
    '\n' +
    'All arguments are optional and default to 0.\n' +
    'Arguments may be integers or floats, and may be positive or negative.');
}

function deltaMod(a: PyDelta, b: PyDelta): PyValue {
  const bu = deltaToUs(b);
  if (bu === 0 || bu === 0n) raise(ZeroDivisionError, 'integer modulo by zero');
  const r = intBinop(deltaToUs(a), bu, 6) as number | bigint;
  return usToDelta(r);
}

function deltaDivmod(a: PyDelta, b: PyDelta): PyValue {
  const au = deltaToUs(a);
  const bu = deltaToUs(b);
  if (bu === 0 || bu === 0n) raise(ZeroDivisionError, 'integer division or modulo by zero');
  const q = intBinop(au, bu, 2);
  const r = intBinop(au, bu, 6) as number | bigint;
  return new PyTuple([q, usToDelta(r)]);
}

// ---------------------------------------------------------------------------
// Timestamps and the local time zone

/** _PyTime_ObjectToTime_t with floor rounding (date.fromtimestamp). */
function timestampFloor(v: PyValue): number {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) valueError('Invalid value NaN (not a number)');
    const f = Math.floor(x);
    if (!(f >= -9223372036854775808 && f < 9223372036854775808)) raise(OverflowError, 'timestamp out of range for platform time_t');
    return f;
  }
  const n = index(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'timestamp out of range for platform time_t');
  return Number(n);
}

let tsUs = 0;
/** _PyTime_ObjectToTimeval with half-even rounding: whole seconds returned, microseconds in tsUs. */
function timestampHalfEven(v: PyValue): number {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) valueError('Invalid value NaN (not a number)');
    let ip = Math.trunc(x);
    let frac = (x - ip) * 1e6;
    let r = cRound(frac);
    if (Math.abs(frac - r) === 0.5) r = 2 * cRound(frac / 2);
    frac = r;
    if (frac >= 1e6) {
      frac -= 1e6;
      ip += 1;
    } else if (frac < 0) {
      frac += 1e6;
      ip -= 1;
    }
    if (!(ip >= -9223372036854775808 && ip < 9223372036854775808)) raise(OverflowError, 'timestamp out of range for platform time_t');
    tsUs = frac;
    return ip;
  }
  const n = index(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'timestamp out of range for platform time_t');
  tsUs = 0;
  return Number(n);
}

/** localtime()/gmtime() of t into nY..nS; the year must be a date's. */
function breakTime(t: number, local: boolean): void {
  if (t > 67768036191676799 || t < -67768040609740800) raise(OSError, '[Errno 75] Value too large for defined data type');
  const off = local ? localInfo(t).gmtoff : 0;
  const lt = t + off;
  const days = Math.floor(lt / 86400);
  let secs = lt - days * 86400;
  const ord = days + 719163;
  if (ord < 1 || ord > MAXORDINAL) {
    valueError(`year ${civilYear(days)} is out of range`);
  }
  ordToYmd(ord);
  nY = oYear;
  nM = oMonth;
  nD = oDay;
  nH = Math.floor(secs / 3600);
  secs -= nH * 3600;
  nMi = Math.floor(secs / 60);
  nS = secs - nMi * 60;
}

function civilYear(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** utc_to_seconds: seconds since 0001-01-01 00:00. */
function utcToSeconds(y: number, m: number, d: number, h: number, mi: number, s: number): number {
  if (y < MINYEAR || y > MAXYEAR) valueError(`year ${y} is out of range`);
  return ((ymdToOrd(y, m, d) * 24 + h) * 60 + mi) * 60 + s;
}

/** local(u): the local wall time (as seconds since 0001) of the UTC instant u (seconds since 0001). */
function localSecs(u: number): number {
  const t = u - EPOCH_SECONDS;
  if (t > 67768036191676799 || t < -67768040609740800) raise(OSError, '[Errno 75] Value too large for defined data type');
  return u + localInfo(t).gmtoff;
}

/** local_to_seconds: the UTC instant of a local wall time, fold choosing between the two of an overlap. */
function localToSeconds(y: number, m: number, d: number, h: number, mi: number, s: number, fold: number): number {
  const t = utcToSeconds(y, m, d, h, mi, s);
  const a = localSecs(t) - t;
  const u1 = t - a;
  const t1 = localSecs(u1);
  let b: number;
  if (t1 === t) {
    const u2 = fold ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
    b = localSecs(u2) - u2;
    if (a === b) return u1;
  } else {
    b = t1 - u1;
  }
  const u2 = t - b;
  const t2 = localSecs(u2);
  if (t2 === t) return u2;
  if (t1 === t) return u1;
  // In the gap.
  return fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** local_timezone_from_timestamp: a timezone for the local offset and abbreviation at t. */
function localTimezoneAt(t: number): PyTimezone {
  const info = localInfo(t);
  const delta = newDelta(0, info.gmtoff, 0);
  return newTimezone(delta, info.abbr);
}

// ---------------------------------------------------------------------------
// Constructors of results (the new_*_subclass_ex functions): a subclass is called

function newDateEx(y: number, m: number, d: number, cls: PyType): PyValue {
  if (cls === dateType) {
    checkDateArgs(y, m, d);
    return new PyDate(dateType, y, m, d);
  }
  if (cls === datetimeType) {
    checkDateArgs(y, m, d);
    return new PyDateTime(datetimeType, y, m, d, 0, 0, 0, 0, None, 0);
  }
  return call(cls, [y, m, d]);
}

function newDatetimeEx(y: number, mo: number, d: number, h: number, mi: number, s: number, us: number, tz: PyValue,
  fold: number, cls: PyType): PyValue {
  if (cls === datetimeType) {
    checkDateArgs(y, mo, d);
    checkTimeArgs(h, mi, s, us, fold);
    return new PyDateTime(datetimeType, y, mo, d, h, mi, s, us, tz, fold);
  }
  // CPython 3.11 builds a subclass's instance from the eight fields only: the fold is dropped.
  return call(cls, [y, mo, d, h, mi, s, us, tz]);
}

// ---------------------------------------------------------------------------
// tzinfo calls

function checkOffset(v: PyValue, what: string): PyValue {
  if (v === None) return v;
  if (!(v instanceof PyDelta)) typeError(`tzinfo.${what}() must return None or timedelta, not '${typeOf(v).tpName}'`);
  if ((v.days === -1 && v.seconds === 0 && v.us < 1) || v.days < -1 || v.days >= 1) {
    valueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).');
  }
  return v;
}

/** call_utcoffset: None or a timedelta in range. */
function callUtcoffset(tz: PyValue, arg: PyValue): PyValue {
  if (tz === None) return None;
  if (tz instanceof PyTimezone) return tz.offset;
  return checkOffset(callMethod(tz, 'utcoffset', arg), 'utcoffset');
}

function callDst(tz: PyValue, arg: PyValue): PyValue {
  if (tz === None) return None;
  if (tz instanceof PyTimezone) return None;
  return checkOffset(callMethod(tz, 'dst', arg), 'dst');
}

function callTzname(tz: PyValue, arg: PyValue): PyValue {
  if (tz === None) return None;
  const r = callMethod(tz, 'tzname', arg);
  if (r !== None && !isStr(r)) typeError(`tzinfo.tzname() must return None or a string, not '${typeOf(r).tpName}'`);
  return r;
}

function callMethod(obj: PyValue, name: string, arg: PyValue): PyValue {
  const f = typeOf(obj).lookup(name);
  if (f instanceof PyMethodDescr) return callBound(f, obj, [arg]);
  return call(getAttr(obj, name), [arg]);
}

function callMethod0(obj: PyValue, name: string): PyValue {
  return call(getAttr(obj, name), []);
}

/** format_utcoffset: "" for None, else +HH<sep>MM[<sep>SS[.ffffff]]. */
function formatUtcoffset(sep: string, tz: PyValue, arg: PyValue): string {
  const off = callUtcoffset(tz, arg);
  if (off === None) return '';
  let o = off as PyDelta;
  let sign = '+';
  if (o.days < 0) {
    sign = '-';
    o = deltaNeg(o);
  }
  let s = o.seconds;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  let out = sign + pad2(h) + sep + pad2(m);
  if (o.us !== 0) out += sep + pad2(s) + '.' + pad6(o.us);
  else if (s !== 0) out += sep + pad2(s);
  return out;
}

// ---------------------------------------------------------------------------
// strftime

let structTime: PyValue | null = null;
let timeStrftime: PyValue | null = null;

function buildStructTime(y: number, m: number, d: number, hh: number, mm: number, ss: number, dst: number): PyValue {
  if (structTime === null) structTime = getAttr(loadModule('time'), 'struct_time');
  const wday = weekdayOf(y, m, d);
  const yday = DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
  return call(structTime, [new PyTuple([y, m, d, hh, mm, ss, wday, yday, dst])]);
}

/**
 * wrap_strftime: %z, %Z and %f replaced from the object (tzinfoarg is what utcoffset()/tzname() get), then
 * time.strftime with the time tuple: `fields` when the object's own timetuple() made it, else `tuple`.
 */
function wrapStrftime(obj: PyValue, fmt: string, fields: number[] | null, tuple: PyValue | null, tzinfoarg: PyValue): PyValue {
  let out = fmt;
  if (fmt.indexOf('%') >= 0 && (fmt.includes('z') || fmt.includes('Z') || fmt.includes('f'))) {
    let z: string | null = null;
    let Z: string | null = null;
    let f: string | null = null;
    out = '';
    const n = fmt.length;
    for (let i = 0; i < n; i++) {
      const c = fmt[i];
      if (c !== '%') {
        out += c;
        continue;
      }
      if (i + 1 >= n) {
        out += '%';
        continue;
      }
      const d = fmt[++i];
      if (d === 'z') {
        if (z === null) {
          const tz = tzinfoMember(obj);
          z = tz === null || tz === None ? '' : formatUtcoffset('', tz, tzinfoarg);
        }
        out += z;
      } else if (d === 'Z') {
        if (Z === null) {
          Z = '';
          const tz = tzinfoMember(obj);
          if (tz !== null && tz !== None) {
            const name = callTzname(tz, tzinfoarg);
            if (name !== None) {
              const r = typeof name === 'string' ? name.replace(/%/g, '%%') : call(getAttr(name, 'replace'), ['%', '%%']);
              if (!isStr(r)) typeError('tzname.replace() did not return a string');
              Z = strText(r);
              if (LONE_SURROGATE.test(Z)) {
                raise(exceptionTypes.get('UnicodeEncodeError')!, "'utf-8' codec can't encode character: surrogates not allowed");
              }
            }
          }
        }
        out += Z;
      } else if (d === 'f') {
        if (f === null) f = pad6(obj instanceof PyTime || obj instanceof PyDateTime ? obj.us : 0);
        out += f;
      } else {
        out += '%' + d;
      }
    }
  }
  if (fields !== null) return strftimeFields(out, fields);
  if (timeStrftime === null) timeStrftime = getAttr(loadModule('time'), 'strftime');
  return call(timeStrftime, [out, tuple!]);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function tzinfoMember(obj: PyValue): PyValue | null {
  if (obj instanceof PyDateTime || obj instanceof PyTime) return obj.tzinfo;
  return null;
}

function strftimeFormat(args: PyValue[], kw: string[] | null): string {
  const [fmt] = kwParse('strftime', ['format'], args, kw, 1);
  if (!isStr(fmt!)) typeError(`strftime() argument 1 must be str, not ${argType(fmt!)}`);
  return strText(fmt!);
}

/** __format__: an empty spec is str(self), anything else strftime. */
function formatMethod(self: PyValue, args: PyValue[]): PyValue {
  const spec = args[0];
  if (!isStr(spec)) typeError(`__format__() argument 1 must be str, not ${argType(spec)}`);
  if (strText(spec).length === 0) return pyStr(self);
  return callMethod(self, 'strftime', spec);
}

// ---------------------------------------------------------------------------
// ISO 8601 parsing (the C module's parsers, quirks included: they read past the part they were given)

let pY = 0, pM = 0, pD = 0, pH = 0, pMi = 0, pS = 0, pUs = 0, pTzOff = 0, pTzUs = 0;

function cc(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : 0;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** parse_digits: n digits at i into the result; -1 when one is not a digit, else the index after. */
let digitsVal = 0;
function parseDigits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = cc(s, i + k);
    if (!isDigitCode(c)) return -1;
    v = v * 10 + (c - 48);
  }
  digitsVal = v;
  return i + n;
}

/** iso_to_ymd: 0, or -2 (week), -3 (day), -4 (year). */
function isoToYmd(year: number, week: number, day: number): number {
  if (year < MINYEAR || year > MAXYEAR) return -4;
  if (week <= 0 || week >= 53) {
    let outOfRange = true;
    if (week === 53) {
      const firstWeekday = (ymdToOrd(year, 1, 1) + 6) % 7;
      if (firstWeekday === 3 || (firstWeekday === 2 && isLeap(year))) outOfRange = false;
    }
    if (outOfRange) return -2;
  }
  if (day <= 0 || day >= 8) return -3;
  ordToYmd(isoWeek1Monday(year) + (week - 1) * 7 + day - 1);
  pY = oYear;
  pM = oMonth;
  pD = oDay;
  return 0;
}

/** parse_isoformat_date on s[0..len): 0 on success (pY, pM, pD), negative on failure. */
function parseIsoDate(s: string, len: number): number {
  let p = parseDigits(s, 0, 4);
  if (p < 0) return -1;
  pY = digitsVal;
  const sep = cc(s, p) === 45;
  if (sep) p++;
  if (cc(s, p) === 87) {
    p = parseDigits(s, p + 1, 2);
    if (p < 0) return -3;
    const week = digitsVal;
    let day = 1;
    if (p < len) {
      if (sep && cc(s, p++) !== 45) return -2;
      p = parseDigits(s, p, 1);
      if (p < 0) return -4;
      day = digitsVal;
    }
    const rv = isoToYmd(pY, week, day);
    return rv ? -3 + rv : 0;
  }
  p = parseDigits(s, p, 2);
  if (p < 0) return -1;
  pM = digitsVal;
  if (sep && cc(s, p++) !== 45) return -2;
  p = parseDigits(s, p, 2);
  if (p < 0) return -1;
  pD = digitsVal;
  return 0;
}

const FRACTION_CORRECTION = [100000, 10000, 1000, 100, 10];
let hmsH = 0, hmsM = 0, hmsS = 0, hmsUs = 0;

/** parse_hh_mm_ss_ff on s[start..end): 0 done, 1 more follows, negative on failure. */
function parseHms(s: string, start: number, end: number): number {
  hmsH = hmsM = hmsS = hmsUs = 0;
  let p = start;
  let hasSep = true;
  for (let i = 0; i < 3; i++) {
    p = parseDigits(s, p, 2);
    if (p < 0) return -3;
    if (i === 0) hmsH = digitsVal;
    else if (i === 1) hmsM = digitsVal;
    else hmsS = digitsVal;
    const c = cc(s, p++);
    if (i === 0) hasSep = c === 58;
    if (p >= end) return c !== 0 ? 1 : 0;
    if (hasSep && c === 58) continue;
    if (c === 46 || c === 44) break;
    if (!hasSep) p--;
    else return -4;
  }
  const remains = end - p;
  const toParse = remains >= 6 ? 6 : remains;
  p = parseDigits(s, p, toParse);
  if (p < 0) return -3;
  hmsUs = toParse === 0 ? 0 : digitsVal;
  if (toParse > 0 && toParse < 6) hmsUs *= FRACTION_CORRECTION[toParse - 1];
  while (isDigitCode(cc(s, p))) p++;
  return cc(s, p) !== 0 ? 1 : 0;
}

/** parse_isoformat_time on s[start..end): 0 (no offset), 1 (offset in pTzOff/pTzUs), negative on failure. */
function parseIsoTime(s: string, start: number, end: number): number {
  let tz = start;
  do {
    const c = cc(s, tz);
    if (c === 90 || c === 43 || c === 45) break;
  } while (++tz < end);
  const rv = parseHms(s, start, tz);
  pH = hmsH;
  pMi = hmsM;
  pS = hmsS;
  pUs = hmsUs;
  if (rv < 0) return rv;
  if (tz === end || tz > end) return rv === 1 ? -5 : 0;
  if (cc(s, tz) === 90) {
    pTzOff = 0;
    pTzUs = 0;
    return cc(s, tz + 1) !== 0 ? -5 : 1;
  }
  const sign = cc(s, tz) === 45 ? -1 : 1;
  const r2 = parseHms(s, tz + 1, end);
  pTzOff = sign * (hmsH * 3600 + hmsM * 60 + hmsS);
  pTzUs = sign * hmsUs;
  return r2 ? -5 : 1;
}

function tzFromIso(rv: number): PyValue {
  if (rv !== 1) return None;
  if (pTzOff === 0) return utc;
  return newTimezone(newDelta(0, pTzOff, pTzUs), null);
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c < 0xdc00 ? 1 : 2;
  }
  return n;
}

function invalidIso(v: PyValue): never {
  valueError(`Invalid isoformat string: ${pyRepr(v)}`);
}

function isoArg(v: PyValue): string {
  if (!isStr(v)) typeError('fromisoformat: argument must be str');
  return strText(v);
}

/** _find_isoformat_datetime_separator; -1 for no valid place. */
function findIsoSeparator(s: string, len: number): number {
  if (len === 7) return 7;
  if (cc(s, 4) === 45) {
    if (cc(s, 5) === 87) {
      if (len < 8) return -1;
      if (len > 8 && cc(s, 8) === 45) {
        if (len === 9) return -1;
        if (len > 10 && isDigitCode(cc(s, 10))) return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (cc(s, 4) === 87) {
    let idx = 7;
    for (; idx < len; idx++) if (!isDigitCode(cc(s, idx))) break;
    if (idx < 9) return idx;
    return idx % 2 === 0 ? 7 : 8;
  }
  return 8;
}

// ---------------------------------------------------------------------------
// date

/** The bytes of a pickled state (bytes, or a str from a Python 2 pickle), or null when `v` is not one of size n. */
function pickleState(v: PyValue, n: number, saneAt: number, sane: (b: number) => boolean, what: string): Uint8Array | null {
  if (v instanceof PyBytesObj && !(v.cls.name === 'bytearray')) {
    return v.bytes.length === n && sane(v.bytes[saneAt]) ? v.bytes : null;
  }
  if (isStr(v)) {
    const s = strText(v);
    if (s.length !== n || !sane(s.charCodeAt(saneAt))) return null;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) {
        valueError(`Failed to encode latin1 string when unpickling a ${what} object. pickle.load(data, encoding='latin1') is assumed.`);
      }
      out[i] = c;
    }
    return out;
  }
  return null;
}

const monthSane = (b: number): boolean => (b & 0x7f) >= 1 && (b & 0x7f) <= 12;
const dateMonthSane = (b: number): boolean => b >= 1 && b <= 12;
const hourSane = (b: number): boolean => (b & 0x7f) < 24;

const DATE_KWS = ['year', 'month', 'day'];

function dateNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  let y: number, m: number, d: number;
  if (kw === null && args.length === 4) {
    y = intArg(args[1]);
    m = intArg(args[2]);
    d = intArg(args[3]);
  } else {
    if (args.length - (kw === null ? 0 : kw.length) === 2) {
      const st = pickleState(args[1], 4, 2, dateMonthSane, 'date');
      if (st !== null) return new PyDate(cls, st[0] * 256 + st[1], st[2], st[3]);
    }
    const v = kwParse(null, DATE_KWS, args.slice(1), kw, 3, 3, 3);
    y = intArg(v[0]!);
    m = intArg(v[1]!);
    d = intArg(v[2]!);
  }
  checkDateArgs(y, m, d);
  return new PyDate(cls, y, m, d);
}

/**
 * generic_hash: the hash of the bytes of the C object's packed state (year in two bytes, microseconds in three),
 * so, as there, it depends on the hash secret.
 */
function stateHash(...bytes: number[]): number | bigint {
  return hash(String.fromCharCode(...bytes));
}

function dateHash(a: PyDate): number | bigint {
  if (a.hashcode === null) a.hashcode = stateHash(a.year >> 8, a.year & 255, a.month, a.day);
  return a.hashcode;
}

function dateCmp(a: PyDate, b: PyDate): number {
  return a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
}

function dateIso(a: PyDate): string {
  return `${pad4(a.year)}-${pad2(a.month)}-${pad2(a.day)}`;
}

const WDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatCtime(a: PyDate, h: number, mi: number, s: number): string {
  const d = a.day < 10 ? ' ' + a.day : '' + a.day;
  return `${WDAY_NAMES[weekdayOf(a.year, a.month, a.day)]} ${MONTH_NAMES[a.month]} ${d} ${pad2(h)}:${pad2(mi)}:${pad2(s)} ${pad4(a.year)}`;
}

/** add_date_timedelta */
function dateAddDelta(a: PyDate, delta: PyDelta, negate: boolean): PyValue {
  normalizeDate(a.year, a.month, a.day + (negate ? -delta.days : delta.days));
  return newDateEx(nY, nM, nD, typeOf(a));
}

function dateAdd(l: PyValue, r: PyValue): PyValue {
  if (l instanceof PyDateTime || r instanceof PyDateTime) return NotImplemented;
  if (l instanceof PyDate) {
    if (r instanceof PyDelta) return dateAddDelta(l, r, false);
  } else if (l instanceof PyDelta && r instanceof PyDate) {
    return dateAddDelta(r, l, false);
  }
  return NotImplemented;
}

function dateSub(l: PyValue, r: PyValue): PyValue {
  if (l instanceof PyDateTime || r instanceof PyDateTime) return NotImplemented;
  if (l instanceof PyDate) {
    if (r instanceof PyDate) return newDelta(ymdToOrd(l.year, l.month, l.day) - ymdToOrd(r.year, r.month, r.day), 0, 0);
    if (r instanceof PyDelta) return dateAddDelta(l, r, true);
  }
  return NotImplemented;
}

function isoCalendar(a: PyDate): PyValue {
  let year = a.year;
  let week1 = isoWeek1Monday(year);
  const today = ymdToOrd(year, a.month, a.day);
  let week = floorDiv(today - week1, 7);
  let day = today - week1 - week * 7;
  if (week < 0) {
    year -= 1;
    week1 = isoWeek1Monday(year);
    week = floorDiv(today - week1, 7);
    day = today - week1 - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return new PyTuple([year, week + 1, day + 1], isoCalType);
}

function dateTimetuple(a: PyDate): PyValue {
  return buildStructTime(a.year, a.month, a.day, 0, 0, 0, -1);
}

/** The time tuple fields of a date or datetime for strftime, when its timetuple() is this module's own. */
function ownTimetupleFields(self: PyDate): number[] | null {
  const f = typeOf(self).lookup('timetuple');
  if (f !== dateTimetupleDescr && f !== datetimeTimetupleDescr) return null;
  const y = self.year, m = self.month, d = self.day;
  const wday = weekdayOf(y, m, d);
  const yday = DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
  if (self instanceof PyDateTime) {
    let dst = -1;
    if (self.tzinfo !== None) {
      const o = callDst(self.tzinfo, self);
      if (o !== None) dst = deltaBool(o as PyDelta) ? 1 : 0;
    }
    return [y, m, d, self.hour, self.minute, self.second, wday, yday, dst];
  }
  return [y, m, d, 0, 0, 0, wday, yday, -1];
}
let dateTimetupleDescr: PyValue | undefined;
let datetimeTimetupleDescr: PyValue | undefined;

function dateStrftime(self: PyDate, args: PyValue[], kw: string[] | null): PyValue {
  const fmt = strftimeFormat(args, kw);
  const fields = ownTimetupleFields(self);
  const tuple = fields === null ? callMethod0(self, 'timetuple') : null;
  return wrapStrftime(self, fmt, fields, tuple, self instanceof PyDateTime ? self : None);
}

function dateFromTimestamp(cls: PyType, ts: PyValue): PyValue {
  const t = timestampFloor(ts);
  breakTime(t, true);
  return newDateEx(nY, nM, nD, cls);
}

function initDate(): void {
  const A = (v: PyValue) => v as PyDate;
  dateType.tdict.set('__new__', new PyBuiltin('__new__', dateNew));
  defineMethods(dateType, {
    __repr__: (self) => `${typeOf(self).tpName}(${A(self).year}, ${A(self).month}, ${A(self).day})`,
    __str__: (self) => (typeOf(self) === dateType ? dateIso(A(self)) : callMethod0(self, 'isoformat')),
    __hash__: (self) => dateHash(A(self)),
    __eq__: (self, [o]) => (o instanceof PyDate ? dateCmp(A(self), o) === 0 : NotImplemented),
    __ne__: (self, [o]) => (o instanceof PyDate ? dateCmp(A(self), o) !== 0 : NotImplemented),
    __lt__: (self, [o]) => (o instanceof PyDate ? dateCmp(A(self), o) < 0 : NotImplemented),
    __le__: (self, [o]) => (o instanceof PyDate ? dateCmp(A(self), o) <= 0 : NotImplemented),
    __gt__: (self, [o]) => (o instanceof PyDate ? dateCmp(A(self), o) > 0 : NotImplemented),
    __ge__: (self, [o]) => (o instanceof PyDate ? dateCmp(A(self), o) >= 0 : NotImplemented),
    __add__: (self, [o]) => dateAdd(self, o),
    __radd__: (self, [o]) => dateAdd(o, self),
    __sub__: (self, [o]) => dateSub(self, o),
    __rsub__: (self, [o]) => dateSub(o, self),
    ctime: (self, args, kw) => {
      noArgs('date.ctime', args, kw);
      return formatCtime(A(self), 0, 0, 0);
    },
    strftime: (self, args, kw) => dateStrftime(A(self), args, kw),
    __format__: (self, args) => formatMethod(self, args),
    timetuple: (self, args, kw) => {
      noArgs('date.timetuple', args, kw);
      return dateTimetuple(A(self));
    },
    isocalendar: (self, args, kw) => {
      noArgs('date.isocalendar', args, kw);
      return isoCalendar(A(self));
    },
    isoformat: (self, args, kw) => {
      noArgs('date.isoformat', args, kw);
      return dateIso(A(self));
    },
    isoweekday: (self, args, kw) => {
      noArgs('date.isoweekday', args, kw);
      return weekdayOf(A(self).year, A(self).month, A(self).day) + 1;
    },
    toordinal: (self, args, kw) => {
      noArgs('date.toordinal', args, kw);
      return ymdToOrd(A(self).year, A(self).month, A(self).day);
    },
    weekday: (self, args, kw) => {
      noArgs('date.weekday', args, kw);
      return weekdayOf(A(self).year, A(self).month, A(self).day);
    },
    replace: (self, args, kw) => {
      const a = A(self);
      const v = kwParse('replace', DATE_KWS, args, kw, 0);
      const y = v[0] === undefined ? a.year : intArg(v[0]);
      const m = v[1] === undefined ? a.month : intArg(v[1]);
      const d = v[2] === undefined ? a.day : intArg(v[2]);
      checkDateArgs(y, m, d);
      return new PyDate(typeOf(self), y, m, d);
    },
    __reduce__: (self) => new PyTuple([typeOf(self), new PyTuple([dateState(A(self))])]),
  });
  defineClassMethods(dateType, {
    fromtimestamp: (cls, args, kw) => dateFromTimestamp(cls as PyType, methO('date.fromtimestamp', args, kw)),
    fromordinal: (cls, args, kw) => {
      const [o] = exactArgs('fromordinal', args, kw, 1);
      const n = intArg(o);
      if (n < 1) valueError('ordinal must be >= 1');
      ordToYmd(n);
      return newDateEx(oYear, oMonth, oDay, cls as PyType);
    },
    fromisoformat: (cls, args, kw) => {
      const arg = methO('date.fromisoformat', args, kw);
      const s = isoArg(arg);
      const len = utf8Length(s);
      const rv = len === 7 || len === 8 || len === 10 ? parseIsoDate(s, len) : -1;
      if (rv < 0) invalidIso(arg);
      return newDateEx(pY, pM, pD, cls as PyType);
    },
    fromisocalendar: (cls, args, kw) => {
      const v = kwParse('fromisocalendar', ['year', 'week', 'day'], args, kw, 3);
      let y: number, w: number, d: number;
      try {
        y = intArg(v[0]!);
        w = intArg(v[1]!);
        d = intArg(v[2]!);
      } catch (e) {
        if (isOverflow(e)) valueError('ISO calendar component out of range');
        throw e;
      }
      const rv = isoToYmd(y, w, d);
      if (rv === -2) valueError(`Invalid week: ${w}`);
      if (rv === -3) valueError(`Invalid day: ${d} (range is [1, 7])`);
      if (rv === -4) valueError(`Year is out of range: ${y}`);
      return newDateEx(pY, pM, pD, cls as PyType);
    },
    today: (cls, args, kw) => {
      noArgs('date.today', args, kw);
      const now = new PyFloat(Number(timeNs()) / 1e9);
      return call(getAttr(cls, 'fromtimestamp'), [now]);
    },
  });
  defineGetters(dateType, {
    year: (self) => A(self).year,
    month: (self) => A(self).month,
    day: (self) => A(self).day,
  });
  dateTimetupleDescr = dateType.tdict.get('timetuple');
  dateType.tdict.set('min', new PyDate(dateType, 1, 1, 1));
  dateType.tdict.set('max', new PyDate(dateType, 9999, 12, 31));
  dateType.tdict.set('resolution', new PyDelta(deltaType, 1, 0, 0));
  setDoc(dateType, 'date(year, month, day) --> date object');
}

function isOverflow(e: unknown): boolean {
  return e instanceof PyException && e.exc.cls.isSubtype(OverflowError);
}

function dateState(a: PyDate): PyBytesObj {
  return new PyBytesObj(new Uint8Array([a.year >> 8, a.year & 255, a.month, a.day]));
}

// ---------------------------------------------------------------------------
// datetime

const DT_KWS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];

function datetimeNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  const n = args.length;
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0, us = 0, fold = 0;
  let tz: PyValue = None;
  if (kw === null && n >= 4 && n <= 9 && typeof args[1] === 'number' && typeof args[2] === 'number') {
    y = intArg(args[1]);
    mo = intArg(args[2]);
    d = intArg(args[3]);
    if (n > 4) h = intArg(args[4]);
    if (n > 5) mi = intArg(args[5]);
    if (n > 6) s = intArg(args[6]);
    if (n > 7) us = intArg(args[7]);
    if (n > 8) tz = args[8];
  } else {
    const npos = n - (kw === null ? 0 : kw.length);
    if (npos >= 2 && npos <= 3) {
      const st = pickleState(args[1], 10, 2, monthSane, 'datetime');
      if (st !== null) {
        const tzs = npos === 3 ? args[2] : None;
        if (tzs !== None && !(tzs instanceof PyTZInfo)) typeError('bad tzinfo state arg');
        return new PyDateTime(cls, st[0] * 256 + st[1], st[2] & 0x7f, st[3], st[4], st[5], st[6], (st[7] << 16) | (st[8] << 8) | st[9],
          tzs, st[2] & 0x80 ? 1 : 0);
      }
    }
    const v = kwParse(null, DT_KWS, args.slice(1), kw, 3, 8, 7);
    y = intArg(v[0]!);
    mo = intArg(v[1]!);
    d = intArg(v[2]!);
    if (v[3] !== undefined) h = intArg(v[3]);
    if (v[4] !== undefined) mi = intArg(v[4]);
    if (v[5] !== undefined) s = intArg(v[5]);
    if (v[6] !== undefined) us = intArg(v[6]);
    if (v[7] !== undefined) tz = v[7];
    if (v[8] !== undefined) fold = intArg(v[8]);
  }
  checkDateArgs(y, mo, d);
  checkTimeArgs(h, mi, s, us, fold);
  checkTzinfo(tz);
  return new PyDateTime(cls, y, mo, d, h, mi, s, us, tz, fold);
}

function datetimeRepr(a: PyDateTime): string {
  let r = `${typeOf(a).tpName}(${a.year}, ${a.month}, ${a.day}, ${a.hour}, ${a.minute}`;
  if (a.us !== 0) r += `, ${a.second}, ${a.us}`;
  else if (a.second !== 0) r += `, ${a.second}`;
  if (a.fold !== 0) r += ', fold=1';
  if (a.tzinfo !== None) r += `, tzinfo=${pyRepr(a.tzinfo)}`;
  return r + ')';
}

const TIMESPECS = ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'];

/** The time part of isoformat() for a timespec index. */
function timeIso(h: number, mi: number, s: number, us: number, spec: number): string {
  switch (spec) {
    case 0: return `${pad2(h)}:${pad2(mi)}:${pad2(s)}${us !== 0 ? '.' + pad6(us) : ''}`;
    case 1: return pad2(h);
    case 2: return `${pad2(h)}:${pad2(mi)}`;
    case 3: return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
    case 4: return `${pad2(h)}:${pad2(mi)}:${pad2(s)}.${pad3(Math.floor(us / 1000))}`;
    default: return `${pad2(h)}:${pad2(mi)}:${pad2(s)}.${pad6(us)}`;
  }
}

function timespecArg(v: PyValue | undefined, argn: number): number {
  if (v === undefined) return 0;
  if (!isStr(v)) typeError(`isoformat() argument ${argn} must be str, not ${argType(v)}`);
  const i = TIMESPECS.indexOf(strText(v));
  if (i < 0) valueError('Unknown timespec value');
  return i;
}

function datetimeIso(a: PyDateTime, sep: string, spec: number): string {
  return dateIso(a) + sep + timeIso(a.hour, a.minute, a.second, a.us, spec) + (a.tzinfo === None ? '' : formatUtcoffset(':', a.tzinfo, a));
}

function sepArg(v: PyValue | undefined): string {
  if (v === undefined) return 'T';
  const s = isStr(v) ? strText(v) : null;
  if (s === null) typeError(`isoformat() argument 1 must be a unicode character, not ${argType(v)}`);
  const cp = s.codePointAt(0);
  if (s.length === 0 || s.length !== (cp! > 0xffff ? 2 : 1)) typeError(`isoformat() argument 1 must be a unicode character, not str`);
  return s;
}

function datetimeUtcoffset(a: PyDateTime): PyValue {
  return callUtcoffset(a.tzinfo, a);
}

/** add_datetime_timedelta: the result keeps the tzinfo, fold 0, and the subclass (called). */
function datetimeAddDelta(a: PyDateTime, delta: PyDelta, factor: number): PyValue {
  normalizeDateTime(a.year, a.month, a.day + delta.days * factor, a.hour, a.minute, a.second + delta.seconds * factor,
    a.us + delta.us * factor);
  const cls = typeOf(a);
  if (cls === datetimeType) return new PyDateTime(datetimeType, nY, nM, nD, nH, nMi, nS, nUs, a.tzinfo, 0);
  return newDatetimeEx(nY, nM, nD, nH, nMi, nS, nUs, a.tzinfo, 0, cls);
}

function datetimeAdd(l: PyValue, r: PyValue): PyValue {
  if (l instanceof PyDateTime) {
    if (r instanceof PyDelta) return datetimeAddDelta(l, r, 1);
  } else if (l instanceof PyDelta && r instanceof PyDateTime) {
    return datetimeAddDelta(r, l, 1);
  }
  return NotImplemented;
}

function datetimeSub(l: PyValue, r: PyValue): PyValue {
  if (!(l instanceof PyDateTime)) return NotImplemented;
  if (r instanceof PyDateTime) {
    let off1: PyValue = None, off2: PyValue = None;
    if (l.tzinfo !== r.tzinfo) {
      off1 = datetimeUtcoffset(l);
      off2 = datetimeUtcoffset(r);
      if ((off1 !== None) !== (off2 !== None)) typeError("can't subtract offset-naive and offset-aware datetimes");
    }
    const dd = ymdToOrd(l.year, l.month, l.day) - ymdToOrd(r.year, r.month, r.day);
    const ds = (l.hour - r.hour) * 3600 + (l.minute - r.minute) * 60 + (l.second - r.second);
    const result = newDelta(dd, ds, l.us - r.us);
    if (off1 !== off2 && deltaCmp(off1 as PyDelta, off2 as PyDelta) !== 0) return deltaSub(result, deltaSub(off1 as PyDelta, off2 as PyDelta));
    return result;
  }
  if (r instanceof PyDelta) return datetimeAddDelta(l, r, -1);
  return NotImplemented;
}

function dtDataCmp(a: PyDateTime, b: PyDateTime): number {
  let diff = dateCmp(a, b);
  if (diff !== 0) return diff;
  diff = a.hour - b.hour;
  if (diff !== 0) return diff;
  diff = a.minute - b.minute;
  if (diff !== 0) return diff;
  diff = a.second - b.second;
  if (diff !== 0) return diff;
  return a.us - b.us;
}

function flipFoldOffset(a: PyDateTime): PyValue {
  const flip = new PyDateTime(typeOf(a), a.year, a.month, a.day, a.hour, a.minute, a.second, a.us, a.tzinfo, a.fold ? 0 : 1);
  return datetimeUtcoffset(flip);
}

function offsetsDiffer(x: PyValue, y: PyValue): boolean {
  if (x === y) return false;
  if (x instanceof PyDelta && y instanceof PyDelta) return deltaCmp(x, y) !== 0;
  return true;
}

/** pep495_eq_exception: an instant in a fold with a different offset either side is unequal to all others. */
function pep495Exception(a: PyDateTime, b: PyDateTime, o1: PyValue, o2: PyValue): boolean {
  return offsetsDiffer(flipFoldOffset(a), o1) || offsetsDiffer(flipFoldOffset(b), o2);
}

function cmpError(a: PyValue, b: PyValue): never {
  typeError(`can't compare ${typeOf(a).tpName} to ${typeOf(b).tpName}`);
}

function datetimeCompare(a: PyDateTime, other: PyValue, op: number): PyValue {
  if (!(other instanceof PyDateTime)) {
    if (other instanceof PyDate) {
      if (op === 2) return false;
      if (op === 3) return true;
      cmpError(a, other);
    }
    return NotImplemented;
  }
  if (a.tzinfo === other.tzinfo) return diffToBool(dtDataCmp(a, other), op);
  const o1 = datetimeUtcoffset(a);
  const o2 = datetimeUtcoffset(other);
  let diff: number;
  if (o1 === o2 || (o1 instanceof PyDelta && o2 instanceof PyDelta && deltaCmp(o1, o2) === 0)) {
    diff = dtDataCmp(a, other);
  } else if (o1 !== None && o2 !== None) {
    const delta = datetimeSub(a, other) as PyDelta;
    diff = delta.days;
    if (diff === 0) diff = delta.seconds | delta.us;
  } else if (op === 2) {
    return false;
  } else if (op === 3) {
    return true;
  } else {
    typeError("can't compare offset-naive and offset-aware datetimes");
  }
  if ((op === 2 || op === 3) && diff === 0 && pep495Exception(a, other, o1, o2)) diff = 1;
  return diffToBool(diff, op);
}

function datetimeHash(a: PyDateTime): number | bigint {
  if (a.hashcode !== null) return a.hashcode;
  const self0 = a.fold ? new PyDateTime(typeOf(a), a.year, a.month, a.day, a.hour, a.minute, a.second, a.us, a.tzinfo, 0) : a;
  const off = datetimeUtcoffset(self0);
  const days = ymdToOrd(a.year, a.month, a.day);
  const secs = a.hour * 3600 + a.minute * 60 + a.second;
  if (off === None) {
    a.hashcode = stateHash(a.year >> 8, a.year & 255, a.month, a.day, a.hour, a.minute, a.second, a.us >> 16, (a.us >> 8) & 255, a.us & 255);
  } else a.hashcode = deltaHash(deltaSub(newDelta(days, secs, a.us), off as PyDelta));
  return a.hashcode;
}

function datetimeState(a: PyDateTime, proto: number): PyTuple {
  const b = new PyBytesObj(new Uint8Array([a.year >> 8, a.year & 255, a.month | (a.fold && proto > 3 ? 128 : 0), a.day, a.hour, a.minute,
    a.second, a.us >> 16, (a.us >> 8) & 255, a.us & 255]));
  return new PyTuple(a.tzinfo === None ? [b] : [b, a.tzinfo]);
}

/** datetime_from_timet_and_us: local time detects a fold by probing a day back. */
function datetimeFromTimet(cls: PyType, local: boolean, t: number, us: number, tz: PyValue): PyValue {
  breakTime(t, local);
  const y = nY, mo = nM, d = nD, h = nH, mi = nMi, s = nS;
  let fold = 0;
  if (tz === None && local) {
    const result = utcToSeconds(y, mo, d, h, mi, s);
    let probe = localSecs(EPOCH_SECONDS + t - MAX_FOLD_SECONDS);
    const transition = result - probe - MAX_FOLD_SECONDS;
    if (transition < 0) {
      probe = localSecs(EPOCH_SECONDS + t + transition);
      if (probe === result) fold = 1;
    }
  }
  return newDatetimeEx(y, mo, d, h, mi, s, us, tz, fold, cls);
}

function datetimeFromTimestamp(cls: PyType, ts: PyValue, tz: PyValue): PyValue {
  const t = timestampHalfEven(ts);
  const r = datetimeFromTimet(cls, tz === None, t, tsUs, tz);
  return tz === None ? r : callMethod(tz, 'fromutc', r);
}

function datetimeNow(cls: PyType, tz: PyValue, local: boolean): PyValue {
  // Microseconds since the epoch fit a double exactly: one BigInt division.
  const total = Number(timeNs() / 1000n);
  const secs = Math.floor(total / 1000000);
  const r = datetimeFromTimet(cls, local, secs, total - secs * 1000000, tz);
  return tz === None ? r : callMethod(tz, 'fromutc', r);
}

let strptimeFn: PyValue | null = null;

function datetimeAstimezone(a: PyDateTime, tz: PyValue): PyValue {
  checkTzinfo(tz);
  let selfTz: PyValue;
  let offset: PyValue;
  for (;;) {
    if (a.tzinfo === None) {
      selfTz = localTimezoneAt(localToSeconds(a.year, a.month, a.day, a.hour, a.minute, a.second, a.fold) - EPOCH_SECONDS);
    } else {
      selfTz = a.tzinfo;
    }
    if (selfTz === tz) return a;
    offset = callUtcoffset(selfTz, a);
    if (offset !== None) break;
    if (a.tzinfo === None) break;
    // utcoffset() None: treated as naive.
    a = new PyDateTime(typeOf(a), a.year, a.month, a.day, a.hour, a.minute, a.second, a.us, None, a.fold);
  }
  if (!(offset instanceof PyDelta)) typeError(`utcoffset() returned ${typeOf(offset).tpName}, expected timedelta or None`);
  const r = datetimeAddDelta(a, offset, -1) as PyDateTime;
  r.tzinfo = utc;
  let target = tz;
  if (target === None) {
    const secs = utcToSeconds(r.year, r.month, r.day, r.hour, r.minute, r.second) - EPOCH_SECONDS;
    target = localTimezoneAt(secs);
  }
  r.tzinfo = target;
  r.hashcode = null;
  return callMethod(target, 'fromutc', r);
}

function datetimeTimestamp(a: PyDateTime): PyValue {
  if (a.tzinfo !== None) {
    const delta = datetimeSub(a, epoch) as PyDelta;
    return intTrueDiv(deltaToUs(delta), 1000000);
  }
  const secs = localToSeconds(a.year, a.month, a.day, a.hour, a.minute, a.second, a.fold);
  return new PyFloat(secs - EPOCH_SECONDS + a.us / 1e6);
}

function utcTimetuple(a: PyDateTime): PyValue {
  let u: PyDate = a;
  if (a.tzinfo !== None) {
    const off = callUtcoffset(a.tzinfo, a);
    if (off !== None) u = datetimeAddDelta(a, off as PyDelta, -1) as PyDateTime;
  }
  const ud = u as PyDateTime;
  return buildStructTime(ud.year, ud.month, ud.day, ud.hour, ud.minute, ud.second, 0);
}

let epoch: PyDateTime;

function initDatetime(): void {
  const A = (v: PyValue) => v as PyDateTime;
  datetimeType.tdict.set('__new__', new PyBuiltin('__new__', datetimeNew));
  defineMethods(datetimeType, {
    __repr__: (self) => datetimeRepr(A(self)),
    __str__: (self) => (typeOf(self) === datetimeType ? datetimeIso(A(self), ' ', 0) : callMethod(self, 'isoformat', ' ')),
    __hash__: (self) => datetimeHash(A(self)),
    __eq__: (self, [o]) => datetimeCompare(A(self), o, 2),
    __ne__: (self, [o]) => datetimeCompare(A(self), o, 3),
    __lt__: (self, [o]) => datetimeCompare(A(self), o, 0),
    __le__: (self, [o]) => datetimeCompare(A(self), o, 1),
    __gt__: (self, [o]) => datetimeCompare(A(self), o, 4),
    __ge__: (self, [o]) => datetimeCompare(A(self), o, 5),
    __add__: (self, [o]) => datetimeAdd(self, o),
    __radd__: (self, [o]) => datetimeAdd(o, self),
    __sub__: (self, [o]) => datetimeSub(self, o),
    __rsub__: (self, [o]) => datetimeSub(o, self),
    date: (self, args, kw) => {
      noArgs('datetime.date', args, kw);
      return new PyDate(dateType, A(self).year, A(self).month, A(self).day);
    },
    time: (self, args, kw) => {
      noArgs('datetime.time', args, kw);
      const a = A(self);
      return new PyTime(timeType, a.hour, a.minute, a.second, a.us, None, a.fold);
    },
    timetz: (self, args, kw) => {
      noArgs('datetime.timetz', args, kw);
      const a = A(self);
      return new PyTime(timeType, a.hour, a.minute, a.second, a.us, a.tzinfo, a.fold);
    },
    ctime: (self, args, kw) => {
      noArgs('datetime.ctime', args, kw);
      return formatCtime(A(self), A(self).hour, A(self).minute, A(self).second);
    },
    timetuple: (self, args, kw) => {
      noArgs('datetime.timetuple', args, kw);
      const f = ownTimetupleFieldsOf(A(self));
      return buildStructTime(f[0], f[1], f[2], f[3], f[4], f[5], f[8]);
    },
    timestamp: (self, args, kw) => {
      noArgs('datetime.timestamp', args, kw);
      return datetimeTimestamp(A(self));
    },
    utctimetuple: (self, args, kw) => {
      noArgs('datetime.utctimetuple', args, kw);
      return utcTimetuple(A(self));
    },
    isoformat: (self, args, kw) => {
      if (args.length === 0) return datetimeIso(A(self), 'T', 0);
      const v = kwParse('isoformat', ['sep', 'timespec'], args, kw, 0);
      return datetimeIso(A(self), sepArg(v[0]), timespecArg(v[1], 2));
    },
    utcoffset: (self, args, kw) => {
      noArgs('datetime.utcoffset', args, kw);
      return datetimeUtcoffset(A(self));
    },
    dst: (self, args, kw) => {
      noArgs('datetime.dst', args, kw);
      return callDst(A(self).tzinfo, self);
    },
    tzname: (self, args, kw) => {
      noArgs('datetime.tzname', args, kw);
      return callTzname(A(self).tzinfo, self);
    },
    replace: (self, args, kw) => {
      const a = A(self);
      const v = kwParse('replace', DT_KWS, args, kw, 0, 8);
      const y = v[0] === undefined ? a.year : intArg(v[0]);
      const mo = v[1] === undefined ? a.month : intArg(v[1]);
      const d = v[2] === undefined ? a.day : intArg(v[2]);
      const h = v[3] === undefined ? a.hour : intArg(v[3]);
      const mi = v[4] === undefined ? a.minute : intArg(v[4]);
      const s = v[5] === undefined ? a.second : intArg(v[5]);
      const us = v[6] === undefined ? a.us : intArg(v[6]);
      const tz = v[7] === undefined ? a.tzinfo : v[7];
      const fold = v[8] === undefined ? a.fold : intArg(v[8]);
      checkDateArgs(y, mo, d);
      checkTimeArgs(h, mi, s, us, fold);
      checkTzinfo(tz);
      return new PyDateTime(typeOf(self), y, mo, d, h, mi, s, us, tz, fold);
    },
    astimezone: (self, args, kw) => {
      const [tz] = kwParse('astimezone', ['tz'], args, kw, 0);
      return datetimeAstimezone(A(self), tz === undefined ? None : tz);
    },
    __reduce__: (self) => new PyTuple([typeOf(self), datetimeState(A(self), 2)]),
  });
  defineClassMethods(datetimeType, {
    now: (cls, args, kw) => {
      if (args.length === 0) return datetimeNow(cls as PyType, None, true);
      const [tz] = kwParse('now', ['tz'], args, kw, 0);
      const z = tz === undefined ? None : tz;
      checkTzinfo(z);
      return datetimeNow(cls as PyType, z, z === None);
    },
    utcnow: (cls, args, kw) => {
      noArgs('datetime.utcnow', args, kw);
      return datetimeNow(cls as PyType, None, false);
    },
    fromtimestamp: (cls, args, kw) => {
      const [ts, tz] = kwParse('fromtimestamp', ['timestamp', 'tz'], args, kw, 1);
      const z = tz === undefined ? None : tz;
      checkTzinfo(z);
      return datetimeFromTimestamp(cls as PyType, ts!, z);
    },
    utcfromtimestamp: (cls, args, kw) => {
      const [ts] = exactArgs('utcfromtimestamp', args, kw, 1);
      const t = timestampHalfEven(ts);
      return datetimeFromTimet(cls as PyType, false, t, tsUs, None);
    },
    strptime: (cls, args, kw) => {
      exactArgs('strptime', args, kw, 2);
      for (let i = 0; i < 2; i++) if (!isStr(args[i])) typeError(`strptime() argument ${i + 1} must be str, not ${argType(args[i])}`);
      if (strptimeFn === null) strptimeFn = getAttr(loadModule('_strptime'), '_strptime_datetime');
      return call(strptimeFn, [cls, args[0], args[1]]);
    },
    combine: (cls, args, kw) => {
      const [d, t, tzArg] = kwParse('combine', ['date', 'time', 'tzinfo'], args, kw, 2);
      if (!(d instanceof PyDate)) typeError(`combine() argument 1 must be datetime.date, not ${argType(d!)}`);
      if (!(t instanceof PyTime)) typeError(`combine() argument 2 must be datetime.time, not ${argType(t!)}`);
      const tz = tzArg === undefined ? t.tzinfo : tzArg;
      if (cls === datetimeType) checkTzinfo(tz);
      return newDatetimeEx(d.year, d.month, d.day, t.hour, t.minute, t.second, t.us, tz, t.fold, cls as PyType);
    },
    fromisoformat: (cls, args, kw) => {
      const arg = methO('datetime.fromisoformat', args, kw);
      const s = isoArg(arg);
      if (s.length < 7) invalidIso(arg);
      const sepAt = findIsoSeparator(s, s.length);
      if (sepAt < 0) invalidIso(arg);
      let rv = parseIsoDate(s, sepAt);
      const y = pY, mo = pM, d = pD;
      pH = pMi = pS = pUs = 0;
      if (rv === 0 && s.length > sepAt) {
        const cp = s.codePointAt(sepAt)!;
        const start = sepAt + (cp > 0xffff ? 2 : 1);
        rv = parseIsoTime(s, start, s.length);
      }
      if (rv < 0) invalidIso(arg);
      const h = pH, mi = pMi, sec = pS, us = pUs;
      const tz = tzFromIso(rv);
      return newDatetimeEx(y, mo, d, h, mi, sec, us, tz, 0, cls as PyType);
    },
  });
  defineGetters(datetimeType, {
    hour: (self) => A(self).hour,
    minute: (self) => A(self).minute,
    second: (self) => A(self).second,
    microsecond: (self) => A(self).us,
    tzinfo: (self) => A(self).tzinfo,
    fold: (self) => A(self).fold,
  });
  reduceEx(datetimeType, (self, proto) => datetimeState(self as PyDateTime, proto));
  datetimeTimetupleDescr = datetimeType.tdict.get('timetuple');
  datetimeType.tdict.set('min', new PyDateTime(datetimeType, 1, 1, 1, 0, 0, 0, 0, None, 0));
  datetimeType.tdict.set('max', new PyDateTime(datetimeType, 9999, 12, 31, 23, 59, 59, 999999, None, 0));
  datetimeType.tdict.set('resolution', new PyDelta(deltaType, 0, 0, 1));
  setDoc(datetimeType,
    'datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n' +
    '\n' +
    'The year, month and day arguments are required. tzinfo may be None, or an\n' +
    'instance of a tzinfo subclass. The remaining arguments may be ints.\n');
  epoch = new PyDateTime(datetimeType, 1970, 1, 1, 0, 0, 0, 0, utc, 0);
}

/** A datetime's timetuple() fields (dst from its tzinfo). */
function ownTimetupleFieldsOf(a: PyDateTime): number[] {
  const y = a.year, m = a.month, d = a.day;
  let dst = -1;
  if (a.tzinfo !== None) {
    const o = callDst(a.tzinfo, a);
    if (o !== None) dst = deltaBool(o as PyDelta) ? 1 : 0;
  }
  return [y, m, d, a.hour, a.minute, a.second, weekdayOf(y, m, d), DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d, dst];
}

// ---------------------------------------------------------------------------
// time

const TIME_KWS = ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];

function timeNew(args: PyValue[], kw: string[] | null): PyValue {
  const cls = args[0] as PyType;
  const n = args.length;
  let h = 0, mi = 0, s = 0, us = 0, fold = 0;
  let tz: PyValue = None;
  const npos = n - (kw === null ? 0 : kw.length);
  if (npos >= 2 && npos <= 3) {
    const st = pickleState(args[1], 6, 0, hourSane, 'time');
    if (st !== null) {
      const tzs = npos === 3 ? args[2] : None;
      if (tzs !== None && !(tzs instanceof PyTZInfo)) typeError('bad tzinfo state arg');
      return new PyTime(cls, st[0] & 0x7f, st[1], st[2], (st[3] << 16) | (st[4] << 8) | st[5], tzs, st[0] & 0x80 ? 1 : 0);
    }
  }
  const v = kwParse(null, TIME_KWS, args.slice(1), kw, 0, 5, 4);
  if (v[0] !== undefined) h = intArg(v[0]);
  if (v[1] !== undefined) mi = intArg(v[1]);
  if (v[2] !== undefined) s = intArg(v[2]);
  if (v[3] !== undefined) us = intArg(v[3]);
  if (v[4] !== undefined) tz = v[4];
  if (v[5] !== undefined) fold = intArg(v[5]);
  checkTimeArgs(h, mi, s, us, fold);
  checkTzinfo(tz);
  return new PyTime(cls, h, mi, s, us, tz, fold);
}

function timeRepr(a: PyTime): string {
  let r = `${typeOf(a).tpName}(${a.hour}, ${a.minute}`;
  if (a.us !== 0) r += `, ${a.second}, ${a.us}`;
  else if (a.second !== 0) r += `, ${a.second}`;
  // time's repr puts tzinfo before fold (datetime's the other way round).
  if (a.tzinfo !== None) r += `, tzinfo=${pyRepr(a.tzinfo)}`;
  if (a.fold !== 0) r += ', fold=1';
  return r + ')';
}

function timeIsoformat(a: PyTime, spec: number): string {
  return timeIso(a.hour, a.minute, a.second, a.us, spec) + (a.tzinfo === None ? '' : formatUtcoffset(':', a.tzinfo, None));
}

function timeCmpData(a: PyTime, b: PyTime): number {
  return a.hour !== b.hour ? a.hour - b.hour : a.minute !== b.minute ? a.minute - b.minute
    : a.second !== b.second ? a.second - b.second : a.us - b.us;
}

function timeCompare(a: PyTime, other: PyValue, op: number): PyValue {
  if (!(other instanceof PyTime)) return NotImplemented;
  if (a.tzinfo === other.tzinfo) return diffToBool(timeCmpData(a, other), op);
  const o1 = callUtcoffset(a.tzinfo, None);
  const o2 = callUtcoffset(other.tzinfo, None);
  let diff: number;
  if (o1 === o2 || (o1 instanceof PyDelta && o2 instanceof PyDelta && deltaCmp(o1, o2) === 0)) {
    diff = timeCmpData(a, other);
  } else if (o1 instanceof PyDelta && o2 instanceof PyDelta) {
    const s1 = a.hour * 3600 + a.minute * 60 + a.second - o1.days * 86400 - o1.seconds;
    const s2 = other.hour * 3600 + other.minute * 60 + other.second - o2.days * 86400 - o2.seconds;
    diff = s1 - s2;
    if (diff === 0) diff = a.us - other.us;
  } else if (op === 2) {
    return false;
  } else if (op === 3) {
    return true;
  } else {
    typeError("can't compare offset-naive and offset-aware times");
  }
  return diffToBool(diff, op);
}

function timeHash(a: PyTime): number | bigint {
  if (a.hashcode !== null) return a.hashcode;
  const self0 = a.fold ? new PyTime(typeOf(a), a.hour, a.minute, a.second, a.us, a.tzinfo, 0) : a;
  const off = callUtcoffset(self0.tzinfo, None);
  if (off === None) a.hashcode = stateHash(a.hour, a.minute, a.second, a.us >> 16, (a.us >> 8) & 255, a.us & 255);
  else a.hashcode = deltaHash(deltaSub(newDelta(0, a.hour * 3600 + a.minute * 60 + a.second, a.us), off as PyDelta));
  return a.hashcode;
}

function timeState(a: PyTime, proto: number): PyTuple {
  const b = new PyBytesObj(new Uint8Array([a.hour | (a.fold && proto > 3 ? 128 : 0), a.minute, a.second, a.us >> 16, (a.us >> 8) & 255, a.us & 255]));
  return new PyTuple(a.tzinfo === None ? [b] : [b, a.tzinfo]);
}

function initTime(): void {
  const A = (v: PyValue) => v as PyTime;
  timeType.tdict.set('__new__', new PyBuiltin('__new__', timeNew));
  defineMethods(timeType, {
    __repr__: (self) => timeRepr(A(self)),
    __str__: (self) => (typeOf(self) === timeType ? timeIsoformat(A(self), 0) : callMethod0(self, 'isoformat')),
    __hash__: (self) => timeHash(A(self)),
    __eq__: (self, [o]) => timeCompare(A(self), o, 2),
    __ne__: (self, [o]) => timeCompare(A(self), o, 3),
    __lt__: (self, [o]) => timeCompare(A(self), o, 0),
    __le__: (self, [o]) => timeCompare(A(self), o, 1),
    __gt__: (self, [o]) => timeCompare(A(self), o, 4),
    __ge__: (self, [o]) => timeCompare(A(self), o, 5),
    isoformat: (self, args, kw) => {
      const [spec] = kwParse('isoformat', ['timespec'], args, kw, 0);
      return timeIsoformat(A(self), timespecArg(spec, 1));
    },
    strftime: (self, args, kw) => {
      const fmt = strftimeFormat(args, kw);
      const a = A(self);
      return wrapStrftime(self, fmt, [1900, 1, 1, a.hour, a.minute, a.second, 0, 1, -1], null, None);
    },
    __format__: (self, args) => formatMethod(self, args),
    utcoffset: (self, args, kw) => {
      noArgs('time.utcoffset', args, kw);
      return callUtcoffset(A(self).tzinfo, None);
    },
    dst: (self, args, kw) => {
      noArgs('time.dst', args, kw);
      return callDst(A(self).tzinfo, None);
    },
    tzname: (self, args, kw) => {
      noArgs('time.tzname', args, kw);
      return callTzname(A(self).tzinfo, None);
    },
    replace: (self, args, kw) => {
      const a = A(self);
      const v = kwParse('replace', TIME_KWS, args, kw, 0, 5);
      const h = v[0] === undefined ? a.hour : intArg(v[0]);
      const mi = v[1] === undefined ? a.minute : intArg(v[1]);
      const s = v[2] === undefined ? a.second : intArg(v[2]);
      const us = v[3] === undefined ? a.us : intArg(v[3]);
      const tz = v[4] === undefined ? a.tzinfo : v[4];
      const fold = v[5] === undefined ? a.fold : intArg(v[5]);
      checkTimeArgs(h, mi, s, us, fold);
      checkTzinfo(tz);
      return new PyTime(typeOf(self), h, mi, s, us, tz, fold);
    },
    __reduce__: (self) => new PyTuple([typeOf(self), timeState(A(self), 2)]),
  });
  defineClassMethods(timeType, {
    fromisoformat: (cls, args, kw) => {
      const arg = methO('time.fromisoformat', args, kw);
      const s = isoArg(arg);
      const start = cc(s, 0) === 84 ? 1 : 0;
      const rv = parseIsoTime(s, start, s.length);
      if (rv < 0) invalidIso(arg);
      const h = pH, mi = pMi, sec = pS, us = pUs;
      const tz = tzFromIso(rv);
      if (cls === timeType) {
        checkTimeArgs(h, mi, sec, us, 0);
        return new PyTime(timeType, h, mi, sec, us, tz, 0);
      }
      return call(cls, [h, mi, sec, us, tz]);
    },
  });
  defineGetters(timeType, {
    hour: (self) => A(self).hour,
    minute: (self) => A(self).minute,
    second: (self) => A(self).second,
    microsecond: (self) => A(self).us,
    tzinfo: (self) => A(self).tzinfo,
    fold: (self) => A(self).fold,
  });
  reduceEx(timeType, (self, proto) => timeState(self as PyTime, proto));
  timeType.tdict.set('min', new PyTime(timeType, 0, 0, 0, 0, None, 0));
  timeType.tdict.set('max', new PyTime(timeType, 23, 59, 59, 999999, None, 0));
  timeType.tdict.set('resolution', new PyDelta(deltaType, 0, 0, 1));
  setDoc(timeType,
    'time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n' +
    '\n' +
    'All arguments are optional. tzinfo may be None, or an instance of\n' +
    'a tzinfo subclass. The remaining arguments may be ints.\n');
}

// ---------------------------------------------------------------------------
// tzinfo and timezone

function tzinfoFromutc(self: PyValue, dt: PyValue): PyValue {
  if (!(dt instanceof PyDateTime)) typeError('fromutc: argument must be a datetime');
  if (dt.tzinfo !== self) valueError('fromutc: dt.tzinfo is not self');
  const off = datetimeUtcoffset(dt);
  if (off === None) valueError('fromutc: non-None utcoffset() result required');
  let dst = callDst(dt.tzinfo, dt);
  if (dst === None) valueError('fromutc: non-None dst() result required');
  const delta = deltaSub(off as PyDelta, dst as PyDelta);
  let result = datetimeAddDelta(dt, delta, 1);
  dst = callDst((result as PyDateTime).tzinfo, result);
  if (dst === None) valueError('fromutc: tz.dst() gave inconsistent results; cannot convert');
  if (deltaBool(dst as PyDelta)) result = datetimeAddDelta(result as PyDateTime, dst as PyDelta, 1);
  return result;
}

function initTzinfo(): void {
  tzinfoType.tdict.set('__new__', new PyBuiltin('__new__', (args) => new PyTZInfo(args[0] as PyType)));
  const notImpl = (name: string) => (): PyValue => raise(NotImplementedError, `a tzinfo subclass must implement ${name}()`);
  defineMethods(tzinfoType, {
    tzname: (_self, args, kw) => {
      methO('tzinfo.tzname', args, kw);
      return notImpl('tzname')();
    },
    utcoffset: (_self, args, kw) => {
      methO('tzinfo.utcoffset', args, kw);
      return notImpl('utcoffset')();
    },
    dst: (_self, args, kw) => {
      methO('tzinfo.dst', args, kw);
      return notImpl('dst')();
    },
    fromutc: (self, args, kw) => tzinfoFromutc(self, methO('tzinfo.fromutc', args, kw)),
    __reduce__: (self) => {
      const gi = lookupAttr(self, '__getinitargs__');
      const initArgs = gi === undefined ? new PyTuple([]) : call(gi, []);
      const state = call(getAttr(self, '__getstate__'), []);
      return new PyTuple([typeOf(self), initArgs, state]);
    },
  });
  setDoc(tzinfoType, 'Abstract base class for time zone info objects.');
}

const OFFSET_RANGE = 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)';

function newTimezone(offset: PyDelta, name: PyValue | null): PyTimezone {
  if (name === null && !deltaBool(offset)) return utc;
  if ((offset.days === -1 && offset.seconds === 0 && offset.us < 1) || offset.days < -1 || offset.days >= 1) {
    valueError(`${OFFSET_RANGE}, not ${pyRepr(offset)}.`);
  }
  return new PyTimezone(offset, name);
}

function timezmethO(dt: PyValue, meth: string): void {
  if (dt !== None && !(dt instanceof PyDateTime)) {
    typeError(`${meth}(dt) argument must be a datetime instance or None, not ${argType(dt)}`);
  }
}

function timezoneName(z: PyTimezone): PyValue {
  if (z.name !== null) return z.name;
  let o = z.offset;
  if (z === utc || !deltaBool(o)) return 'UTC';
  let sign = '+';
  if (o.days < 0) {
    sign = '-';
    o = deltaNeg(o);
  }
  let s = o.seconds;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  let out = `UTC${sign}${pad2(h)}:${pad2(m)}`;
  if (s !== 0 || o.us !== 0) out += ':' + pad2(s);
  if (o.us !== 0) out += '.' + pad6(o.us);
  return out;
}

let utc: PyTimezone;

function initTimezone(): void {
  const Z = (v: PyValue) => v as PyTimezone;
  timezoneType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const [off, name] = kwParse('timezone', ['offset', 'name'], args.slice(1), kw, 1);
    if (!(off instanceof PyDelta)) typeError(`timezone() argument 1 must be datetime.timedelta, not ${argType(off!)}`);
    if (name !== undefined && !isStr(name)) typeError(`timezone() argument 2 must be str, not ${argType(name)}`);
    return newTimezone(off, name === undefined ? null : name);
  }));
  const cmp = (op: number) => (self: PyValue, args: PyValue[]): PyValue => {
    const o = args[0];
    if (op !== 2 && op !== 3) return NotImplemented;
    if (!(o instanceof PyTimezone)) return NotImplemented;
    return diffToBool(deltaCmp(Z(self).offset, o.offset), op);
  };
  defineMethods(timezoneType, {
    __repr__: (self) => {
      const z = Z(self);
      if (z === utc) return 'datetime.timezone.utc';
      return z.name === null ? `datetime.timezone(${deltaRepr(z.offset)})` : `datetime.timezone(${deltaRepr(z.offset)}, ${pyRepr(z.name)})`;
    },
    __str__: (self) => timezoneName(Z(self)),
    __hash__: (self) => deltaHash(Z(self).offset),
    __eq__: cmp(2),
    __ne__: cmp(3),
    __lt__: cmp(0),
    __le__: cmp(1),
    __gt__: cmp(4),
    __ge__: cmp(5),
    tzname: (self, args, kw) => {
      const dt = methO('timezone.tzname', args, kw);
      timezmethO(dt, 'tzname');
      return timezoneName(Z(self));
    },
    utcoffset: (self, args, kw) => {
      const dt = methO('timezone.utcoffset', args, kw);
      timezmethO(dt, 'utcoffset');
      return Z(self).offset;
    },
    dst: (_self, args, kw) => {
      const dt = methO('timezone.dst', args, kw);
      timezmethO(dt, 'dst');
      return None;
    },
    fromutc: (self, args, kw) => {
      const dt = methO('timezone.fromutc', args, kw);
      if (!(dt instanceof PyDateTime)) typeError('fromutc: argument must be a datetime');
      if (dt.tzinfo !== self) valueError('fromutc: dt.tzinfo is not self');
      return datetimeAddDelta(dt, Z(self).offset, 1);
    },
    __getinitargs__: (self, args, kw) => {
      noArgs('timezone.__getinitargs__', args, kw);
      const z = Z(self);
      return new PyTuple(z.name === null ? [z.offset] : [z.offset, z.name]);
    },
  });
  utc = new PyTimezone(new PyDelta(deltaType, 0, 0, 0), null);
  timezoneType.tdict.set('utc', utc);
  timezoneType.tdict.set('min', new PyTimezone(newDelta(0, -(23 * 3600 + 59 * 60), 0), null));
  timezoneType.tdict.set('max', new PyTimezone(newDelta(0, 23 * 3600 + 59 * 60, 0), null));
  setDoc(timezoneType, 'Fixed offset from UTC implementation of tzinfo.');
}

// ---------------------------------------------------------------------------
// IsoCalendarDate (a tuple with names)

function initIsoCalendar(): void {
  const T = (v: PyValue) => (v as PyTuple).items;
  isoCalType.tdict.set('__new__', new PyBuiltin('__new__', (args, kw) => {
    const v = kwParse('IsoCalendarDate', ['year', 'week', 'weekday'], args.slice(1), kw, 3);
    return new PyTuple([intArg(v[0]!), intArg(v[1]!), intArg(v[2]!)], args[0] as PyType);
  }));
  defineMethods(isoCalType, {
    __repr__: (self) => `datetime.IsoCalendarDate(year=${T(self)[0]}, week=${T(self)[1]}, weekday=${T(self)[2]})`,
    __reduce__: (self) => new PyTuple([tupleType, new PyTuple([new PyTuple(T(self).slice())])]),
  });
  setDoc(isoCalType,
    'The result of date.isocalendar() or datetime.isocalendar()\n' +
    '\n' +
    'This object may be accessed either as a tuple of\n' +
    '  ((year, week, weekday)\n' +
    'or via the object attributes as named in the above tuple.');
  defineGetters(isoCalType, {
    year: (self) => T(self)[0],
    week: (self) => T(self)[1],
    weekday: (self) => T(self)[2],
  });
}

/** __reduce_ex__(proto) ("i:__reduce_ex__"): (type, state for that protocol). */
function reduceEx(t: PyType, state: (self: PyValue, proto: number) => PyTuple): void {
  t.tdict.set('__reduce_ex__', new PyMethodDescr(t, '__reduce_ex__', (self, args, kw) => {
    const [proto] = exactArgs('__reduce_ex__', args, kw, 1);
    return new PyTuple([typeOf(self), state(self, intArg(proto))]);
  }));
  t.modified();
}

/** The type's docstring (its dict's __doc__, which the type is given before its initialiser runs). */
function setDoc(t: PyType, doc: string): void {
  t.doc = doc;
  t.tdict.set('__doc__', doc);
  t.modified();
}

// ---------------------------------------------------------------------------
// The module

let initialised = false;

export function makeDatetimeModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initDelta();
    initTimezone();
    initDate();
    initDatetime();
    initTime();
    initTzinfo();
    initIsoCalendar();
  }
  const d = new PyDict();
  const m = new PyModule('_datetime', d);
  d.setStr('__doc__', 'Fast implementation of the datetime type.');
  d.setStr('MINYEAR', MINYEAR);
  d.setStr('MAXYEAR', MAXYEAR);
  d.setStr('date', dateType);
  d.setStr('datetime', datetimeType);
  d.setStr('time', timeType);
  d.setStr('timedelta', deltaType);
  d.setStr('tzinfo', tzinfoType);
  d.setStr('timezone', timezoneType);
  d.setStr('UTC', utc);
  return m;
}
