// The local time zone as glibc sees it: TZ (a zone name, a file, or a POSIX rule string) or
// /etc/localtime, read from the TZif files of the system's zoneinfo. localtime() and mktime() in
// time.ts use it, so offsets, DST flags and abbreviations are the C library's.
import { readFileSync } from 'node:fs';

export interface LocalInfo {
  gmtoff: number;
  isdst: number;
  abbr: string;
}

interface PosixRule {
  std: string;
  stdOff: number; // seconds east of UTC
  dst: string | null;
  dstOff: number;
  start: RuleDate | null;
  end: RuleDate | null;
}
interface RuleDate {
  kind: 'M' | 'J' | 'N';
  m: number;
  w: number;
  d: number;
  n: number;
  time: number; // seconds after local midnight
}

export interface Zone {
  transitions: number[];
  idx: number[];
  types: LocalInfo[];
  rule: PosixRule | null;
}

const UTC_ZONE: Zone = { transitions: [], idx: [], types: [{ gmtoff: 0, isdst: 0, abbr: 'UTC' }], rule: null };

function parseTZif(b: Buffer): Zone | null {
  if (b.length < 44 || b.toString('latin1', 0, 4) !== 'TZif') return null;
  const version = b[4];
  const counts = (off: number): number[] => [0, 1, 2, 3, 4, 5].map((i) => b.readUInt32BE(off + 20 + 4 * i));
  let off = 0;
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0);
  let timeSize = 4;
  if (version >= 0x32) {
    // Skip the 32-bit block; the 64-bit one follows with its own header.
    off = 44 + timecnt * 4 + timecnt + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(off);
    timeSize = 8;
  }
  let p = off + 44;
  const transitions: number[] = [];
  for (let i = 0; i < timecnt; i++, p += timeSize) {
    transitions.push(timeSize === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
  }
  const idx: number[] = [];
  for (let i = 0; i < timecnt; i++) idx.push(b[p++]);
  const raw: [number, number, number][] = [];
  for (let i = 0; i < typecnt; i++, p += 6) raw.push([b.readInt32BE(p), b[p + 4], b[p + 5]]);
  const chars = b.toString('latin1', p, p + charcnt);
  p += charcnt + leap * (timeSize + 4) + isstd + isut;
  const types = raw.map(([g, d, a]) => ({ gmtoff: g, isdst: d, abbr: chars.slice(a, chars.indexOf('\0', a) < 0 ? undefined : chars.indexOf('\0', a)) }));
  let rule: PosixRule | null = null;
  if (timeSize === 8 && b[p] === 10) {
    const end = b.indexOf(10, p + 1);
    if (end > p) rule = parsePosixTZ(b.toString('latin1', p + 1, end));
  }
  return { transitions, idx, types, rule };
}

/** A POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3"); null if malformed. */
export function parsePosixTZ(s: string): PosixRule | null {
  let i = 0;
  const name = (): string | null => {
    if (s[i] === '<') {
      const j = s.indexOf('>', i);
      if (j < 0) return null;
      const n = s.slice(i + 1, j);
      i = j + 1;
      return n;
    }
    const st = i;
    while (i < s.length && /[A-Za-z]/.test(s[i])) i++;
    return i - st >= 3 ? s.slice(st, i) : null;
  };
  const hms = (): number | null => {
    let sign = 1;
    if (s[i] === '+' || s[i] === '-') sign = s[i++] === '-' ? -1 : 1;
    const m = /^(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(s.slice(i));
    if (m === null) return null;
    i += m[0].length;
    return sign * (Number(m[1]) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0));
  };
  const std = name();
  if (std === null) return null;
  const o = hms();
  if (o === null) return null;
  const rule: PosixRule = { std, stdOff: -o, dst: null, dstOff: -o + 3600, start: null, end: null };
  if (i >= s.length) return rule;
  const dst = name();
  if (dst === null) return null;
  rule.dst = dst;
  if (s[i] !== ',' && i < s.length) {
    const d = hms();
    if (d === null) return null;
    rule.dstOff = -d;
  }
  const date = (): RuleDate | null => {
    let r: RuleDate;
    let m: RegExpExecArray | null;
    if ((m = /^M(\d+)\.(\d)\.(\d)/.exec(s.slice(i))) !== null) r = { kind: 'M', m: +m[1], w: +m[2], d: +m[3], n: 0, time: 7200 };
    else if ((m = /^J(\d+)/.exec(s.slice(i))) !== null) r = { kind: 'J', m: 0, w: 0, d: 0, n: +m[1], time: 7200 };
    else if ((m = /^(\d+)/.exec(s.slice(i))) !== null) r = { kind: 'N', m: 0, w: 0, d: 0, n: +m[1], time: 7200 };
    else return null;
    i += m[0].length;
    if (s[i] === '/') {
      i++;
      const t = hms();
      if (t === null) return null;
      r.time = t;
    }
    return r;
  };
  if (s[i] === ',') {
    i++;
    rule.start = date();
    if (s[i] !== ',') return null;
    i++;
    rule.end = date();
    if (rule.start === null || rule.end === null) return null;
  } else {
    // No rule: the US rules POSIX implies.
    rule.start = { kind: 'M', m: 3, w: 2, d: 0, n: 0, time: 7200 };
    rule.end = { kind: 'M', m: 11, w: 1, d: 0, n: 0, time: 7200 };
  }
  return rule;
}

// Civil-date arithmetic on the proleptic Gregorian calendar (days since 1970-01-01).
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Seconds from the start of year y (local) to the rule's moment. */
function ruleSeconds(r: RuleDate, y: number): number {
  let day: number; // day of the year, 0-based
  if (r.kind === 'J') day = r.n - 1 + (isLeap(y) && r.n >= 60 ? 1 : 0);
  else if (r.kind === 'N') day = r.n;
  else {
    const first = daysFromCivil(y, r.m, 1);
    const wdayFirst = ((first % 7) + 11) % 7; // 1970-01-01 was a Thursday (4)
    let d = (r.d - wdayFirst + 7) % 7 + 7 * (r.w - 1);
    const mdays = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][r.m - 1];
    while (d >= mdays) d -= 7;
    day = first + d - daysFromCivil(y, 1, 1);
  }
  return day * 86400 + r.time;
}

function ruleInfo(rule: PosixRule, t: number): LocalInfo {
  if (rule.dst === null || rule.start === null || rule.end === null) return { gmtoff: rule.stdOff, isdst: 0, abbr: rule.std };
  const y = civilFromDays(Math.floor((t + rule.stdOff) / 86400))[0];
  const y0 = daysFromCivil(y, 1, 1) * 86400;
  const start = y0 + ruleSeconds(rule.start, y) - rule.stdOff;
  const end = y0 + ruleSeconds(rule.end, y) - rule.dstOff;
  const inDst = start < end ? t >= start && t < end : !(t >= end && t < start);
  return inDst ? { gmtoff: rule.dstOff, isdst: 1, abbr: rule.dst } : { gmtoff: rule.stdOff, isdst: 0, abbr: rule.std };
}

let zone: Zone | null = null;

function loadZone(): Zone {
  const tz = process.env.TZ;
  const read = (path: string): Zone | null => {
    try {
      return parseTZif(readFileSync(path));
    } catch {
      return null;
    }
  };
  if (tz === undefined) return read('/etc/localtime') ?? UTC_ZONE;
  const spec = tz.startsWith(':') ? tz.slice(1) : tz;
  if (spec === '') return UTC_ZONE;
  const fromFile = read(spec.startsWith('/') ? spec : '/usr/share/zoneinfo/' + spec);
  if (fromFile !== null) return fromFile;
  const rule = parsePosixTZ(spec);
  if (rule !== null) return { transitions: [], idx: [], types: [], rule };
  return { transitions: [], idx: [], types: [{ gmtoff: 0, isdst: 0, abbr: 'UTC' }], rule: null };
}

export function localZone(): Zone {
  if (zone === null) zone = loadZone();
  return zone;
}
/** time.tzset(): re-read TZ. */
export function resetZone(): void {
  zone = null;
}

/** Offset, DST flag and abbreviation in effect at UTC second t. */
export function localInfo(t: number): LocalInfo {
  const z = localZone();
  const tr = z.transitions;
  if (tr.length === 0 || t >= tr[tr.length - 1]) {
    if (z.rule !== null) return ruleInfo(z.rule, t);
    if (tr.length === 0) return z.types[0];
    return z.types[z.idx[tr.length - 1]];
  }
  if (t < tr[0]) {
    // Before the first transition: the first standard-time type, as glibc.
    return z.types.find((x) => x.isdst === 0) ?? z.types[0];
  }
  let lo = 0;
  let hi = tr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tr[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return z.types[z.idx[lo]];
}
