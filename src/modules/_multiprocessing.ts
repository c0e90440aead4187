// The _multiprocessing module (Modules/_multiprocessing/multiprocessing.c) of a build without POSIX named
// semaphores (HAVE_SEM_OPEN unset, as CPython's WASI and Emscripten builds): no SemLock, no sem_unlink, empty
// flags. Node gives no sem_open, and Typhon's processes cannot fork. With this module multiprocessing.connection
// imports, and multiprocessing.synchronize fails with CPython's "This platform lacks a functioning sem_open
// implementation": ProcessPoolExecutor raises NotImplementedError and compileall -j compiles in one process,
// as on those builds.
import { PyDict, PyModule, None } from '../objects/object.js';

export function makeMultiprocessingModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_multiprocessing', d);
  d.setStr('__doc__', None);
  d.setStr('flags', new PyDict());
  return m;
}
