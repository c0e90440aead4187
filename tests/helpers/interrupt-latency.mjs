// Runs PROGRAM in slices (as a browser host would), requests an interrupt DELAY ms after start, and
// writes to file descriptor 3 how many ms passed between the request and the program's end.
// Usage: node interrupt-latency.mjs PROGRAM DELAY
import { writeSync } from 'node:fs';
import { Execution } from '../../dist/lib/vm/execution.js';

const [file, delay] = process.argv.slice(2);
const ex = Execution.fromFile(file, [file]);
if (typeof ex === 'number') process.exit(ex);
let requestedAt = -1;
setTimeout(() => {
  requestedAt = performance.now();
  ex.interrupt();
}, Number(delay));
while (ex.runSlice(1000) === 'paused') await new Promise((resolve) => setImmediate(resolve));
const latency = requestedAt < 0 ? -1 : performance.now() - requestedAt;
writeSync(3, `${latency.toFixed(2)}\n`);
process.exitCode = ex.exitStatus;
