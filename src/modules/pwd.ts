// The pwd module (Modules/pwdmodule.c): the password database. Node has no getpwent(3), so the entries
// are read from /etc/passwd (glibc's "files" source) on every call, as the C library would; other NSS
// sources (LDAP, systemd-homed) are not consulted. Fields are decoded as file names (utf-8,
// surrogateescape). grp.ts reads /etc/group with the same reader.
import { readFileSync } from 'node:fs';
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, typeOf } from '../objects/object.js';
import { PyException, newException, KeyError, OverflowError, typeError, valueError } from '../objects/exceptions.js';
import { repr } from '../objects/abstract.js';
import { makeStructSeqType, newStructSeq } from '../objects/structseq.js';
import { encodeText } from './_codecs.js';
import { fsDecode } from './posix.js';
import { anyStr, idArg, methO } from './args.js';

/**
 * The records of a colon-separated database file as raw byte strings (latin1 JS strings), at least
 * `minFields` fields each; comment, blank and short lines are skipped as nss_files skips them.
 */
export function readDb(path: string, minFields: number): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    return [];
  }
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line[0] === '#') continue;
    const f = line.split(':');
    if (f.length >= minFields) out.push(f);
  }
  return out;
}

/** A database field's text: its bytes decoded as os.fsdecode would. */
export function dbText(raw: string): PyValue {
  return fsDecode(Buffer.from(raw, 'latin1'));
}

/** A numeric id field (uid_t/gid_t): the C library reads it with strtoul, so 4294967295 is id -1. */
export function dbId(raw: string): number | undefined {
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  if (n > 4294967295) return undefined;
  return n === 4294967295 ? -1 : n;
}

/**
 * A name argument ('U' format) as the raw bytes the database holds: str only, encoded as a file name;
 * an embedded NUL is a ValueError. `what` starts the TypeError ("getpwnam() argument").
 */
export function nameArg(v: PyValue, what: string): string {
  const s = anyStr(v);
  if (s === undefined) typeError(`${what} must be str, not ${typeOf(v).name}`);
  const b = encodeText(s, 'utf-8', 'surrogateescape');
  if (b.includes(0)) valueError('embedded null byte');
  return Buffer.from(b).toString('latin1');
}

export function keyError(msg: string): never {
  throw new PyException(newException(KeyError, [msg]));
}

const PASSWD_DOC = 'pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.';

const MODULE_DOC = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.";

export function makePwdModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('pwd', d);
  d.setStr('__doc__', MODULE_DOC);
  const structPasswd = makeStructSeqType('pwd.struct_passwd', ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell']);
  structPasswd.tdict.set('__doc__', PASSWD_DOC);
  d.setStr('struct_passwd', structPasswd);

  /** The entries with valid ids, in file order, each with its raw name for lookups. */
  const entries = (): [string, number, PyValue][] => {
    const out: [string, number, PyValue][] = [];
    for (const f of readDb('/etc/passwd', 7)) {
      const uid = dbId(f[2]);
      const gid = dbId(f[3]);
      if (uid === undefined || gid === undefined) continue;
      const e = newStructSeq(structPasswd, [dbText(f[0]), dbText(f[1]), uid, gid, dbText(f[4]), dbText(f[5]), dbText(f[6])]);
      out.push([f[0], uid, e]);
    }
    return out;
  };
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  def('getpwuid', (args, kw) => {
    const v = methO('pwd.getpwuid', args, kw);
    let uid: number;
    try {
      uid = idArg(v, 'uid');
    } catch (e) {
      if (e instanceof PyException && e.exc.cls === OverflowError) keyError('getpwuid(): uid not found');
      throw e;
    }
    for (const [, id, e] of entries()) if (id === uid) return e;
    keyError(`getpwuid(): uid not found: ${uid}`);
  });
  def('getpwnam', (args, kw) => {
    const v = methO('pwd.getpwnam', args, kw);
    const name = nameArg(v, 'getpwnam() argument');
    for (const [raw, , e] of entries()) if (raw === name) return e;
    keyError(`getpwnam(): name not found: ${repr(v)}`);
  });
  def('getpwall', (args, kw) => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) {
      if (kw !== null && kw.length > 0) typeError('pwd.getpwall() takes no keyword arguments');
      typeError(`pwd.getpwall() takes no arguments (${args.length} given)`);
    }
    return new PyList(entries().map((x) => x[2]));
  });
  return m;
}
