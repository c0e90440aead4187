// The `typhon` command line.
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { parseFile } from '../parser/parser.js';
import { dump } from '../parser/dump.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';
import { runFile } from '../vm/interp.js';
import { compileToolModules } from './compile_tools.js';

function main(argv: string[]): number {
  const args = argv.slice(2);
  // -m py_compile / compileall / dis: the compiler's own command lines (src/cli/compile_tools.ts)
  if (args[0] === '-m' && Object.hasOwn(compileToolModules, args[1] ?? '')) return compileToolModules[args[1]](args.slice(2));
  if (args[0] === '--dump-ast') {
    const file = args[1];
    if (file === undefined) {
      process.stderr.write('usage: typhon [--dump-ast] FILE\n');
      return 2;
    }
    // CPython names the script by joining the cwd and the argument as given (no normalising of '..').
    const filename = isAbsolute(file) ? file : process.cwd() + '/' + file;
    try {
      const tree = parseFile(readFileSync(file), filename, 'exec');
      process.stdout.write(dump(tree) + '\n');
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) {
        process.stderr.write(formatSyntaxError(e));
        return 1;
      }
      throw e;
    }
  }
  const file = args[0];
  if (file === undefined) {
    process.stderr.write('usage: typhon [--dump-ast] FILE [ARG...]\n');
    return 2;
  }
  try {
    return runFile(file, args);
  } catch (e) {
    if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`typhon: can't open file '${file}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv);
