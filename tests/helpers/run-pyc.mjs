// Runs the CPython-compiled .pyc of a corpus program under Typhon, as `typhon prog.pyc` would, except
// that __file__ and sys.argv[0] name the .py the program was recorded with (programs that read
// their own source would otherwise differ for that reason alone).
// Usage (cwd = the program's folder): TYPHON_PYC_DIR=DIR node run-pyc.mjs prog.py
// (the pyc is DIR/<area>__<name>.pyc).
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareFile } from '../../dist/lib/vm/interp.js';
import { Execution } from '../../dist/lib/vm/execution.js';

const programs = join(dirname(fileURLToPath(import.meta.url)), '..', 'programs');
const name = process.argv[2];
const source = join(process.cwd(), name);
const rel = relative(programs, source).split('\\').join('/');
const pyc = join(process.env.TYPHON_PYC_DIR, rel.replace(/\//g, '__').replace(/\.py$/, '.pyc'));
const main = prepareFile(pyc, [name, ...process.argv.slice(3)]);
if (typeof main === 'number') process.exitCode = main;
else {
  main.globals.setStr('__file__', source);
  const ex = new Execution(main.code, main.globals);
  ex.runSlice(Number.MAX_SAFE_INTEGER);
  process.exitCode = ex.exitStatus;
}
