// The time module (Modules/timemodule.c): clocks, sleep, struct_time conversions in UTC and in
// the local zone (tzinfo.ts), strftime with glibc's directives in the C locale, and a native
// strptime for the common numeric and English-name directives.
import {
  PyValue, PyDict, PyModule, PyBuiltin, PyFloat, PyTuple, typeOf, None,
} from '../objects/object.js';
import { typeError, valueError, raise, OverflowError, newException, PyException } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { makeStructSeqType, newStructSeq, PyStructSeq } from '../objects/structseq.js';
import { makeNamespace } from './sys.js';
import { block, deadlineIn, threadCount } from '../vm/threads.js';
import { localInfo, resetZone, daysFromCivil, civilFromDays, isLeap, LocalInfo } from './tzinfo.js';
import { strRepr } from '../parser/constants.js';
import type { PyType } from '../objects/object.js';
import { pyArgInt, strSubValue } from './args.js';

const WDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WDAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TIME_T_MAX = 9223372036854775807;

/** struct tm, C's conventions (tm_mon 0-11, tm_wday 0 = Sunday, tm_yday 0-365, tm_year from 1900). */
interface Tm {
  sec: number;
  min: number;
  hour: number;
  mday: number;
  mon: number;
  year: number; // the full year (not minus 1900)
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number;
}

let structTimeType: PyType;

function fl(x: number): PyFloat {
  return new PyFloat(x);
}

// ---------------------------------------------------------------------------
// Clocks

const hr0 = process.hrtime.bigint();
const wall0 = BigInt(Date.now()) * 1000000n;

/** Wall-clock nanoseconds: Date.now() at start-up advanced by the monotonic clock (sub-ms steps). */
export function timeNs(): bigint {
  return wall0 + (process.hrtime.bigint() - hr0);
}
function monoNs(): bigint {
  return process.hrtime.bigint();
}
function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}
function nsToFloat(ns: bigint): number {
  return Number(ns / 1000000000n) + Number(ns % 1000000000n) * 1e-9;
}
function intOf(ns: bigint): number | bigint {
  return ns <= 9007199254740991n ? Number(ns) : ns;
}

/** Sleep the running thread: other threads run meanwhile, and signal handlers (vm/threads.ts). */
function sleep(secs: number): PyValue {
  if (secs <= 0 && threadCount() === 1) return None;
  const deadline = deadlineIn(secs);
  return block({ ready: () => false, deadline, finish: () => (performance.now() >= deadline ? None : undefined) });
}

/** _PyTime_FromSecondsObject for sleep(): a float or an int, NaN and huge values refused. */
function secondsArg(v: PyValue): number {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) valueError('Invalid value NaN (not a number)');
    if (!(Math.abs(v.value) < 9223372036854775808)) raise(OverflowError, 'timestamp out of range for platform time_t');
    if (Math.abs(v.value) >= 9223372036.854775808) raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
    return v.value;
  }
  const n = index(v);
  if (n > 9223372036 || n < -9223372036) raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
  return Number(n);
}

/** _PyTime_ObjectToTime_t with floor rounding: None is now. */
function timestampArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return Math.floor(nsToFloat(timeNs()));
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) valueError('Invalid value NaN (not a number)');
    const f = Math.floor(x);
    if (!(f >= -TIME_T_MAX - 1 && f < TIME_T_MAX)) raise(OverflowError, 'timestamp out of range for platform time_t');
    return f;
  }
  const n = index(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(OverflowError, 'timestamp out of range for platform time_t');
  return Number(n);
}

// ---------------------------------------------------------------------------
// Broken-down time

function breakDown(t: number, info: LocalInfo): Tm {
  const local = t + info.gmtoff;
  const days = Math.floor(local / 86400);
  let secs = local - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const hour = Math.floor(secs / 3600);
  secs -= hour * 3600;
  const min = Math.floor(secs / 60);
  return {
    sec: secs - min * 60, min, hour, mday: d, mon: m - 1, year: y,
    wday: (((days % 7) + 11) % 7), yday: days - daysFromCivil(y, 1, 1), isdst: info.isdst, zone: info.abbr, gmtoff: info.gmtoff,
  };
}

function checkYear(tm: Tm): void {
  // struct tm holds tm_year in a C int.
  if (tm.year - 1900 > 2147483647 || tm.year - 1900 < -2147483648) raise(exc('OSError'), '[Errno 75] Value too large for defined data type');
}

function toStructTime(tm: Tm): PyStructSeq {
  checkYear(tm);
  return newStructSeq(structTimeType, [tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst, tm.zone ?? None, tm.gmtoff]);
}

/** gettmarg: a struct_time or 9-tuple to struct tm (wday converted to C's Sunday = 0). */
function tmArg(v: PyValue, fname: string): Tm {
  if (!(v instanceof PyTuple)) typeError('Tuple or struct_time argument required');
  if (v.items.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  const it = v.items.map(pyArgInt);
  // tm_year is the year - 1900 in a C int.
  if (it[0] < -2147483648 + 1900) raise(OverflowError, 'year out of range');
  const tm: Tm = {
    year: it[0], mon: it[1] - 1, mday: it[2], hour: it[3], min: it[4], sec: it[5], wday: (it[6] + 1) % 7, yday: it[7] - 1,
    isdst: it[8], zone: null, gmtoff: 0,
  };
  if (v instanceof PyStructSeq && v.cls === structTimeType) {
    const z = v.extra[0];
    const g = v.extra[1];
    if (typeof z === 'string') tm.zone = z;
    if (g !== undefined && g !== None) tm.gmtoff = Number(index(g));
  }
  return tm;
}

/** Month, day and yearday 0 stand for their first value (strftime and asctime accept them). */
function zeroFixups(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  if (tm.mday === 0) tm.mday = 1;
  if (tm.yday === -1) tm.yday = 0;
}

/** checktm: the ranges asctime() and strftime() accept (after strftime's zero fix-ups). */
function checkTm(tm: Tm): void {
  if (tm.mon < 0 || tm.mon > 11) valueError('month out of range');
  if (tm.mday < 1 || tm.mday > 31) valueError('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) valueError('hour out of range');
  if (tm.min < 0 || tm.min > 59) valueError('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) valueError('seconds out of range');
  if (tm.wday < 0) valueError('day of week out of range');
  if (tm.yday < 0 || tm.yday > 365) valueError('day of year out of range');
}

/**
 * time.strftime(fmt, (year, mon, mday, hour, min, sec, wday, yday, isdst)) for _datetime, which builds the
 * tuple itself: the same checks without a struct_time in between.
 */
export function strftimeFields(fmt: string, f: number[]): string {
  const tm: Tm = {
    year: f[0], mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: (f[6] + 1) % 7, yday: f[7] - 1,
    isdst: f[8] < -1 ? -1 : f[8] > 1 ? 1 : f[8], zone: null, gmtoff: 0,
  };
  zeroFixups(tm);
  checkTm(tm);
  if (fmt.includes('\0')) valueError('embedded null character');
  return strftime(fmt, tm);
}

/** mktime: local broken-down time (fields may be out of range) to a UTC timestamp. */
function mktime(tm: Tm): number {
  const y = tm.year + Math.floor(tm.mon / 12);
  const mon = ((tm.mon % 12) + 12) % 12;
  const local = (daysFromCivil(y, mon + 1, 1) + tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  // The offsets in effect a day either side; a candidate t = local - offset is valid when that
  // offset is the one in effect at t. Gaps and overlaps resolve as glibc does: the earlier offset.
  const before = localInfo(local - 86400);
  const after = localInfo(local + 86400);
  const valid = (o: LocalInfo): boolean => localInfo(local - o.gmtoff).gmtoff === o.gmtoff;
  const cands = [before, after].filter(valid);
  if (tm.isdst < 0) return local - (cands.length > 0 ? cands[0] : before).gmtoff;
  const want = tm.isdst > 0 ? 1 : 0;
  const match = cands.find((o) => localInfo(local - o.gmtoff).isdst === want) ?? [before, after].find((o) => o.isdst === want);
  if (match !== undefined) return local - match.gmtoff;
  const base = cands.length > 0 ? cands[0] : before;
  const t = local - base.gmtoff;
  const other = otherOffset(t, want);
  // No offset with the requested flag nearby: glibc shifts by one hour.
  return other === null ? t + (want > 0 ? -3600 : 3600) : local - other;
}

function otherOffset(t: number, isdst: number): number | null {
  for (const dt of [-86400 * 183, 86400 * 183, -86400 * 366, 86400 * 366]) {
    const i = localInfo(t + dt);
    if (i.isdst === isdst) return i.gmtoff;
  }
  return null;
}

function pad(n: number, w: number, c = '0'): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < w - (neg ? 1 : 0)) s = c + s;
  return neg ? '-' + s : s;
}

function asctime(tm: Tm): string {
  return `${WDAY_ABBR[tm.wday]} ${MON_ABBR[tm.mon]}${pad(tm.mday, 3, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

/** ISO 8601 week-based year and week number of a tm. */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon = (tm.wday + 6) % 7; // Monday = 0
  let year = tm.year;
  let yday = tm.yday;
  // The Thursday of this week decides the year.
  const thursday = yday - wdayMon + 3;
  const daysInYear = (y: number): number => (isLeap(y) ? 366 : 365);
  if (thursday < 0) {
    year--;
    yday += daysInYear(year);
  } else if (thursday >= daysInYear(year)) {
    yday -= daysInYear(year);
    year++;
  }
  return [year, Math.floor((yday - wdayMon + 3) / 7) + 1];
}

/** glibc strftime in the C locale: flags _ - 0 ^ #, a width, the E and O modifiers. */
function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i;
    let flag = '';
    let upper = false;
    let swapCase = false;
    for (;;) {
      const f = fmt[i + 1];
      if (f === '_' || f === '-' || f === '0' || f === '+') flag = f;
      else if (f === '^') upper = true;
      else if (f === '#') swapCase = true;
      else break;
      i++;
    }
    let width = -1;
    while (fmt[i + 1] >= '0' && fmt[i + 1] <= '9') {
      width = (width < 0 ? 0 : width * 10) + Number(fmt[i + 1]);
      i++;
    }
    if (fmt[i + 1] === 'E' || fmt[i + 1] === 'O') i++;
    const d = fmt[i + 1];
    if (d === undefined) {
      out += fmt.slice(start);
      break;
    }
    i++;
    const num = (v: number, w: number, padc = '0'): string => {
      let p = flag === '_' ? ' ' : flag === '0' ? '0' : padc;
      if (flag === '-') return String(v);
      const ww = width > w ? width : w;
      if (p === ' ' && flag !== '_' && width > w) p = '0';
      return pad(v, ww, p);
    };
    const txt = (s: string, isName = true): string => {
      if (upper || (swapCase && isName)) s = s.toUpperCase();
      if (width > s.length) s = (flag === '0' ? '0' : ' ').repeat(width - s.length) + s;
      return s;
    };
    const sub = (f: string): string => {
      const saved = width;
      width = -1;
      const r = strftime(f, tm);
      width = saved;
      return txt(r, false);
    };
    switch (d) {
      case '%': out += txt('%', false); break;
      case 'a': out += txt(WDAY_ABBR[tm.wday] ?? '?'); break;
      case 'A': out += txt(WDAY_FULL[tm.wday] ?? '?'); break;
      case 'b': case 'h': out += txt(MON_ABBR[tm.mon] ?? '?'); break;
      case 'B': out += txt(MON_FULL[tm.mon] ?? '?'); break;
      case 'c': out += sub('%a %b %e %H:%M:%S %Y'); break;
      case 'C': out += num(Math.floor(tm.year / 100), 2); break;
      case 'd': out += num(tm.mday, 2); break;
      case 'D': out += sub('%m/%d/%y'); break;
      case 'e': out += num(tm.mday, 2, ' '); break;
      case 'F': out += sub('%Y-%m-%d'); break;
      case 'G': out += num(isoWeek(tm)[0], 1); break;
      case 'g': out += num(((isoWeek(tm)[0] % 100) + 100) % 100, 2); break;
      case 'H': out += num(tm.hour, 2); break;
      case 'I': out += num(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2); break;
      case 'j': out += num(tm.yday + 1, 3); break;
      case 'k': out += num(tm.hour, 2, ' '); break;
      case 'l': out += num(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, ' '); break;
      case 'm': out += num(tm.mon + 1, 2); break;
      case 'M': out += num(tm.min, 2); break;
      case 'n': out += txt('\n', false); break;
      case 'p': out += txt(tm.hour >= 12 ? 'PM' : 'AM', false).replace(/^(\s*)(.*)$/, (m, s, w) => s + (swapCase ? w.toLowerCase() : w)); break;
      case 'P': out += txt(tm.hour >= 12 ? 'pm' : 'am', false); break;
      case 'r': out += sub('%I:%M:%S %p'); break;
      case 'R': out += sub('%H:%M'); break;
      case 's': out += num(mktime({ ...tm, isdst: tm.isdst }), 1); break;
      case 'S': out += num(tm.sec, 2); break;
      case 't': out += txt('\t', false); break;
      case 'T': out += sub('%H:%M:%S'); break;
      case 'u': out += num(tm.wday === 0 ? 7 : tm.wday, 1); break;
      case 'U': out += num(Math.floor((tm.yday + 7 - tm.wday) / 7), 2); break;
      case 'V': out += num(isoWeek(tm)[1], 2); break;
      case 'w': out += num(tm.wday, 1); break;
      case 'W': out += num(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2); break;
      case 'x': out += sub('%m/%d/%y'); break;
      case 'X': out += sub('%H:%M:%S'); break;
      case 'y': out += num(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += num(tm.year, 1); break;
      case 'z': {
        const g = tm.gmtoff;
        const a = Math.abs(g);
        out += (g < 0 ? '-' : '+') + pad(Math.floor(a / 3600), 2) + pad(Math.floor(a / 60) % 60, 2);
        break;
      }
      case 'Z': {
        let z = tm.zone;
        if (z === null || z === '') {
          const tzn = tzNames();
          z = tm.isdst >= 0 ? tzn[tm.isdst !== 0 ? 1 : 0] : '';
        }
        out += txt(swapCase ? z.toLowerCase() : z, false);
        break;
      }
      default:
        out += fmt.slice(start, i + 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Time zone attributes (init_timezone: January and July of the current year).

function tzNames(): [string, string] {
  return zoneAttrs().tzname;
}

let zoneCache: { timezone: number; altzone: number; daylight: number; tzname: [string, string] } | null = null;
function zoneAttrs(): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  if (zoneCache !== null) return zoneCache;
  const now = Math.floor(Date.now() / 1000);
  const y = civilFromDays(Math.floor(now / 86400))[0];
  const jan = localInfo(daysFromCivil(y, 1, 1) * 86400);
  const jul = localInfo(daysFromCivil(y, 7, 1) * 86400);
  const janzone = -jan.gmtoff;
  const julzone = -jul.gmtoff;
  if (janzone < julzone) {
    // DST is reversed in the southern hemisphere.
    zoneCache = { timezone: julzone, altzone: janzone, daylight: janzone !== julzone ? 1 : 0, tzname: [jul.abbr, jan.abbr] };
  } else {
    zoneCache = { timezone: janzone, altzone: julzone, daylight: janzone !== julzone ? 1 : 0, tzname: [jan.abbr, jul.abbr] };
  }
  return zoneCache;
}

// ---------------------------------------------------------------------------
// strptime (natively, for the C locale): the directives of _strptime with their ranges.

/** The C locale's %c, %x and %X, as _strptime's LocaleTime finds them: matched through their parts. */
const LOCALE_FORMATS: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

/** The directives _strptime's TimeRE knows (%G and %V are not matched here: they stay bad directives). */
const DIRECTIVES = new Set('YymdHIMSjfwUWuaAbBhpzZcxX%');

/**
 * _strptime compiles the whole format before it reads the data: a bad directive or a stray % is reported
 * first, raised `from None` inside the KeyError or IndexError that found it.
 */
function checkFormat(format: string): void {
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    if (++i >= format.length) raiseFrom(`stray % in format '${format}'`, 'IndexError', 'string index out of range');
    const d = format[i];
    // The format went through a regex escape (and whitespace became \s+): such a directive reads as '\', shown as '%'.
    if (DIRECTIVES.has(d)) continue;
    const escaped = /[.^$*+?{}[\]|()\\\s]/.test(d);
    raiseFrom(`'${escaped ? '%' : d}' is a bad directive in format '${format}'`, 'KeyError', escaped ? '\\' : d);
  }
}

function raiseFrom(msg: string, contextType: string, contextArg: string): never {
  const e = newException(exceptionTypes.get('ValueError')!, [msg]);
  e.context = newException(exceptionTypes.get(contextType)!, [contextArg]);
  e.suppressContext = true;
  throw new PyException(e);
}

function strptime(data: string, original: string): PyStructSeq {
  checkFormat(original);
  const fmt = original.replace(/%([%cxX])/g, (m, d: string) => LOCALE_FORMATS[d] ?? m);
  let pos = 0;
  let year = 1900;
  let mon = 1;
  let mday = 1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let wday = -1;
  let yday = -1;
  let ampm = -1;
  let hour12 = -1;
  let gmtoff: number | null = null;
  let zone: string | null = null;
  let yearSeen = false;
  let weekNo = -1;
  let weekStartsMon = false;
  const fail = (): never => valueError(`time data ${strRepr(data)} does not match format ${strRepr(original)}`);
  const digits = (min: number, max: number, lo: number, hi: number): number => {
    let j = pos;
    while (j < data.length && j - pos < max && data[j] >= '0' && data[j] <= '9') j++;
    if (j - pos < min) fail();
    const v = Number(data.slice(pos, j));
    if (v < lo || v > hi) fail();
    pos = j;
    return v;
  };
  const name = (list: string[]): number => {
    const rest = data.slice(pos).toLowerCase();
    let best = -1;
    let len = 0;
    list.forEach((n, k) => {
      if (rest.startsWith(n.toLowerCase()) && n.length > len) {
        best = k;
        len = n.length;
      }
    });
    if (best < 0) fail();
    pos += len;
    return best;
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '%' && i + 1 < fmt.length) {
      const d = fmt[++i];
      switch (d) {
        case 'Y': year = digits(4, 4, 0, 9999); yearSeen = true; break;
        case 'y': { const v = digits(1, 2, 0, 99); year = v < 69 ? 2000 + v : 1900 + v; yearSeen = true; break; }
        case 'm': mon = digits(1, 2, 1, 12); break;
        case 'd': mday = digits(1, 2, 1, 31); break;
        case 'H': hour = digits(1, 2, 0, 23); break;
        case 'I': hour12 = digits(1, 2, 1, 12); break;
        case 'M': min = digits(1, 2, 0, 59); break;
        case 'S': sec = digits(1, 2, 0, 61); break;
        case 'j': yday = digits(1, 3, 1, 366); break;
        case 'f': digits(1, 6, 0, 999999); break;
        case 'w': wday = (digits(1, 1, 0, 6) + 6) % 7; break;
        case 'U': weekNo = digits(1, 2, 0, 53); weekStartsMon = false; break;
        case 'W': weekNo = digits(1, 2, 0, 53); weekStartsMon = true; break;
        case 'u': wday = digits(1, 1, 1, 7) - 1; break;
        case 'a': wday = (name(WDAY_FULL.concat(WDAY_ABBR)) % 7 + 6) % 7; break;
        case 'A': wday = (name(WDAY_FULL.concat(WDAY_ABBR)) % 7 + 6) % 7; break;
        case 'b': case 'B': case 'h': mon = (name(MON_FULL.concat(MON_ABBR)) % 12) + 1; break;
        case 'p': ampm = name(['AM', 'PM']); break;
        case 'z': {
          const m = /^([+-])(\d\d):?(\d\d)(?::?(\d\d))?/.exec(data.slice(pos));
          if (m === null) {
            if (data[pos] === 'Z') {
              pos++;
              gmtoff = 0;
              break;
            }
          }
          const mm = m ?? fail();
          pos += mm[0].length;
          gmtoff = (mm[1] === '-' ? -1 : 1) * (Number(mm[2]) * 3600 + Number(mm[3]) * 60 + Number(mm[4] ?? 0));
          break;
        }
        case 'Z': {
          const names = ['utc', 'gmt', ...tzNames().map((s) => s.toLowerCase())];
          const rest = data.slice(pos).toLowerCase();
          const n = names.filter((x) => rest.startsWith(x)).sort((a, b) => b.length - a.length)[0];
          if (n === undefined) fail();
          zone = data.slice(pos, pos + n.length);
          pos += n.length;
          break;
        }
        case '%': if (data[pos] !== '%') fail(); pos++; break;
        default: valueError(`'${d}' is a bad directive in format '${original}'`);
      }
    } else if (c === '%') {
      valueError(`stray % in format '${original}'`);
    } else if (c === ' ' || c === '\t' || c === '\n') {
      while (pos < data.length && /\s/.test(data[pos])) pos++;
    } else {
      if (data[pos] !== c) fail();
      pos++;
    }
  }
  if (pos < data.length) valueError(`unconverted data remains: ${data.slice(pos)}`);
  if (hour12 >= 0) hour = (hour12 % 12) + (ampm === 1 ? 12 : 0);
  // Feb 29 without a year: computed in 1904 (a leap year), reported as 1900, as _strptime does.
  const leapFix = !yearSeen && mon === 2 && mday === 29;
  const outYear = year;
  if (leapFix) year = 1904;
  if (yday < 0 && wday >= 0 && weekNo >= 0) {
    // _calc_julian_from_U_or_W: the day of the year from a week number and a weekday.
    let first = (((daysFromCivil(year, 1, 1) % 7) + 10) % 7); // Monday = 0
    let dow = wday;
    if (!weekStartsMon) {
      first = (first + 1) % 7;
      dow = (dow + 1) % 7;
    }
    const week0 = (7 - first) % 7;
    yday = weekNo === 0 ? 1 + dow - first : 1 + week0 + 7 * (weekNo - 1) + dow;
    if (yday <= 0) {
      year -= 1;
      yday += isLeap(year) ? 366 : 365;
    }
    const [, m2, d2] = civilFromDays(daysFromCivil(year, 1, 1) + yday - 1);
    mon = m2;
    mday = d2;
  }
  const days = daysFromCivil(year, mon, mday);
  if (yday < 0) yday = days - daysFromCivil(year, 1, 1) + 1;
  else if (!(mon !== 1 || mday !== 1)) {
    const [, m2, d2] = civilFromDays(daysFromCivil(year, 1, 1) + yday - 1);
    mon = m2;
    mday = d2;
  }
  if (wday < 0) wday = (((daysFromCivil(year, mon, mday) % 7) + 10) % 7);
  const isdst = zone === null ? -1 : ['utc', 'gmt'].includes(zone.toLowerCase()) ? 0 : zone === tzNames()[1] && tzNames()[0] !== tzNames()[1] ? 1 : 0;
  return newStructSeq(structTimeType, [leapFix ? outYear : year, mon, mday, hour, min, sec, wday, yday, isdst, zone ?? None, gmtoff ?? None]);
}

// ---------------------------------------------------------------------------

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
}
function maxArgs(name: string, args: PyValue[], max: number): void {
  if (args.length > max) {
    if (max === 0) typeError(`time.${name}() takes no arguments (${args.length} given)`);
    typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

import { exceptionTypes } from '../objects/exceptions.js';
function exc(name: string): PyType {
  return exceptionTypes.get(name)!;
}

const CLOCKS: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

export function makeTimeModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('time', d);
  const def = (name: string, f: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, (args, kw) => {
      noKw(`time.${name}`, kw);
      return f(args, kw);
    }, m));
  };
  const clock = (name: string, ns: () => bigint): void => {
    def(name, (args) => {
      maxArgs(name, args, 0);
      return fl(nsToFloat(ns()));
    });
    def(name + '_ns', (args) => {
      maxArgs(name + '_ns', args, 0);
      return intOf(ns());
    });
  };
  structTimeType = makeStructSeqType('time.struct_time',
    ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'], 9);
  d.setStr('struct_time', structTimeType);
  d.setStr('_STRUCT_TM_ITEMS', 11);
  clock('time', timeNs);
  clock('monotonic', monoNs);
  clock('perf_counter', monoNs);
  clock('process_time', cpuNs);
  clock('thread_time', cpuNs);
  const clockIds: [string, number][] = [['CLOCK_REALTIME', 0], ['CLOCK_MONOTONIC', 1], ['CLOCK_PROCESS_CPUTIME_ID', 2], ['CLOCK_THREAD_CPUTIME_ID', 3], ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', 11]];
  for (const [n, v] of clockIds) d.setStr(n, v);
  const byId = (v: PyValue): bigint => {
    const id = Number(index(v));
    if (id === 0 || id === 11) return timeNs();
    if (id === 2 || id === 3) return cpuNs();
    if (id === 1 || id === 4 || id === 7) return monoNs();
    raise(exc('OSError'), '[Errno 22] Invalid argument');
  };
  def('clock_gettime', (args) => {
    if (args.length !== 1) typeError(`time.clock_gettime() takes exactly one argument (${args.length} given)`);
    return fl(nsToFloat(byId(args[0])));
  });
  def('clock_gettime_ns', (args) => {
    if (args.length !== 1) typeError(`time.clock_gettime_ns() takes exactly one argument (${args.length} given)`);
    return intOf(byId(args[0]));
  });
  def('clock_getres', (args) => {
    if (args.length !== 1) typeError(`time.clock_getres() takes exactly one argument (${args.length} given)`);
    byId(args[0]);
    return fl(1e-9);
  });
  def('get_clock_info', (args) => {
    if (args.length !== 1) typeError(`get_clock_info() takes exactly 1 argument (${args.length} given)`);
    const name = strSubValue(args[0]);
    if (typeof name !== 'string') typeError(`get_clock_info() argument 1 must be str, not ${typeOf(name).name}`);
    const c = CLOCKS[name];
    if (c === undefined) valueError('unknown clock');
    return makeNamespace([['implementation', c[0]], ['monotonic', c[1]], ['adjustable', c[2]], ['resolution', fl(1e-9)]]);
  });
  def('sleep', (args) => {
    if (args.length !== 1) typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const s = secondsArg(args[0]);
    if (s < 0) valueError('sleep length must be non-negative');
    return sleep(s);
  });
  def('gmtime', (args) => {
    maxArgs('gmtime', args, 1);
    return toStructTime(breakDown(timestampArg(args[0]), { gmtoff: 0, isdst: 0, abbr: 'GMT' }));
  });
  def('localtime', (args) => {
    maxArgs('localtime', args, 1);
    const t = timestampArg(args[0]);
    return toStructTime(breakDown(t, localInfo(t)));
  });
  def('mktime', (args) => {
    if (args.length !== 1) typeError(`time.mktime() takes exactly one argument (${args.length} given)`);
    const tm = tmArg(args[0], 'mktime');
    const t = mktime(tm);
    if (!Number.isFinite(t) || Math.abs(t) > 67768036191676799) raise(OverflowError, 'mktime argument out of range');
    return fl(t);
  });
  def('asctime', (args) => {
    maxArgs('asctime', args, 1);
    let tm: Tm;
    if (args.length === 0) {
      const t = timestampArg(undefined);
      tm = breakDown(t, localInfo(t));
    } else {
      tm = tmArg(args[0], 'asctime');
      zeroFixups(tm);
      checkTm(tm);
    }
    return asctime(tm);
  });
  def('ctime', (args) => {
    maxArgs('ctime', args, 1);
    const t = timestampArg(args[0]);
    const tm = breakDown(t, localInfo(t));
    checkYear(tm);
    return asctime(tm);
  });
  def('strftime', (args) => {
    if (args.length < 1 || args.length > 2) {
      typeError(args.length < 1 ? 'strftime() takes at least 1 argument (0 given)' : `strftime() takes at most 2 arguments (${args.length} given)`);
    }
    const fmt = strSubValue(args[0]);
    if (typeof fmt !== 'string') typeError(`strftime() argument 1 must be str, not ${typeOf(fmt).name}`);
    let tm: Tm;
    if (args.length === 1) {
      const t = timestampArg(undefined);
      tm = breakDown(t, localInfo(t));
    } else {
      tm = tmArg(args[1], 'strftime');
      zeroFixups(tm);
      checkTm(tm);
      if (tm.isdst < -1) tm.isdst = -1;
      else if (tm.isdst > 1) tm.isdst = 1;
    }
    if (fmt.includes('\0')) valueError('embedded null character');
    return strftime(fmt, tm);
  });
  def('strptime', (args) => {
    // CPython runs _strptime._strptime_time(data_string, format="%a %b %d %H:%M:%S %Y").
    if (args.length < 1) typeError("_strptime_time() missing 1 required positional argument: 'data_string'");
    if (args.length > 2) typeError(`_strptime_time() takes from 1 to 2 positional arguments but ${args.length} were given`);
    const s = strSubValue(args[0]);
    const f = args.length > 1 ? strSubValue(args[1]) : '%a %b %d %H:%M:%S %Y';
    if (typeof s !== 'string') typeError(`strptime() argument 0 must be str, not <class '${typeOf(s).name}'>`);
    if (typeof f !== 'string') typeError(`strptime() argument 1 must be str, not <class '${typeOf(f).name}'>`);
    return strptime(s, f);
  });
  const setZone = (): void => {
    const z = zoneAttrs();
    d.setStr('timezone', z.timezone);
    d.setStr('altzone', z.altzone);
    d.setStr('daylight', z.daylight);
    d.setStr('tzname', new PyTuple([z.tzname[0], z.tzname[1]]));
  };
  def('tzset', (args) => {
    maxArgs('tzset', args, 0);
    resetZone();
    zoneCache = null;
    setZone();
    return None;
  });
  setZone();
  return m;
}
