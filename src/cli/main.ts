// The `typhon` command line.
import { readFileSync } from 'node:fs';
import { parse } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
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
  try {
    const source = decodeSource(bytes, file);
    const tree = parse(source, file, 'exec', { byteOffsets: !declaresEncoding(bytes) });
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

/** Does the file start with a UTF-8 BOM or carry a PEP 263 coding declaration on line 1 or 2? */
function declaresEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').split(/\r\n|\r|\n/, 2);
  return head.some((line) => /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/.test(line));
}

process.exitCode = main(process.argv);
