// The _posixsubprocess module (Modules/_posixsubprocess.c): subprocess.py imports fork_exec at import
// time, and asyncio imports subprocess. Typhon cannot fork (Node has no fork, and a synchronous VM no
// way to watch a child), so fork_exec exists only to fail with OSError(ENOSYS), which Popen reports
// as it would any failure to start the child.
import { PyDict, PyModule, PyBuiltin, PyValue } from '../objects/object.js';
import { PyException, OSError } from '../objects/exceptions.js';
import { call } from '../objects/abstract.js';
import { strerror } from './errno.js';

export function makePosixSubprocessModule(): PyModule {
  const d = new PyDict();
  const m = new PyModule('_posixsubprocess', d);
  d.setStr('fork_exec', new PyBuiltin('fork_exec', (): PyValue => {
    throw new PyException(call(OSError, [38, strerror(38)]) as never);
  }, m));
  return m;
}
