// The `typhon` command: `typhon [option] ... [-c cmd | -m mod | file | -] [arg] ...`, as CPython 3.11's
// `python3` (src/cli/args.ts parses, src/cli/run.ts runs). Also `--dump-ast FILE`.
import { readFileSync, writeSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { parseFile } from '../parser/parser.js';
import { dump } from '../parser/dump.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { uncaught } from '../vm/interp.js';
import { exitProcess } from '../vm/exit.js';
import { flushStdout, flushStdFiles } from '../modules/sys.js';
import { fsDecode, procStrings } from '../modules/posix.js';
import { parseCommandLine, workingDir } from './args.js';
import { runCli } from './run.js';

function write(fd: number, s: string): void {
  if (s === '') return;
  const b = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off, b.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return;
    }
  }
}

function dumpAst(file: string | undefined): number {
  if (file === undefined) {
    write(2, 'usage: typhon --dump-ast FILE\n');
    return 2;
  }
  // CPython names the script by joining the cwd and the argument as given (no normalising of '..').
  const filename = isAbsolute(file) ? file : workingDir() + '/' + file;
  try {
    const tree = parseFile(readFileSync(file), filename, 'exec');
    write(1, dump(tree) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      write(2, formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--dump-ast') return dumpAst(args[1]);
  const cfg = parseCommandLine(args, process.env, workingDir(), process.argv[1]);
  if ('exit' in cfg) {
    write(1, cfg.stdout);
    write(2, cfg.stderr);
    return cfg.exit;
  }
  return runCli(cfg);
}

function finish(status: number): void {
  if (!flushStdFiles()) status = 120;
  if (uncaught.interrupt) {
    // As CPython: an uncaught KeyboardInterrupt ends the process by SIGINT itself (status 130 in a shell).
    process.removeAllListeners('SIGINT');
    process.kill(process.pid, 'SIGINT');
    return;
  }
  exitProcess(status);
}

/**
 * The command line's arguments as CPython decodes them: UTF-8, with the bytes that are not UTF-8 as lone
 * surrogates (surrogateescape). Node has put U+FFFD in their place; the bytes are read back from
 * /proc/self/cmdline, which the arguments end.
 */
function commandLineArgs(): string[] {
  const args = process.argv.slice(2);
  if (!args.some((a) => a.includes('\ufffd'))) return args;
  const parts = procStrings('/proc/self/cmdline');
  if (parts.length < args.length) return args;
  const tail = parts.slice(parts.length - args.length);
  return args.map((a, i) => (a.includes('\ufffd') ? fsDecode(tail[i]) : a));
}

main(commandLineArgs()).then(finish, (e) => {
  try {
    flushStdout();
  } catch {
    /* ignore */
  }
  throw e;
});
