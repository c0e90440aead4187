// The `typhon` command line.
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { parseFile } from '../parser/parser.js';
import { dump } from '../parser/dump.js';
import { PySyntaxError, formatSyntaxError } from '../parser/errors.js';

function main(argv: string[]): number {
  const args = argv.slice(2);
  let dumpAst = false;
  if (args[0] === '--dump-ast') {
    dumpAst = true;
    args.shift();
  }
  const file = args[0];
  if (file === undefined) {
    process.stderr.write('usage: typhon [--dump-ast] FILE\n');
    return 2;
  }
  const bytes = readFileSync(file);
  // CPython names the script by joining the cwd and the argument as given (no normalising of '..').
  const filename = isAbsolute(file) ? file : process.cwd() + '/' + file;
  try {
    const tree = parseFile(bytes, filename, 'exec');
    if (dumpAst) process.stdout.write(dump(tree) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv);
