// The syslog module (Modules/syslogmodule.c). The system logger listens on /dev/log, a Unix datagram
// socket, which Node cannot write to; so syslog() keeps the C library's bookkeeping (ident, options,
// facility, mask) and writes only what LOG_PERROR asks for — "ident[pid]: message" on descriptor 2, as
// glibc does — and sends nothing to the logger (as glibc does when no logger is listening, short of
// LOG_CONS's console).
import { writeSync } from 'node:fs';
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, None, typeOf } from '../objects/object.js';
import { typeError } from '../objects/exceptions.js';
import { index } from '../objects/abstract.js';
import { encodeText } from './_codecs.js';
import { anyStr, clinicArgs } from './args.js';
import { sys } from './sys.js';
import { audit } from '../vm/audit.js';

const CONSTS: [string, number][] = [
  ['LOG_EMERG', 0], ['LOG_ALERT', 1], ['LOG_CRIT', 2], ['LOG_ERR', 3], ['LOG_WARNING', 4], ['LOG_NOTICE', 5],
  ['LOG_INFO', 6], ['LOG_DEBUG', 7], ['LOG_PID', 1], ['LOG_CONS', 2], ['LOG_ODELAY', 4], ['LOG_NDELAY', 8],
  ['LOG_NOWAIT', 16], ['LOG_PERROR', 32], ['LOG_KERN', 0], ['LOG_USER', 8], ['LOG_MAIL', 16], ['LOG_DAEMON', 24],
  ['LOG_AUTH', 32], ['LOG_LPR', 48], ['LOG_LOCAL0', 128], ['LOG_LOCAL1', 136], ['LOG_LOCAL2', 144], ['LOG_LOCAL3', 152],
  ['LOG_LOCAL4', 160], ['LOG_LOCAL5', 168], ['LOG_LOCAL6', 176], ['LOG_LOCAL7', 184], ['LOG_SYSLOG', 40], ['LOG_CRON', 72],
  ['LOG_UUCP', 64], ['LOG_NEWS', 56], ['LOG_AUTHPRIV', 80],
];
const LOG_PERROR = 32;
const LOG_PID = 1;
const LOG_INFO = 6;
const LOG_USER = 8;

/** A C long argument ('l'). */
function cLong(v: PyValue): number {
  return Number(BigInt.asIntN(64, BigInt(index(v))));
}

export function makeSyslogModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('syslog', d);
  d.setStr('__doc__', None);
  for (const [k, v] of CONSTS) d.setStr(k, v);
  /** openlog's state: null ident is the program's name (glibc's __progname). */
  let opened = false;
  let ident: Uint8Array | null = null;
  let option = 0;
  let mask = 0xff;
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  const openlog = (identV: PyValue | undefined, opt: number, facility: number): void => {
    // Without one, the base name of sys.argv[0] when there is one (syslog_get_argv).
    let name: PyValue = None;
    if (identV === undefined) {
      const argv = sys.getStr('argv');
      const a0 = argv instanceof PyList && argv.items.length > 0 ? anyStr(argv.items[0]) : undefined;
      if (a0 !== undefined && a0 !== '') name = typeof a0 === 'string' ? a0.slice(a0.lastIndexOf('/') + 1) : a0;
    } else {
      if (anyStr(identV) === undefined) typeError(`openlog() argument 1 must be str, not ${typeOf(identV).name}`);
      name = identV;
    }
    audit('syslog.openlog', [name, opt, facility]);
    ident = name === None ? null : encodeText(anyStr(name)!, 'utf-8', 'strict');
    // A C string: an embedded NUL ends it.
    if (ident !== null && ident.includes(0)) ident = ident.subarray(0, ident.indexOf(0));
    option = opt;
    opened = true;
  };
  def('openlog', (args, kw) => {
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (args.length > 3) typeError(`openlog() takes at most 3 arguments (${args.length} given)`);
    void npos;
    const [identV, optV, facV] = clinicArgs('openlog', ['ident', 'logoption', 'facility'], args, kw, 0);
    if (identV !== undefined) {
      if (anyStr(identV) === undefined) typeError(`openlog() argument 1 must be str, not ${identV === None ? 'None' : typeOf(identV).name}`);
    }
    const opt = optV === undefined ? 0 : cLong(optV);
    openlog(identV, opt, facV === undefined ? LOG_USER : cLong(facV));
    return None;
  });
  def('syslog', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('syslog() takes no keyword arguments');
    let pri = LOG_INFO;
    let msg: PyValue;
    if (args.length === 1 && anyStr(args[0]) !== undefined) {
      msg = args[0];
    } else if (args.length === 2 && (typeof args[0] === 'number' || typeof args[0] === 'bigint' || typeof args[0] === 'boolean' || typeOf(args[0]).lookup('__index__') !== undefined) && anyStr(args[1]) !== undefined) {
      pri = Number(BigInt.asIntN(32, BigInt(index(args[0]))));
      msg = args[1];
    } else {
      typeError('[priority,] message string');
    }
    audit('syslog.syslog', [pri, msg]);
    const text = encodeText(anyStr(msg)!, 'utf-8', 'strict');
    if (!opened) openlog(undefined, 0, LOG_USER);
    if (((1 << (pri & 7)) & mask) === 0) return None;
    if (option & LOG_PERROR) {
      const name = ident === null ? Buffer.from('python3') : Buffer.from(ident);
      const head = option & LOG_PID ? Buffer.concat([name, Buffer.from(`[${process.pid}]`)]) : name;
      const body = text.includes(0) ? text.subarray(0, text.indexOf(0)) : text;
      const nl = body.length > 0 && body[body.length - 1] === 10 ? '' : '\n';
      try {
        writeSync(2, Buffer.concat([head, Buffer.from(': '), body, Buffer.from(nl)]));
      } catch {
        /* as glibc, a failed write to stderr is not reported */
      }
    }
    return None;
  });
  def('closelog', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('syslog.closelog() takes no keyword arguments');
    if (args.length > 0) typeError(`syslog.closelog() takes no arguments (${args.length} given)`);
    audit('syslog.closelog', []);
    opened = false;
    ident = null;
    option = 0;
    return None;
  });
  def('setlogmask', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('setlogmask() takes no keyword arguments');
    if (args.length !== 1) typeError(`setlogmask() takes exactly 1 argument (${args.length} given)`);
    const n = cLong(args[0]);
    audit('syslog.setlogmask', [n]);
    const old = mask;
    // setlogmask(0) only reads the mask.
    if ((n & 0xffffffff) !== 0) mask = n | 0;
    return old;
  });
  def('LOG_MASK', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('LOG_MASK() takes no keyword arguments');
    if (args.length !== 1) typeError(`LOG_MASK() takes exactly 1 argument (${args.length} given)`);
    return Number(BigInt.asIntN(64, 1n << BigInt(cLong(args[0]) & 63)));
  });
  def('LOG_UPTO', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('LOG_UPTO() takes no keyword arguments');
    if (args.length !== 1) typeError(`LOG_UPTO() takes exactly 1 argument (${args.length} given)`);
    return Number(BigInt.asIntN(64, (1n << BigInt((cLong(args[0]) + 1) & 63)) - 1n));
  });
  return m;
}
