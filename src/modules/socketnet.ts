// The interpreter's side of the network worker (socketworker.ts). Node has no synchronous sockets and a
// blocking socket call may sit deep in native code (recv_into under BufferedReader under http.client),
// where the host's event loop cannot turn: so real sockets live in a Worker with an event loop of its
// own, started on the first socket that needs the network (never at start-up), unref'd so it never keeps
// the process alive. Calls that need an answer wait for it with Atomics.wait on a shared cell and take
// it with receiveMessageOnPort (synckit's technique); the rest are posted and forgotten. The worker posts
// what happens to sockets on a second port and bumps the wake counter of vm/threads.ts: pump() drains
// that port only when the counter moved (one shared-memory read otherwise), so readiness checks are
// cheap, work nested anywhere, and a sleeping thread wakes when data arrives.
// The worker runs from the source text of netWorker (eval: true): nothing to locate on disk, the same
// from dist/typhon.cjs, dist/typhon-dev.cjs and dist/lib, and no cost before the first socket.
import { Worker, MessageChannel, MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import { netWorker } from './socketworker.js';
import { wakeCell } from '../vm/threads.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type NetEvent = any;

interface Link {
  worker: Worker;
  req: MessagePort;
  ev: MessagePort;
  ctl: Int32Array;
  wake: Int32Array;
  seen: number;
}

let link: Link | null = null;
let onEvent: (m: NetEvent) => void = () => {};

/** Where pump() delivers the worker's events (set once by _socket.ts). */
export function setEventHandler(f: (m: NetEvent) => void): void {
  onEvent = f;
}

function start(): Link {
  const reqCh = new MessageChannel();
  const evCh = new MessageChannel();
  const ctl = new Int32Array(new SharedArrayBuffer(4));
  const wake = wakeCell();
  const worker = new Worker(`(${netWorker.toString()})(require)`, {
    eval: true,
    workerData: { ctl, wake, req: reqCh.port2, ev: evCh.port2 },
    transferList: [reqCh.port2, evCh.port2],
    stdout: false,
    stderr: false,
  });
  worker.unref();
  link = { worker, req: reqCh.port1, ev: evCh.port1, ctl, wake, seen: Atomics.load(wake, 0) };
  process.once('exit', flushAtExit);
  return link;
}

/** Post a request that needs no answer. */
export function netPost(m: NetEvent): void {
  (link ?? start()).req.postMessage(m);
}

/** Send a request and wait for the worker's answer. */
export function netCall(m: NetEvent, timeoutMs = 60000): NetEvent {
  const l = link ?? start();
  Atomics.store(l.ctl, 0, 0);
  l.req.postMessage(m);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = receiveMessageOnPort(l.req);
    if (r !== undefined) return r.message;
    const left = end - Date.now();
    if (left <= 0) return { errno: 110 }; // ETIMEDOUT: the worker did not answer
    Atomics.wait(l.ctl, 0, 0, left);
    Atomics.store(l.ctl, 0, 0);
  }
}

/** Deliver the worker's events, if any arrived since the last call. */
export function pump(): void {
  const l = link;
  if (l === null) return;
  const c = Atomics.load(l.wake, 0);
  if (c === l.seen) return;
  l.seen = c;
  for (;;) {
    const r = receiveMessageOnPort(l.ev);
    if (r === undefined) return;
    onEvent(r.message);
  }
}

/** Whether the worker runs (sockets of the network exist or existed). */
export function netStarted(): boolean {
  return link !== null;
}

/** At exit, data handed to the worker still goes out (as the kernel sends what a process wrote before it ended). */
function flushAtExit(): void {
  if (link !== null) netCall({ op: 'flush' }, 2000);
}
