// The grp module (Modules/grpmodule.c): the group database, read from /etc/group on every call as
// pwd.ts reads /etc/passwd (the "files" NSS source only).
import { PyValue, PyDict, PyModule, PyBuiltin, PyList } from '../objects/object.js';
import { typeError } from '../objects/exceptions.js';
import { repr } from '../objects/abstract.js';
import { makeStructSeqType, newStructSeq } from '../objects/structseq.js';
import { clinicArgs, idArg } from './args.js';
import { readDb, dbText, dbId, nameArg, keyError } from './pwd.js';

const GROUP_DOC = 'grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.';

const MODULE_DOC = 'Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)';

export function makeGrpModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('grp', d);
  d.setStr('__doc__', MODULE_DOC);
  const structGroup = makeStructSeqType('grp.struct_group', ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem']);
  structGroup.tdict.set('__doc__', GROUP_DOC);
  d.setStr('struct_group', structGroup);

  const entries = (): [string, number, PyValue][] => {
    const out: [string, number, PyValue][] = [];
    for (const f of readDb('/etc/group', 4)) {
      const gid = dbId(f[2]);
      if (gid === undefined) continue;
      const mem = f[3] === '' ? [] : f[3].split(',').filter((x) => x !== '').map(dbText);
      out.push([f[0], gid, newStructSeq(structGroup, [dbText(f[0]), dbText(f[1]), gid, new PyList(mem)])]);
    }
    return out;
  };
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  def('getgrgid', (args, kw) => {
    // Unlike pwd.getpwuid, an id out of gid_t's range is the converter's OverflowError.
    const gid = idArg(clinicArgs('getgrgid', ['id'], args, kw, 1)[0]!, 'gid');
    for (const [, id, e] of entries()) if (id === gid) return e;
    keyError(`getgrgid(): gid not found: ${gid}`);
  });
  def('getgrnam', (args, kw) => {
    const v = clinicArgs('getgrnam', ['name'], args, kw, 1)[0]!;
    const name = nameArg(v, "getgrnam() argument 'name'");
    for (const [raw, , e] of entries()) if (raw === name) return e;
    keyError(`getgrnam(): name not found: ${repr(v)}`);
  });
  def('getgrall', (args, kw) => {
    if (kw !== null && kw.length > 0) typeError('grp.getgrall() takes no keyword arguments');
    if (args.length > 0) typeError(`grp.getgrall() takes no arguments (${args.length} given)`);
    return new PyList(entries().map((x) => x[2]));
  });
  return m;
}
