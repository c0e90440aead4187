// Ending the process: process.exit(), once Typhon has flushed its files.
// Node's natural exit (its event loop empty) first runs every queued background task to its end: a TurboFan
// compile of the eval loop (~100 ms) is often queued or in flight when a short program ends. process.exit()
// drops the queued tasks and joins only a running one. Until 2026-11-28 Typhon ended through WASI's
// proc_exit (C exit(), no join at all), but only while V8's helper threads all slept (read from /proc:
// exit() under a running task races with static destructors, nodejs/node#25007, an occasional SIGSEGV),
// which is when process.exit() has nothing to wait for either; setting WASI up cost ~2 ms per run
// (`-c pass` 57.9 -> 55.7 ms wall, 41 interleaved runs; 160 corpus programs 1.3% faster; `import typing`
// and a program ending during a compile unchanged).

/** End the process now with `status` (0-255), running the 'exit' listeners first. */
export function exitProcess(status: number): never {
  process.exitCode = status;
  process.exit(status);
}
