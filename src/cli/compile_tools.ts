// `typhon -m py_compile`, `typhon -m compileall` and `typhon -m dis`: the command lines of CPython 3.11's
// py_compile, compileall and dis modules, with their output, exit codes and files (pycs under
// __pycache__/NAME.typhon-311.pyc, written atomically).
import {
  closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync,
  statSync, unlinkSync, writeSync, constants as fsConstants,
} from 'node:fs';
import { basename, dirname } from 'node:path';
import { parse } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { strRepr } from '../parser/constants.js';
import { compile } from '../compiler/compile.js';
import { CodeObject } from '../bytecode/code.js';
import { MAGIC, cacheFromSource, sourceHash, writePyc } from '../bytecode/pyc.js';
import { disText } from '../bytecode/dis.js';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** lines of standard input (for `-` arguments) */
  stdinLines(): string[];
  env: Record<string, string | undefined>;
}

export const processIo: Io = {
  out: (s) => { writeAll(1, s); },
  err: (s) => { writeAll(2, s); },
  stdinLines: () => {
    let text = '';
    try { text = readFileSync(0, 'utf8'); } catch { /* no stdin */ }
    const lines = text.split(/(?<=\n)/);
    return lines.filter((l) => l !== '');
  },
  env: process.env,
};

// Synchronous writes keep stdout and stderr in order when both go to one pipe, as CPython's do.
function writeAll(fd: number, s: string): void {
  const b = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}

// --- Python-style OSError messages ------------------------------------------------------------------------

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
};

/** An OSError as Python would describe it: its class name and str(). */
export class PyOSError {
  constructor(public readonly typeName: string, public readonly text: string) {}
}

function osError(e: unknown, path: string): PyOSError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO[code];
  if (known) return new PyOSError(known[2], `[Errno ${known[0]}] ${known[1]}: ${strRepr(path)}`);
  const errno = Math.abs((e as NodeJS.ErrnoException).errno ?? 0);
  return new PyOSError('OSError', `[Errno ${errno}] ${(e as Error).message}: ${strRepr(path)}`);
}

function isNodeError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

// --- compiling one file (py_compile.compile) --------------------------------------------------------------

export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash';

/** py_compile.PyCompileError: msg is what the CLI prints. */
export class PyCompileError {
  constructor(public readonly msg: string) {}
}

/** compile(source_bytes, filename, 'exec', dont_inherit=True, optimize=...); warnings go to onWarning. */
export function compileBytes(bytes: Uint8Array, filename: string, optimize = 0,
  onWarning?: (message: string, lineno: number) => void): CodeObject {
  // compile() refuses a source holding a NUL before tokenizing: a SyntaxError with no location (lineno -1 here)
  if (bytes.indexOf(0) >= 0) throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', '', -1, -1, null, -1, -1);
  const text = decodeSource(bytes, filename, { compile: true });
  const tree = parse(text, filename, 'exec', {
    // compile() of bytes reports errors as running the file does: offsets in bytes unless an encoding is declared
    errorStyle: declaresEncoding(bytes) ? 'file' : 'file-bytes',
    onWarning: onWarning ? (_c, message, lineno) => onWarning(message, lineno) : undefined,
  });
  return compile(tree, filename, 'exec', {
    optimize, flags: 0, source: text,
    warn: onWarning ? (message, _f, lineno) => { onWarning(message, lineno); return true; } : undefined,
  });
}

/** A UTF-8 BOM, or a PEP 263 coding cookie on line 1 or 2. */
function declaresEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  let end = 0;
  for (let lines = 0; end < bytes.length && end < 1024 && lines < 2; end++) if (bytes[end] === 0x0a) lines++;
  const head = Buffer.from(bytes.subarray(0, end)).toString('latin1').split(/\r\n|\r|\n/, 2);
  return head.some((line) => /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/.test(line));
}

/** linecache.getline: the line of a file as the warnings module shows it ('' when unreadable). */
function sourceLine(filename: string, lineno: number): string {
  try {
    const text = decodeSource(readFileSync(filename), filename);
    return text.split(/\r\n|\r|\n/)[lineno - 1] ?? '';
  } catch {
    return '';
  }
}

/** warnings.formatwarning's text for a SyntaxWarning. */
function formatSyntaxWarning(filename: string, lineno: number, message: string): string {
  let s = `${filename}:${lineno}: SyntaxWarning: ${message}\n`;
  const line = sourceLine(filename, lineno).trim();
  if (line !== '') s += `  ${line}\n`;
  return s;
}

/** SyntaxError.__str__: "msg (file, line N)", with the file's base name. */
function syntaxErrorStr(e: PySyntaxError): string {
  const file = e.filename ? basename(e.filename) : '';
  if (file && e.lineno >= 0) return `${e.msg} (${file}, line ${e.lineno})`;
  if (file) return `${e.msg} (${file})`;
  if (e.lineno >= 0) return `${e.msg} (line ${e.lineno})`;
  return e.msg;
}

const isPySpace = (c: string): boolean => /^[\s\x1c-\x1f\x85]$/u.test(c);

/** traceback.format_exception_only for a SyntaxError (the Python-level formatter py_compile uses). */
export function formatSyntaxErrorTb(e: PySyntaxError): string {
  let out = '';
  let suffix = '';
  if (e.lineno >= 0) out += `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  else if (e.filename) suffix = ` (${e.filename})`;
  if (e.text !== null) {
    const rtext = e.text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    out += `    ${ltext}\n`;
    if (e.offset !== null && e.offset !== undefined) {
      const offset = e.offset;
      let end = e.endOffset !== 0 && e.endOffset !== null && e.endOffset !== undefined ? e.endOffset : offset;
      if (offset === end || end === -1) end = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = end - 1 - spaces;
      if (col >= 0) {
        const caretSpace = [...ltext].slice(0, col).map((c) => (isPySpace(c) ? c : ' ')).join('');
        out += `    ${caretSpace}${'^'.repeat(Math.max(0, endCol - col))}\n`;
      }
    }
  }
  return out + `${e.kind}: ${e.msg || '<no detail available>'}${suffix}\n`;
}

export function defaultInvalidationMode(env: Io['env']): InvalidationMode {
  // py_compile._get_default_invalidation_mode (3.11: SOURCE_DATE_EPOCH gives checked-hash pycs)
  return env.SOURCE_DATE_EPOCH ? 'checked-hash' : 'timestamp';
}

let tmpCounter = 0;

/** importlib._bootstrap_external._write_atomic: a temporary file beside the target, then rename. */
function writeAtomic(path: string, data: Uint8Array, mode: number): void {
  const tmp = `${path}.${process.pid}${++tmpCounter}`;
  const fd = openSync(tmp, fsConstants.O_EXCL | fsConstants.O_CREAT | fsConstants.O_WRONLY, mode & 0o666);
  try {
    try {
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}

export interface PyCompileOptions {
  cfile?: string;
  dfile?: string;
  optimize?: number;
  invalidationMode?: InvalidationMode;
  env?: Io['env'];
  /** where SyntaxWarnings go (stderr by default) */
  warn?: (s: string) => void;
}

/**
 * py_compile.compile(file, cfile, dfile, doraise=True, ...): the pyc's path. Throws PyCompileError for source
 * that does not compile and PyOSError for file-system failures.
 */
export function pyCompile(file: string, options: PyCompileOptions = {}): string {
  const env = options.env ?? process.env;
  const mode = options.invalidationMode ?? defaultInvalidationMode(env);
  const optimize = options.optimize ?? -1;
  let cfile = options.cfile;
  if (cfile === undefined) {
    cfile = optimize >= 1 ? cacheFromSource(file, { optimization: optimize }) : cacheFromSource(file);
  }
  let cst: ReturnType<typeof lstatSync> | undefined;
  try { cst = lstatSync(cfile); } catch { /* absent */ }
  if (cst?.isSymbolicLink()) {
    throw new PyOSError('FileExistsError',
      `${cfile} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it`);
  }
  if (cst !== undefined && !cst.isFile()) {
    throw new PyOSError('FileExistsError',
      `${cfile} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    if (isNodeError(e)) throw osError(e, file);
    throw e;
  }
  const shown = options.dfile ?? file;
  let code: CodeObject;
  try {
    const warn = options.warn ?? ((s: string) => processIo.err(s));
    code = compileBytes(bytes, shown, optimize < 0 ? 0 : optimize,
      (message, lineno) => warn(formatSyntaxWarning(shown, lineno, message)));
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // PyCompileError: SyntaxError itself through traceback.format_exception_only (File "<string>" renamed),
      // its subclasses as "Sorry: TYPE: str(exc)"
      if (e.kind !== 'SyntaxError') throw new PyCompileError(`Sorry: ${e.kind}: ${syntaxErrorStr(e)}`);
      throw new PyCompileError(formatSyntaxErrorTb(e).replace('File "<string>"', `File "${shown}"`));
    }
    if (e instanceof RangeError) throw new PyCompileError('Sorry: RecursionError: maximum recursion depth exceeded during compilation');
    throw e;
  }
  const dir = dirname(cfile);
  try {
    if (dir && dir !== '.') mkdirSync(dir, { recursive: true });
  } catch (e) {
    if (isNodeError(e) && e.code !== 'EEXIST') throw osError(e, e.path ?? dir);
  }
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch (e) {
    if (isNodeError(e)) throw osError(e, file);
    throw e;
  }
  const pyc = mode === 'timestamp'
    ? writePyc(code, { mtime: Math.floor(st.mtimeMs / 1000), size: st.size })
    : writePyc(code, { hash: sourceHash(bytes), checked: mode === 'checked-hash' });
  try {
    // _calc_mode: the source's permission bits, always writable by the owner
    writeAtomic(cfile, pyc, (st.mode & 0o777) | 0o200);
  } catch (e) {
    if (isNodeError(e)) throw osError(e, e.path ?? cfile);
    throw e;
  }
  return cfile;
}

// --- a small argparse ---------------------------------------------------------------------------------------

interface OptSpec {
  dest: string;
  /** 'flag' (store_true), 'count', 'const' (store the const), 'value' (takes an argument), 'append' */
  kind: 'flag' | 'count' | 'const' | 'value' | 'append';
  int?: boolean;
  constValue?: unknown;
  choices?: readonly string[];
  metavar?: string;
}

class ArgError {
  constructor(public readonly message: string) {}
}

/** Parse argv as argparse would for these options (short flags may be bundled: -qq, -r2, -fq). */
function parseArgs(argv: readonly string[], specs: Record<string, OptSpec>): { opts: Record<string, unknown>; positional: string[] } {
  const opts: Record<string, unknown> = {};
  const positional: string[] = [];
  const take = (name: string, spec: OptSpec, value: string): void => {
    let v: unknown = value;
    if (spec.int) {
      if (!/^\s*[-+]?\d+\s*$/.test(value)) throw new ArgError(`argument ${name}: invalid int value: ${strRepr(value)}`);
      v = parseInt(value, 10);
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new ArgError(`argument ${name}: invalid choice: ${strRepr(value)} (choose from ${spec.choices.map(strRepr).join(', ')})`);
    }
    if (spec.kind === 'append') ((opts[spec.dest] ??= []) as unknown[]).push(v);
    else opts[spec.dest] = v;
  };
  const apply = (name: string, spec: OptSpec): void => {
    if (spec.kind === 'flag') opts[spec.dest] = true;
    else if (spec.kind === 'count') opts[spec.dest] = ((opts[spec.dest] as number | undefined) ?? 0) + 1;
    else if (spec.kind === 'const') opts[spec.dest] = spec.constValue;
  };
  const unknown: string[] = [];
  let i = 0;
  let onlyPositional = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPositional || a === '-' || !a.startsWith('-') || /^-\d/.test(a)) { positional.push(a); continue; }
    if (a === '--') { onlyPositional = true; continue; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      const spec = specs[name];
      if (!spec) { unknown.push(a); continue; }
      if (spec.kind === 'value' || spec.kind === 'append') {
        if (eq >= 0) take(name, spec, a.slice(eq + 1));
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) take(name, spec, argv[++i]);
        else throw new ArgError(`argument ${name}: expected one argument`);
      } else apply(name, spec);
      continue;
    }
    // bundled short options
    for (let k = 1; k < a.length; k++) {
      const name = '-' + a[k];
      const spec = specs[name];
      if (!spec) {
        unknown.push(a); // argparse reports the whole word
        break;
      }
      if (spec.kind === 'value' || spec.kind === 'append') {
        const rest = a.slice(k + 1);
        if (rest !== '') take(name, spec, rest.startsWith('=') ? rest.slice(1) : rest);
        else if (i + 1 < argv.length && (argv[i + 1] === '-' || !argv[i + 1].startsWith('-') || /^-\d/.test(argv[i + 1]))) take(name, spec, argv[++i]);
        else throw new ArgError(`argument ${name}: expected one argument`);
        break;
      }
      apply(name, spec);
    }
  }
  if (unknown.length) opts.__unknown = unknown;
  return { opts, positional };
}

// --- py_compile main ----------------------------------------------------------------------------------------

const PY_COMPILE_USAGE = 'usage: py_compile.py [-h] [-q] filenames [filenames ...]\n';
const PY_COMPILE_HELP = PY_COMPILE_USAGE + `
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
`;

/** `python -m py_compile [-q] FILE...` (or `-` to read the names from stdin): the exit status. */
export function pyCompileMain(argv: readonly string[], io: Io = processIo): number {
  let parsed;
  try {
    parsed = parseArgs(argv, {
      '-q': { dest: 'quiet', kind: 'flag' }, '--quiet': { dest: 'quiet', kind: 'flag' },
      '-h': { dest: 'help', kind: 'flag' }, '--help': { dest: 'help', kind: 'flag' },
    });
  } catch (e) {
    if (e instanceof ArgError) return usageError(io, PY_COMPILE_USAGE, 'py_compile.py', e.message);
    throw e;
  }
  const { opts, positional } = parsed;
  if (opts.help) { io.out(PY_COMPILE_HELP); return 0; }
  if (positional.length === 0) return usageError(io, PY_COMPILE_USAGE, 'py_compile.py', 'the following arguments are required: filenames');
  if (opts.__unknown) return usageError(io, PY_COMPILE_USAGE, 'py_compile.py', `unrecognized arguments: ${(opts.__unknown as string[]).join(' ')}`);
  const files = positional.length === 1 && positional[0] === '-'
    ? io.stdinLines().map((l) => l.replace(/\n+$/, ''))
    : positional;
  for (const f of files) {
    try {
      pyCompile(f, { env: io.env, warn: io.err });
    } catch (e) {
      // parser.exit(1, message): the message as is, no newline added
      if (e instanceof PyCompileError) { if (!opts.quiet) io.err(e.msg); return 1; }
      if (e instanceof PyOSError) { if (!opts.quiet) io.err(e.text); return 1; }
      throw e;
    }
  }
  return 0;
}

function usageError(io: Io, usage: string, prog: string, message: string): number {
  io.err(`${usage}${prog}: error: ${message}\n`);
  return 2;
}

// --- compileall main ------------------------------------------------------------------------------------------

const COMPILEALL_USAGE = `usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
`;

export interface CompileAllOptions {
  maxlevels: number;
  force: boolean;
  quiet: number;
  legacy: boolean;
  ddir: string | null;
  stripdir: string | null;
  prependdir: string | null;
  rx: RegExp | null;
  optimize: number[];
  invalidationMode?: InvalidationMode;
}

/** Python's sort order for str (code points, not UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const x = [...a], y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}

function isLink(p: string): boolean {
  try { return lstatSync(p).isSymbolicLink(); } catch { return false; }
}

/** os.path.join for two parts (POSIX). */
function pjoin(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  if (a === '' || a.endsWith('/')) return a + b;
  return a + '/' + b;
}

/** compileall._walk_dir: yields the files, printing "Listing ..." as it enters each directory. */
function* walkDir(dir: string, maxlevels: number, quiet: number, io: Io): Generator<string> {
  if (!quiet) io.out(`Listing ${strRepr(dir)}...\n`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    if (quiet < 2) io.out(`Can't list ${strRepr(dir)}\n`);
    names = [];
  }
  names.sort(byCodePoint);
  for (const name of names) {
    if (name === '__pycache__') continue;
    const full = pjoin(dir, name);
    if (!isDir(full)) yield full;
    else if (maxlevels > 0 && name !== '.' && name !== '..' && !isLink(full)) yield* walkDir(full, maxlevels - 1, quiet, io);
  }
}

/** compileall.compile_file: false when the file failed to compile. */
export function compileFile(fullname: string, o: CompileAllOptions, io: Io): boolean {
  const name = basename(fullname);
  let dfile: string | undefined;
  if (o.ddir !== null) dfile = pjoin(o.ddir, name);
  if (o.stripdir !== null) {
    const parts = fullname.split('/');
    const strip = o.stripdir.split('/');
    const kept = [...parts];
    for (let i = 0; i < strip.length && i < parts.length; i++) {
      if (strip[i] === parts[i]) kept.splice(kept.indexOf(strip[i]), 1);
    }
    dfile = kept.reduce((acc, p) => pjoin(acc, p), '');
  }
  if (o.prependdir !== null) dfile = pjoin(o.prependdir, dfile ?? fullname);
  if (o.rx !== null && o.rx.test(fullname)) return true;
  if (!isFile(fullname)) return true;
  const levels = [...new Set(o.optimize)].sort((a, b) => a - b);
  const cfiles = new Map<number, string>();
  for (const level of levels) {
    if (o.legacy) cfiles.set(level, fullname + 'c');
    else cfiles.set(level, level >= 1 ? cacheFromSource(fullname, { optimization: level }) : cacheFromSource(fullname));
  }
  if (!name.endsWith('.py')) return true;
  if (!o.force && upToDate(fullname, cfiles)) return true;
  if (!o.quiet) io.out(`Compiling ${strRepr(fullname)}...\n`);
  for (const level of levels) {
    try {
      pyCompile(fullname, { cfile: cfiles.get(level), dfile, optimize: level, invalidationMode: o.invalidationMode, env: io.env, warn: io.err });
    } catch (e) {
      if (!(e instanceof PyCompileError) && !(e instanceof PyOSError)) throw e;
      if (o.quiet >= 2) return false;
      if (o.quiet) io.out(`*** Error compiling ${strRepr(fullname)}...\n`);
      else io.out('*** ');
      io.out(e instanceof PyCompileError ? e.msg + '\n' : `${e.typeName}: ${e.text}\n`);
      return false;
    }
  }
  return true;
}

/** Every pyc starts with the magic, flags 0 and the source's mtime (the size is not checked, as in CPython). */
function upToDate(fullname: string, cfiles: Map<number, string>): boolean {
  let mtime: number;
  try { mtime = Math.floor(statSync(fullname).mtimeMs / 1000); } catch { return false; }
  const m = Number(BigInt.asUintN(32, BigInt(mtime)));
  const expect = new Uint8Array(12);
  expect.set(MAGIC, 0);
  expect[8] = m & 0xff; expect[9] = (m >>> 8) & 0xff; expect[10] = (m >>> 16) & 0xff; expect[11] = (m >>> 24) & 0xff;
  for (const cfile of cfiles.values()) {
    let head: Buffer;
    try {
      const fd = openSync(cfile, 'r');
      try {
        head = Buffer.alloc(12);
        const n = readSyncAll(fd, head);
        head = head.subarray(0, n);
      } finally { closeSync(fd); }
    } catch { return false; }
    if (Buffer.compare(head, expect) !== 0) return false;
  }
  return true;
}

function readSyncAll(fd: number, buf: Buffer): number {
  let n = 0;
  for (;;) {
    const r = readSync(fd, buf, n, buf.length - n, null);
    if (r <= 0) return n;
    n += r;
    if (n >= buf.length) return n;
  }
}

/** compileall.compile_dir */
export function compileDir(dir: string, o: CompileAllOptions, io: Io): boolean {
  let ok = true;
  for (const f of walkDir(dir, o.maxlevels, o.quiet, io)) if (!compileFile(f, o, io)) ok = false;
  return ok;
}

const RECURSION_LIMIT = 1000; // sys.getrecursionlimit(), compile_dir's default depth

/** `python -m compileall [options] [FILE|DIR ...]`: the exit status (0 when everything compiled). */
export function compileallMain(argv: readonly string[], io: Io = processIo): number {
  const specs: Record<string, OptSpec> = {
    '-h': { dest: 'help', kind: 'flag' }, '--help': { dest: 'help', kind: 'flag' },
    '-l': { dest: 'maxlevels', kind: 'const', constValue: 0 },
    '-r': { dest: 'recursion', kind: 'value', int: true },
    '-f': { dest: 'force', kind: 'flag' },
    '-q': { dest: 'quiet', kind: 'count' },
    '-b': { dest: 'legacy', kind: 'flag' },
    '-d': { dest: 'ddir', kind: 'value' },
    '-s': { dest: 'stripdir', kind: 'value' },
    '-p': { dest: 'prependdir', kind: 'value' },
    '-x': { dest: 'rx', kind: 'value' },
    '-i': { dest: 'flist', kind: 'value' },
    '-j': { dest: 'workers', kind: 'value', int: true }, '--workers': { dest: 'workers', kind: 'value', int: true },
    '--invalidation-mode': { dest: 'invalidation', kind: 'value', choices: ['checked-hash', 'timestamp', 'unchecked-hash'] },
    '-o': { dest: 'opt', kind: 'append', int: true },
    '-e': { dest: 'limit', kind: 'value' },
    '--hardlink-dupes': { dest: 'hardlink', kind: 'flag' },
  };
  let parsed;
  try {
    parsed = parseArgs(argv, specs);
  } catch (e) {
    if (e instanceof ArgError) return usageError(io, COMPILEALL_USAGE, 'compileall.py', e.message);
    throw e;
  }
  const { opts, positional } = parsed;
  if (opts.help) { io.out(COMPILEALL_USAGE + '\nUtilities to support installing Python libraries.\n'); return 0; }
  if (opts.__unknown) return usageError(io, COMPILEALL_USAGE, 'compileall.py', `unrecognized arguments: ${(opts.__unknown as string[]).join(' ')}`);
  const quiet = (opts.quiet as number | undefined) ?? 0;
  const optLevels = (opts.opt as number[] | undefined) ?? [-1];
  if (optLevels.length === 1 && opts.hardlink) {
    return usageError(io, COMPILEALL_USAGE, 'compileall.py', 'Hardlinking of duplicated bytecode makes sense only for more than one optimization level.');
  }
  if (opts.ddir !== undefined && (opts.stripdir !== undefined || opts.prependdir !== undefined)) {
    return usageError(io, COMPILEALL_USAGE, 'compileall.py', '-d cannot be used in combination with -s or -p');
  }
  let rx: RegExp | null = null;
  if (opts.rx) {
    try { rx = new RegExp(opts.rx as string, 'u'); } catch { rx = new RegExp(opts.rx as string); }
  }
  const dests = [...positional];
  if (opts.flist) {
    try {
      const text = opts.flist === '-' ? io.stdinLines().join('') : readFileSync(opts.flist as string, 'utf8');
      for (const line of text.split(/(?<=\n)/)) if (line !== '') dests.push(line.trim());
    } catch {
      if (quiet < 2) io.out(`Error reading file list ${opts.flist}\n`);
      return 1;
    }
  }
  const recursion = opts.recursion as number | undefined;
  const maxlevelsOpt = recursion !== undefined ? recursion : (opts.maxlevels as number | undefined);
  const base: CompileAllOptions = {
    maxlevels: maxlevelsOpt ?? RECURSION_LIMIT,
    force: opts.force === true,
    quiet,
    legacy: opts.legacy === true,
    ddir: null,
    stripdir: (opts.stripdir as string | undefined) ?? null,
    prependdir: (opts.prependdir as string | undefined) ?? null,
    rx,
    optimize: optLevels,
    invalidationMode: opts.invalidation as InvalidationMode | undefined,
  };
  const ddir = (opts.ddir as string | undefined) ?? null;
  let success = true;
  if (dests.length === 0) {
    // compile_path(): sys.path, skipping the current directory; Typhon's sys.path has nothing else to compile here
    if (quiet < 2) io.out('Skipping current directory\n');
    return 0;
  }
  for (const dest of dests) {
    if (isFile(dest)) {
      if (!compileFile(dest, { ...base, ddir }, io)) success = false;
    } else {
      // compile_dir turns ddir into stripdir=dir, prependdir=ddir
      const o = ddir !== null ? { ...base, stripdir: dest, prependdir: ddir } : base;
      if (!compileDir(dest, o, io)) success = false;
    }
  }
  return success ? 0 : 1;
}

// --- dis main -----------------------------------------------------------------------------------------------

/** `python -m dis [FILE]`: compile the file (stdin without one) and print dis.dis of its code. */
export function disMain(argv: readonly string[], io: Io = processIo): number {
  const usage = 'usage: dis.py [-h] [infile]\n';
  const positional = argv.filter((a) => a === '-' || !a.startsWith('-'));
  if (argv.includes('-h') || argv.includes('--help')) {
    io.out(usage + '\npositional arguments:\n  infile\n\noptions:\n  -h, --help  show this help message and exit\n');
    return 0;
  }
  const unknown = argv.filter((a) => a !== '-' && a.startsWith('-'));
  const infile = positional[0] ?? '-';
  let bytes: Uint8Array;
  let name = infile;
  try {
    // argparse's FileType opens the file as it consumes the argument, before complaining about extra ones
    if (infile === '-') { bytes = readFileSync(0); name = '<stdin>'; } else bytes = readFileSync(infile);
  } catch (e) {
    const err = osError(e, infile);
    return usageError(io, usage, 'dis.py', `argument infile: can't open ${strRepr(infile)}: ${err.text}`);
  }
  if (positional.length > 1 || unknown.length) {
    return usageError(io, usage, 'dis.py', `unrecognized arguments: ${[...positional.slice(1), ...unknown].join(' ')}`);
  }
  let code: CodeObject;
  try {
    code = compileBytes(bytes, name, 0, (message, lineno) => io.err(formatSyntaxWarning(name, lineno, message)));
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const text = e.lineno < 0 ? formatSyntaxErrorTb(e) : formatSyntaxError(e);
      io.err('Traceback (most recent call last):\n  File "<frozen dis>", line 1, in main\n' + text);
      return 1;
    }
    throw e;
  }
  io.out(disText(code));
  return 0;
}

/** The `-m` modules this file serves, for the command line's dispatch. */
export const compileToolModules: Record<string, (argv: readonly string[]) => number> = {
  py_compile: (argv) => pyCompileMain(argv),
  compileall: (argv) => compileallMain(argv),
  dis: (argv) => disMain(argv),
};
