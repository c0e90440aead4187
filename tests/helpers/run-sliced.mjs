// Runs a Python program the way bin/typhon does, but in slices of BUDGET instructions with the JS
// stack unwound and the event loop turned between slices (as a browser host would), to check that
// pausing and resuming changes nothing. Usage: node run-sliced.mjs [--budget N] PROGRAM [ARG...]
// Writes the number of pauses to file descriptor 3 when it is open.
import { writeSync } from 'node:fs';
import { Execution } from '../../dist/lib/vm/execution.js';

const args = process.argv.slice(2);
// sys.executable is process.argv[1]: make it the launcher, so that programs starting sys.executable
// children (tests/programs/subprocess) run Typhon, not this script.
process.argv[1] = new URL('../../bin/typhon', import.meta.url).pathname;
let budget = 300;
if (args[0] === '--budget') {
  budget = Number(args[1]);
  args.splice(0, 2);
}
const ex = Execution.fromFile(args[0], args);
let pauses = 0;
if (typeof ex === 'number') process.exitCode = ex;
else {
  while (ex.runSlice(budget) === 'paused') {
    pauses++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  process.exitCode = ex.exitStatus;
}
try {
  writeSync(3, `${pauses}\n`);
} catch {
  /* fd 3 not open */
}
