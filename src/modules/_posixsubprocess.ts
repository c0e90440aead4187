// The _posixsubprocess module (Modules/_posixsubprocess.c): fork_exec, which CPython's Lib/subprocess.py
// calls to start a child. Node cannot fork, so the child is started by libuv's spawn (through
// ChildProcess.spawn, which reports a failed exec synchronously as a negative errno) with the descriptors
// subprocess.py prepared as its 0, 1, 2 and pass_fds at their own numbers; Node's descriptors are all
// close-on-exec, so nothing else reaches it (close_fds holds whatever it says). A failure to start is
// written to errpipe_write as CPython's child writes it ("OSError:<hex errno>:" after exec, with
// ":noexec" when chdir(cwd) failed), so subprocess.py raises the same exception. libuv's child resets
// every signal disposition (restore_signals holds), start_new_session is `detached` (setsid), uid/gid are
// libuv's, the umask is set around the spawn, extra_groups are set by util-linux's setpriv(1) started in
// the program's place. Not possible: preexec_fn (Python code in the child: a RuntimeError) and a process
// group other than 0 (setpgid): OSError(ENOSYS).
// Node hands the child its arguments and environment as UTF-8 text: when one holds bytes that are not
// UTF-8 (a file name from os.listdir, say), the child is started through /bin/sh, whose script makes those
// bytes with printf and execs the program with them (argv[0] is then the program's path), through env(1)
// for an environment given (the shell would drop names that are not identifiers, `a-b` or a uuid, and add PWD).
import { statSync, accessSync, writeSync, constants as fsc } from 'node:fs';
import { ChildProcess } from 'node:child_process';
import { PyDict, PyModule, PyBuiltin, PyValue, PyTuple, PyList, PyBytesObj, PyFloat, None, typeOf } from '../objects/object.js';
import { typeError, valueError, raise, OverflowError, RuntimeError } from '../objects/exceptions.js';
import { index, truthy, lenOf, getItem } from '../objects/abstract.js';
import { errnoOf, raiseErrno } from './errno.js';
import { fspath, inheritable } from './posix.js';
import { encodeText } from './_codecs.js';
import { idArg } from './args.js';
import { addChild } from './children.js';
import { withStdFds, markShared } from './pipes.js';

/** A C int argument ('i'). */
function intArg(v: PyValue): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const n = index(v);
  if (n > 2147483647) raise(OverflowError, 'signed integer is greater than maximum');
  if (n < -2147483648) raise(OverflowError, 'signed integer is less than minimum');
  return Number(n);
}

/** PyUnicode_FSConverter: the bytes of a path (a str is encoded as os.fsencode does). */
function fsBytes(v: PyValue): Uint8Array {
  const p = fspath(v);
  const b = typeof p === 'string' ? encodeText(p, 'utf-8', 'surrogateescape') : (p as PyBytesObj).bytes;
  if (b.includes(0)) valueError('embedded null byte');
  return b;
}

/** _PySequence_BytesToCharpArray: a sequence of bytes. */
function bytesSeq(v: PyValue): Uint8Array[] {
  const n = lenOf(v);
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const item = getItem(v, i);
    if (!(item instanceof PyBytesObj) || typeOf(item).name === 'bytearray') typeError(`expected bytes, ${typeOf(item).name} found`);
    if (item.bytes.includes(0)) valueError('embedded null byte');
    out.push(item.bytes);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of UTF-8 bytes, or null when they are not UTF-8 (Node could not pass them on as they are). */
function asText(b: Uint8Array): string | null {
  try {
    return utf8.decode(b);
  } catch {
    return null;
  }
}

/** A shell word making `b` exactly: printf with octal escapes, a final '.' against $(...) dropping newlines. */
function printfWord(name: string, b: Uint8Array): string {
  let fmt = '';
  for (const c of b) fmt += (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? String.fromCharCode(c) : '\\' + c.toString(8).padStart(3, '0');
  return `${name}=$(printf '${fmt}.'); ${name}=\${${name}%.}`;
}

/**
 * The /bin/sh script that execs `file` with `argv` (argv[0] dropped), with `exports` (NAME=value) added to its
 * environment by env(1) (to an empty one when `clear`): the shell's own export refuses names that are not
 * identifiers.
 */
function shellScript(file: Uint8Array, argv: Uint8Array[], exports: Uint8Array[], clear: boolean): string {
  const lines: string[] = ['set --'];
  for (const a of [...exports, file, ...argv.slice(1)]) lines.push(printfWord('v', a), 'set -- "$@" "$v"');
  lines.push(clear ? 'exec /usr/bin/env -i "$@"' : exports.length > 0 ? 'exec /usr/bin/env "$@"' : 'exec "$@"');
  return lines.join('\n');
}

/**
 * This process's environment variables that the shell would drop (names that are not identifiers): through
 * the shell, an environment given goes whole to `env -i`, this process's is the shell's own and these.
 */
function unshellableEnv(): Uint8Array[] {
  return Object.entries(process.env).map(([k, v]) => `${k}=${v}`).filter((e) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(e)).map((e) => Buffer.from(e));
}

let fakePid = 0x7ffffff0;

/** A child's descriptors by number: a parent's descriptor to give it there, its own number's, or none. */
export type Stdio = (number | 'ignore' | 'inherit')[];

/** What a child is started with (posix_spawn's and fork_exec's common part). */
export interface SpawnPlan {
  /** The programs to try in turn (a PATH search's candidates). */
  executables: Uint8Array[];
  argv: Uint8Array[] | null;
  /** NAME=value entries; null: the parent's environment. */
  env: Uint8Array[] | null;
  cwd: string | null;
  stdio: Stdio;
  /** setsid() in the child. */
  detached: boolean;
  uid: number;
  gid: number;
  /** The child's umask (-1: the parent's). */
  umask: number;
  /** Supplementary groups to set (extra_groups), through util-linux's setpriv(1); null: the parent's. */
  groups?: number[] | null;
}

/**
 * Start a child as the exec loop of CPython's child does: the first executable that runs wins; ENOENT and
 * ENOTDIR try the next one, and the error reported is the first other one, else the last.
 */
export function spawnChild(plan: SpawnPlan): { pid: number; errno?: undefined } | { pid?: undefined; errno: number } {
  const { executables, argv, env, cwd, stdio } = plan;
  for (const x of stdio) if (typeof x === 'number') markShared(x);
  const options: Record<string, unknown> = { stdio, detached: plan.detached, windowsHide: false };
  if (cwd !== null) options.cwd = cwd;
  // What Node can pass as text goes as text; the rest through the shell (see the header).
  const argvText = argv === null ? [] : argv.map(asText);
  const envText = env === null ? null : env.map(asText);
  if (envText !== null) options.envPairs = envText.filter((e) => e !== null);
  if (plan.uid >= 0) options.uid = plan.uid;
  if (plan.gid >= 0) options.gid = plan.gid;
  let saved = 0;
  let last = 2;
  const oldMask = plan.umask >= 0 ? process.umask(plan.umask) : -1;
  try {
    for (const exeBytes of executables) {
      // libuv searches PATH for a name without a slash, where execve takes it as relative.
      const exe = exeBytes.includes(0x2f) ? exeBytes : Buffer.concat([Buffer.from('./'), exeBytes]);
      // A failed spawn costs a fork: names that do not exist (most of PATH) are skipped by a stat.
      const missing = statError(cwd !== null && exe[0] !== 0x2f ? Buffer.concat([Buffer.from(cwd + '/'), exe]) : Buffer.from(exe));
      if (missing !== 0) {
        last = missing;
        continue;
      }
      const fileText = asText(exe);
      let spawnArgs = fileText !== null && !(envText?.includes(null) ?? false) && !argvText.includes(null)
        ? { file: fileText, args: argvText as string[] }
        : { file: '/bin/sh', args: ['sh', '-c', shellScript(exe, argv ?? [], env ?? unshellableEnv(), env !== null)] };
      if (plan.groups != null) {
        const set = plan.groups.length === 0 ? '--clear-groups' : `--groups=${plan.groups.join(',')}`;
        spawnArgs = { file: 'setpriv', args: ['setpriv', set, '--', spawnArgs.file, ...spawnArgs.args.slice(1)] };
      }
      const child = new ChildProcess();
      child.on('error', () => undefined);
      let err: number;
      try {
        err = withStdFds(() => (child as unknown as { spawn(o: object): number }).spawn({ ...options, ...spawnArgs }));
      } catch (e) {
        const n = (e as NodeJS.ErrnoException).errno;
        err = typeof n === 'number' ? n : -errnoOf((e as NodeJS.ErrnoException).code);
      }
      if (err === 0 && child.pid !== undefined) {
        addChild(child);
        return { pid: child.pid };
      }
      last = -err;
      if (last !== 2 && last !== 20 && saved === 0) saved = last;
    }
  } finally {
    if (oldMask >= 0) process.umask(oldMask);
  }
  return { errno: saved !== 0 ? saved : last };
}

function forkExec(args: PyValue[], kw: string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError('fork_exec() takes no keyword arguments');
  if (args.length !== 23) typeError(`fork_exec() takes exactly 23 arguments (${args.length} given)`);
  const [processArgs, executableList, closeFdsV, fdsToKeep, cwdObj, envList] = args;
  const closeFds = truthy(closeFdsV);
  if (!(fdsToKeep instanceof PyTuple)) typeError(`fork_exec() argument 4 must be tuple, not ${typeOf(fdsToKeep).name}`);
  const fds: number[] = [];
  for (let i = 6; i < 17; i++) fds.push(intArg(args[i]));
  const [p2cread, , , c2pwrite, , errwrite, , errpipeWrite, , callSetsid, pgid] = fds;
  const gidObj = args[17];
  const groupsObj = args[18];
  const uidObj = args[19];
  const umask = intArg(args[20]);
  const preexecFn = args[21];
  truthy(args[22]);

  if (closeFds && errpipeWrite < 3) valueError('errpipe_write must be >= 3');
  const keep: number[] = [];
  let prev = -1;
  for (const v of fdsToKeep.items) {
    if (typeof v !== 'number' && typeof v !== 'boolean') valueError('bad value(s) in fds_to_keep');
    const fd = Number(v);
    if (fd < 0 || fd <= prev || fd > 2147483647) valueError('bad value(s) in fds_to_keep');
    prev = fd;
    keep.push(fd);
  }

  const executables = bytesSeq(executableList);
  let argv: Uint8Array[] | null = null;
  if (processArgs !== None) {
    if (!(processArgs instanceof PyList) && !(processArgs instanceof PyTuple)) {
      const t = typeOf(processArgs);
      if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) typeError('argv must be a tuple');
    }
    const items = processArgs instanceof PyList || processArgs instanceof PyTuple ? processArgs.items.slice() : bytesLikeItems(processArgs);
    argv = items.map(fsBytes);
  }
  const env = envList === None ? null : bytesSeq(envList);
  // (A working directory that is not UTF-8 reaches Node changed: libuv's chdir then fails.)
  const cwd = cwdObj === None ? null : Buffer.from(fsBytes(cwdObj)).toString('utf8');
  if (groupsObj !== None) {
    if (!(groupsObj instanceof PyList)) typeError('setgroups argument must be a list');
    for (const g of groupsObj.items) {
      if (typeof g !== 'number' && typeof g !== 'bigint' && typeof g !== 'boolean') typeError('groups must be integers');
      const n = BigInt(g);
      if (n < -1n || n > 4294967295n) valueError('invalid group id');
    }
  }
  const gid = gidObj === None ? -1 : idArg(gidObj, 'gid');
  const uid = uidObj === None ? -1 : idArg(uidObj, 'uid');
  if (preexecFn !== None) raise(RuntimeError, 'preexec_fn is not supported by Typhon (it cannot run Python code in the child)');
  if (pgid > 0) raiseErrno(38);
  // setgroups(2) needs CAP_SETGID, as in the child; the groups are then set by setpriv(1) (see spawnChild).
  const groups = groupsObj instanceof PyList ? groupsObj.items.map((g) => Number(g)) : null;
  if (groups !== null && (process.geteuid?.() ?? 0) !== 0) raiseErrno(1);

  // The child's descriptors: 0, 1, 2 (-1: the parent's own), then pass_fds at their numbers.
  const stdio: Stdio = [p2cread < 0 ? 'inherit' : p2cread, c2pwrite < 0 ? 'inherit' : c2pwrite, errwrite < 0 ? 'inherit' : errwrite];
  // Without close_fds a child inherits what is inheritable; Node's own descriptors are close-on-exec, so
  // those are the ones Python made inheritable.
  const passed = keep.slice();
  if (!closeFds) for (const [fd, inh] of inheritable) if (inh && fd > 2 && !passed.includes(fd)) passed.push(fd);
  for (const fd of passed) {
    if (fd === errpipeWrite || fd < 3) continue;
    while (stdio.length < fd) stdio.push('ignore');
    stdio[fd] = fd;
  }
  const r = spawnChild({ executables, argv, env, cwd, stdio, detached: callSetsid !== 0 || pgid === 0, uid, gid, umask, groups });
  if (r.pid !== undefined) return r.pid;
  // The spawn failed. libuv reports a failed chdir(cwd) as the exec's error: tell them apart as the
  // child's order (chdir, then exec) would.
  let record: string;
  const cwdErr = cwd === null ? 0 : dirError(cwd);
  if (cwdErr !== 0) record = `OSError:${cwdErr.toString(16)}:noexec`;
  else record = `OSError:${r.errno.toString(16)}:`;
  try {
    writeSync(errpipeWrite, Buffer.from(record, 'latin1'));
  } catch {
    /* subprocess.py then sees a successful start and an unknown child */
  }
  // A pid no process has: subprocess.py's waitpid on it gets ChildProcessError, which it ignores.
  return fakePid--;
}

function bytesLikeItems(v: PyValue): PyValue[] {
  const n = lenOf(v);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) out.push(getItem(v, i));
  return out;
}

/** The errno of stat(path) when it is ENOENT or ENOTDIR (which execve would give too), else 0. */
function statError(path: Buffer): number {
  try {
    // throwIfNoEntry: ENOENT without the cost of an Error (the usual answer along PATH).
    return statSync(path, { throwIfNoEntry: false }) === undefined ? 2 : 0;
  } catch (e) {
    const n = errnoOf((e as NodeJS.ErrnoException).code);
    return n === 2 || n === 20 ? n : 0;
  }
}

/** The errno chdir(dir) would give, 0 if none. */
function dirError(dir: string): number {
  try {
    if (!statSync(dir).isDirectory()) return 20;
    accessSync(dir, fsc.X_OK);
    return 0;
  } catch (e) {
    return errnoOf((e as NodeJS.ErrnoException).code);
  }
}

export function makePosixSubprocessModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_posixsubprocess', d);
  d.setStr('fork_exec', new PyBuiltin('fork_exec', forkExec, m));
  return m;
}
