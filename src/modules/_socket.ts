// The _socket module (Modules/socketmodule.c). Sockets made by socket() are real: TCP, UDP and AF_UNIX
// stream sockets over IPv4/IPv6, run by Node's net/dgram in the network worker (socketnet.ts, started on
// the first socket that needs it); a blocking call blocks its green thread until the worker reports a
// change (waitFor), a non-blocking one raises EAGAIN/EINPROGRESS, a timeout raises TimeoutError('timed
// out'), errors are CPython's OSError subclasses with Linux errnos. socketpair() gives two connected
// in-memory endpoints (what asyncio's self-pipe needs). Every socket's descriptor is a real number,
// reserved by opening /dev/null, so it never collides with files opened later. Host names are resolved
// by the worker (getaddrinfo, as Node's dns.lookup); numeric addresses here. select.ts asks
// endpointReady() about readiness; _io.ts reads socket files through socketIoHooks.
import { openSync, closeSync, fstatSync } from 'node:fs';
import { hostname } from 'node:os';
import {
  PyObject, PyValue, PyType, PyDict, PyModule, PyBuiltin, PyTuple, PyList, PyFloat, PyBytesObj, PyByteArray, None,
  typeType, objectType, TF_BASETYPE, TF_HEAPTYPE, defineMethods, defineGetters, typeOf,
} from '../objects/object.js';
import {
  PyException, typeError, valueError, raise, OverflowError, OSError, exceptionTypes, RuntimeError,
} from '../objects/exceptions.js';
import { call, index, toFloat, truthy, repr } from '../objects/abstract.js';
import { typeNew, initHeapLayout } from '../objects/typeobject.js';
import { needBytes, getBuffer, writableBuffer } from '../objects/bytes.js';
import { clinicArgs, strSubValue } from './args.js';
import { raiseErrno } from './errno.js';
import { block, deadlineIn, threadCount, waitExpired } from '../vm/threads.js';
import { socketIoHooks } from './_io.js';
import { getAttr, setAttr } from '../objects/abstract.js';
import { pump, netPost, netCall, setEventHandler, NetEvent } from './socketnet.js';
import { warn } from './_warnings.js';
import { writeUnraisable } from './sys.js';
import { toPyExc } from '../vm/ceval.js';
import { exitFinalizers } from '../vm/finalize.js';
import { audit } from '../vm/audit.js';
import { encodeText } from './_codecs.js';

// Linux x86-64 values, as CPython 3.11's _socket exposes them.
const CONSTANTS: [string, number][] = [
  ['AF_ALG', 38], ['AF_APPLETALK', 5], ['AF_ASH', 18], ['AF_ATMPVC', 8], ['AF_ATMSVC', 20], ['AF_AX25', 3], ['AF_BRIDGE', 7],
  ['AF_CAN', 29], ['AF_DECnet', 12], ['AF_ECONET', 19], ['AF_INET', 2], ['AF_INET6', 10], ['AF_IPX', 4], ['AF_IRDA', 23],
  ['AF_KEY', 15], ['AF_LLC', 26], ['AF_NETBEUI', 13], ['AF_NETLINK', 16], ['AF_NETROM', 6], ['AF_PACKET', 17],
  ['AF_PPPOX', 24], ['AF_QIPCRTR', 42], ['AF_RDS', 21], ['AF_ROSE', 11], ['AF_ROUTE', 16], ['AF_SECURITY', 14],
  ['AF_SNA', 22], ['AF_TIPC', 30], ['AF_UNIX', 1], ['AF_UNSPEC', 0], ['AF_VSOCK', 40], ['AF_WANPIPE', 25], ['AF_X25', 9],
  ['AI_ADDRCONFIG', 32], ['AI_ALL', 16], ['AI_CANONNAME', 2], ['AI_NUMERICHOST', 4], ['AI_NUMERICSERV', 1024],
  ['AI_PASSIVE', 1], ['AI_V4MAPPED', 8],
  ['EAI_ADDRFAMILY', -9], ['EAI_AGAIN', -3], ['EAI_BADFLAGS', -1], ['EAI_FAIL', -4], ['EAI_FAMILY', -6], ['EAI_MEMORY', -10],
  ['EAI_NODATA', -5], ['EAI_NONAME', -2], ['EAI_OVERFLOW', -12], ['EAI_SERVICE', -8], ['EAI_SOCKTYPE', -7], ['EAI_SYSTEM', -11],
  ['INADDR_ALLHOSTS_GROUP', 3758096385], ['INADDR_ANY', 0], ['INADDR_BROADCAST', 4294967295], ['INADDR_LOOPBACK', 2130706433],
  ['INADDR_MAX_LOCAL_GROUP', 3758096639], ['INADDR_NONE', 4294967295], ['INADDR_UNSPEC_GROUP', 3758096384],
  ['IPPORT_RESERVED', 1024], ['IPPORT_USERRESERVED', 5000],
  ['IPPROTO_AH', 51], ['IPPROTO_DSTOPTS', 60], ['IPPROTO_EGP', 8], ['IPPROTO_ESP', 50], ['IPPROTO_FRAGMENT', 44],
  ['IPPROTO_GRE', 47], ['IPPROTO_HOPOPTS', 0], ['IPPROTO_ICMP', 1], ['IPPROTO_ICMPV6', 58], ['IPPROTO_IDP', 22],
  ['IPPROTO_IGMP', 2], ['IPPROTO_IP', 0], ['IPPROTO_IPIP', 4], ['IPPROTO_IPV6', 41], ['IPPROTO_MPTCP', 262],
  ['IPPROTO_NONE', 59], ['IPPROTO_PIM', 103], ['IPPROTO_PUP', 12], ['IPPROTO_RAW', 255], ['IPPROTO_ROUTING', 43],
  ['IPPROTO_RSVP', 46], ['IPPROTO_SCTP', 132], ['IPPROTO_TCP', 6], ['IPPROTO_TP', 29], ['IPPROTO_UDP', 17],
  ['IPPROTO_UDPLITE', 136],
  ['IPV6_CHECKSUM', 7], ['IPV6_DONTFRAG', 62], ['IPV6_DSTOPTS', 59], ['IPV6_HOPLIMIT', 52], ['IPV6_HOPOPTS', 54],
  ['IPV6_JOIN_GROUP', 20], ['IPV6_LEAVE_GROUP', 21], ['IPV6_MULTICAST_HOPS', 18], ['IPV6_MULTICAST_IF', 17],
  ['IPV6_MULTICAST_LOOP', 19], ['IPV6_NEXTHOP', 9], ['IPV6_PATHMTU', 61], ['IPV6_PKTINFO', 50], ['IPV6_RECVDSTOPTS', 58],
  ['IPV6_RECVHOPLIMIT', 51], ['IPV6_RECVHOPOPTS', 53], ['IPV6_RECVPATHMTU', 60], ['IPV6_RECVPKTINFO', 49],
  ['IPV6_RECVRTHDR', 56], ['IPV6_RECVTCLASS', 66], ['IPV6_RTHDR', 57], ['IPV6_RTHDRDSTOPTS', 55], ['IPV6_RTHDR_TYPE_0', 0],
  ['IPV6_TCLASS', 67], ['IPV6_UNICAST_HOPS', 16], ['IPV6_V6ONLY', 26],
  ['IP_ADD_MEMBERSHIP', 35], ['IP_BIND_ADDRESS_NO_PORT', 24], ['IP_DEFAULT_MULTICAST_LOOP', 1], ['IP_DEFAULT_MULTICAST_TTL', 1],
  ['IP_DROP_MEMBERSHIP', 36], ['IP_HDRINCL', 3], ['IP_MAX_MEMBERSHIPS', 20], ['IP_MULTICAST_IF', 32],
  ['IP_MULTICAST_LOOP', 34], ['IP_MULTICAST_TTL', 33], ['IP_OPTIONS', 4], ['IP_RECVOPTS', 6], ['IP_RECVRETOPTS', 7],
  ['IP_RECVTOS', 13], ['IP_RETOPTS', 7], ['IP_TOS', 1], ['IP_TRANSPARENT', 19], ['IP_TTL', 2],
  ['MSG_CMSG_CLOEXEC', 1073741824], ['MSG_CONFIRM', 2048], ['MSG_CTRUNC', 8], ['MSG_DONTROUTE', 4], ['MSG_DONTWAIT', 64],
  ['MSG_EOR', 128], ['MSG_ERRQUEUE', 8192], ['MSG_FASTOPEN', 536870912], ['MSG_MORE', 32768], ['MSG_NOSIGNAL', 16384],
  ['MSG_OOB', 1], ['MSG_PEEK', 2], ['MSG_TRUNC', 32], ['MSG_WAITALL', 256],
  ['NI_DGRAM', 16], ['NI_MAXHOST', 1025], ['NI_MAXSERV', 32], ['NI_NAMEREQD', 8], ['NI_NOFQDN', 4], ['NI_NUMERICHOST', 1],
  ['NI_NUMERICSERV', 2],
  ['SCM_CREDENTIALS', 2], ['SCM_RIGHTS', 1], ['SHUT_RD', 0], ['SHUT_RDWR', 2], ['SHUT_WR', 1],
  ['SOCK_CLOEXEC', 524288], ['SOCK_DGRAM', 2], ['SOCK_NONBLOCK', 2048], ['SOCK_RAW', 3], ['SOCK_RDM', 4],
  ['SOCK_SEQPACKET', 5], ['SOCK_STREAM', 1],
  ['SOL_IP', 0], ['SOL_SOCKET', 1], ['SOL_TCP', 6], ['SOL_UDP', 17], ['SOMAXCONN', 4096],
  ['SO_ACCEPTCONN', 30], ['SO_BINDTODEVICE', 25], ['SO_BROADCAST', 6], ['SO_DEBUG', 1], ['SO_DOMAIN', 39],
  ['SO_DONTROUTE', 5], ['SO_ERROR', 4], ['SO_INCOMING_CPU', 49], ['SO_KEEPALIVE', 9], ['SO_LINGER', 13], ['SO_MARK', 36],
  ['SO_OOBINLINE', 10], ['SO_PASSCRED', 16], ['SO_PASSSEC', 34], ['SO_PEERCRED', 17], ['SO_PEERSEC', 31],
  ['SO_PRIORITY', 12], ['SO_PROTOCOL', 38], ['SO_RCVBUF', 8], ['SO_RCVLOWAT', 18], ['SO_RCVTIMEO', 20],
  ['SO_REUSEADDR', 2], ['SO_REUSEPORT', 15], ['SO_SNDBUF', 7], ['SO_SNDLOWAT', 19], ['SO_SNDTIMEO', 21], ['SO_TYPE', 3],
  ['TCP_CONGESTION', 13], ['TCP_CORK', 3], ['TCP_DEFER_ACCEPT', 9], ['TCP_FASTOPEN', 23], ['TCP_INFO', 11],
  ['TCP_KEEPCNT', 6], ['TCP_KEEPIDLE', 4], ['TCP_KEEPINTVL', 5], ['TCP_LINGER2', 8], ['TCP_MAXSEG', 2], ['TCP_NODELAY', 1],
  ['TCP_NOTSENT_LOWAT', 25], ['TCP_QUICKACK', 12], ['TCP_SYNCNT', 7], ['TCP_USER_TIMEOUT', 18], ['TCP_WINDOW_CLAMP', 10],
];

const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOCK_RAW = 3;
const SOCK_SEQPACKET = 5;
const SOCK_NONBLOCK = 2048;
const SOCK_CLOEXEC = 524288;
const MSG_PEEK = 2;
const MSG_DONTWAIT = 64;
const EBADF = 9;
const EAGAIN = 11;
const EINVAL = 22;
const EPIPE = 32;
const ENOSYS = 38;
const ENOTSOCK = 88;
const EOPNOTSUPP = 95;
const ECONNRESET = 104;
const ENOTCONN = 107;
const EDESTADDRREQ = 89;
const EISCONN = 106;
const EALREADY = 114;
const EINPROGRESS = 115;
const SO_ERROR = 4;
/** Bytes a socketpair endpoint holds unread before a send would block (measured: 93,000 on Linux). */
const PAIR_CAPACITY = 93000;
/** SO_SNDBUF/SO_RCVBUF as Linux reports them. */
const BUF_SIZE = 212992;

// ---------------------------------------------------------------------------
// Endpoints: what a descriptor refers to, shared by every socket object wrapping it.

export class Endpoint {
  /** The first descriptor (socketpair's); dup() adds others. */
  declare fd: number;
  /** Descriptors open on it: the endpoint closes (its peer sees EOF) with the last. */
  declare refs: number;
  declare family: number;
  declare type: number;
  declare proto: number;
  declare peer: Endpoint | null;
  /** Data received and not yet read: chunks (messages, for datagram pairs). */
  declare chunks: Uint8Array[];
  declare pending: number;
  /** The peer closed or shut down writing: reads past the data return b''. */
  declare eof: boolean;
  /** The peer closed with data of ours unread: the next recv raises ECONNRESET. */
  declare reset: boolean;
  declare shutRd: boolean;
  declare shutWr: boolean;
  declare closed: boolean;
  /** Options set with setsockopt (level << 16 | name -> int value), for getsockopt. */
  declare opts: Map<number, number> | null;
  /** The descriptor's O_NONBLOCK: a socket with a timeout (0 or more) has it, as internal_setblocking sets it. */
  declare nonblocking: boolean;
  constructor(fd: number, family: number, type: number, proto: number) {
    this.fd = fd;
    this.refs = 1;
    this.family = family;
    this.type = type;
    this.proto = proto;
    this.peer = null;
    this.chunks = [];
    this.pending = 0;
    this.eof = false;
    this.reset = false;
    this.shutRd = false;
    this.shutWr = false;
    this.closed = false;
    this.opts = null;
    this.nonblocking = false;
  }
}

// States of a socket of the network.
const NS_NEW = 0;
/** A stream socket bound: the worker listens already (Node binds only by listening), accepts wait for listen(). */
const NS_BOUND = 1;
const NS_LISTEN = 2;
const NS_CONNECTING = 3;
const NS_CONNECTED = 4;
/** A connect failed (soError says why). */
const NS_FAILED = 5;
/** A datagram socket bound (explicitly, or by its first sendto/connect). */
const NS_UDP = 6;

/** A socket of the network: its Node counterpart lives in the worker (socketnet.ts), known by `id`. */
class NetEndpoint extends Endpoint {
  declare id: number;
  declare state: number;
  declare local: PyValue | null;
  declare remote: PyValue | null;
  /** Connections accepted by the worker, not yet by the program. */
  declare acceptQ: NetEndpoint[];
  /** An error the next recv/send raises (ECONNRESET...). */
  declare err: number;
  /** What getsockopt(SO_ERROR) reports (a failed non-blocking connect). */
  declare soError: number;
  /** Bytes handed to the worker and not yet written by it: send blocks past SEND_CAPACITY. */
  declare outstanding: number;
  /** Bytes read since the worker was last told (it stops reading a socket whose data piles up here). */
  declare unacked: number;
  /** Sender of each datagram in chunks. */
  declare froms: PyValue[];
  /** Bumped by every event of the worker about this socket: what blocked calls wait for. */
  declare ver: number;
  /** Set by a write error: writing fails with EPIPE from then on. */
  declare broken: boolean;
  constructor(fd: number, family: number, type: number, proto: number, id: number) {
    super(fd, family, type, proto);
    this.id = id;
    this.state = NS_NEW;
    this.local = null;
    this.remote = null;
    this.acceptQ = [];
    this.err = 0;
    this.soError = 0;
    this.outstanding = 0;
    this.unacked = 0;
    this.froms = [];
    this.ver = 0;
    this.broken = false;
  }
}

/** Bytes a socket may have handed to the worker unwritten before send() blocks. */
const SEND_CAPACITY = 262144;
/** Bytes read before the worker hears of it (so it can resume reading a socket it paused). */
const ACK_EVERY = 262144;
let nextNetId = 1;
const netById = new Map<number, NetEndpoint>();
/** Bumped by every change of an in-memory pair: what a thread blocked on one waits for. */
let pairVer = 0;

function netAddr(family: number, a: { host: string; port: number } | null, path: PyValue): PyValue {
  if (family === AF_UNIX) return path;
  if (a === null) return family === AF_INET6 ? new PyTuple(['::', 0, 0, 0]) : new PyTuple(['0.0.0.0', 0]);
  return family === AF_INET6 ? new PyTuple([a.host, a.port, 0, 0]) : new PyTuple([a.host, a.port]);
}

/** Apply an event of the worker (socketnet.ts pump()). */
function onNetEvent(m: NetEvent): void {
  const ep = netById.get(m.id);
  if (ep === undefined) return; // closed meanwhile
  ep.ver++;
  switch (m.t) {
    case 'data':
      ep.chunks.push(m.data);
      ep.pending += m.data.length;
      break;
    case 'msg':
      ep.chunks.push(m.data);
      ep.pending += m.data.length;
      ep.froms.push(netAddr(ep.family, m.from, ''));
      break;
    case 'end':
      ep.eof = true;
      break;
    case 'drain':
      ep.outstanding -= m.n;
      break;
    case 'connected':
      ep.state = NS_CONNECTED;
      ep.local = netAddr(ep.family, m.local, '');
      if (ep.family !== AF_UNIX) ep.remote = netAddr(ep.family, m.remote, '');
      break;
    case 'err':
      if (ep.state === NS_CONNECTING) {
        ep.state = NS_FAILED;
        ep.soError = m.errno;
      } else {
        ep.err = m.errno;
        ep.eof = true;
        ep.broken = true;
      }
      break;
    case 'conn': {
      const c = new NetEndpoint(-1, ep.family, ep.type, ep.proto, m.nid);
      c.state = NS_CONNECTED;
      c.local = ep.family === AF_UNIX ? ep.local : netAddr(ep.family, m.local, '');
      c.remote = netAddr(ep.family, m.remote, '');
      netById.set(m.nid, c);
      ep.acceptQ.push(c);
      break;
    }
  }
}

const endpoints = new Map<number, Endpoint>();

/** A fresh descriptor number: /dev/null opened, so the number stays ours until the socket closes. */
function reserveFd(): number {
  try {
    return openSync('/dev/null', 'r');
  } catch {
    return raiseErrno(24);
  }
}

/** Close descriptor `fd` of `ep`; the last one closes the endpoint. */
function closeEndpointFd(ep: Endpoint, fd: number): void {
  endpoints.delete(fd);
  try {
    closeSync(fd);
  } catch {
    // Closed behind our back (os.close): nothing left to release.
  }
  if (--ep.refs > 0 || ep.closed) return;
  ep.closed = true;
  pairVer++;
  if (ep instanceof NetEndpoint) {
    closeNet(ep);
    return;
  }
  const peer = ep.peer;
  if (peer !== null) {
    peer.eof = true;
    if (ep.pending > 0 && !peer.closed) peer.reset = true;
  }
  ep.chunks = [];
  ep.pending = 0;
}

function closeNet(ep: NetEndpoint): void {
  netById.delete(ep.id);
  for (const c of ep.acceptQ) {
    netById.delete(c.id);
    netPost({ op: 'close', id: c.id });
  }
  ep.acceptQ = [];
  // A listening AF_UNIX socket's file must be back in place when close() returns (see the worker's close).
  if (ep.state === NS_LISTEN && ep.family === AF_UNIX) netCall({ op: 'close', id: ep.id, wait: true });
  else if (ep.state !== NS_NEW) netPost({ op: 'close', id: ep.id });
  ep.chunks = [];
  ep.pending = 0;
}

/** os.get_blocking of a socket's descriptor, or undefined when `fd` is not a socket's. */
export function socketBlocking(fd: number): boolean | undefined {
  const ep = endpoints.get(fd);
  return ep === undefined ? undefined : !ep.nonblocking;
}

/** os.set_blocking of a socket's descriptor (its socket objects keep their timeouts); false when `fd` is not one. */
export function setSocketBlocking(fd: number, blocking: boolean): boolean {
  const ep = endpoints.get(fd);
  if (ep === undefined) return false;
  ep.nonblocking = !blocking;
  return true;
}

/**
 * A signal's byte for the wakeup descriptor (signal.set_wakeup_fd) when it is a socket, as a non-blocking
 * send: false when it would block (the buffer is full) or fails; undefined when `fd` is not a socket's.
 */
export function wakeupSend(fd: number, data: Uint8Array): boolean | undefined {
  const ep = endpoints.get(fd);
  if (ep === undefined) return undefined;
  try {
    return sendSome(ep, data) !== undefined;
  } catch {
    return false;
  }
}

/** Readiness of a socket for select/poll, or undefined when `fd` is not one. `external`: the network's. */
export function endpointReady(fd: number): { readable: boolean; writable: boolean; hup: boolean; external: boolean } | undefined {
  const ep = endpoints.get(fd);
  if (ep === undefined) return undefined;
  if (ep instanceof NetEndpoint) {
    pump();
    switch (ep.state) {
      case NS_NEW:
        // Linux polls a fresh stream socket as writable and hung up.
        return { readable: false, writable: true, hup: ep.type === SOCK_STREAM, external: true };
      case NS_BOUND:
        return { readable: false, writable: false, hup: false, external: true };
      case NS_LISTEN:
        return { readable: ep.acceptQ.length > 0, writable: false, hup: false, external: true };
      case NS_CONNECTING:
        return { readable: false, writable: false, hup: false, external: true };
      case NS_FAILED:
        return { readable: true, writable: true, hup: true, external: true };
      case NS_UDP:
        return { readable: ep.pending > 0 || ep.froms.length > 0, writable: true, hup: false, external: true };
    }
    const readable = ep.pending > 0 || ep.eof || ep.err !== 0 || ep.shutRd;
    return { readable, writable: ep.outstanding < SEND_CAPACITY || ep.broken || ep.shutWr, hup: ep.eof && ep.shutWr, external: true };
  }
  const readable = ep.pending > 0 || ep.eof || ep.reset || ep.shutRd;
  const peer = ep.peer;
  const writable = peer === null || peer.closed || ep.shutWr || peer.pending < PAIR_CAPACITY;
  return { readable, writable, hup: peer !== null && peer.closed, external: false };
}

// ---------------------------------------------------------------------------
// Errors


let gaierrorType: PyType;
let herrorType: PyType;

function gaierror(n: number, msg: string): never {
  throw new PyException(call(gaierrorType, [n, msg]) as never);
}

function timeoutError(): never {
  throw new PyException(call(exceptionTypes.get('TimeoutError')!, ['timed out']) as never);
}

// ---------------------------------------------------------------------------
// The socket type

const socketType = new PyType(typeType, 'socket', [objectType], TF_BASETYPE);
socketType.mro = [socketType, objectType];
socketType.tdict.set('__module__', '_socket');

/** The default timeout of new sockets: -1 = None (blocking). */
let defaultTimeout = -1;

class PySocket extends PyObject {
  declare fd: number;
  declare family: number;
  declare type: number;
  declare proto: number;
  /** Seconds; -1 = blocking without timeout, 0 = non-blocking. */
  declare timeout: number;
  declare slots: (PyValue | null)[] | null;
  constructor(cls: PyType) {
    super(cls);
    // zero until __init__, as sock_new leaves them (the socket.__new__ audit event shows them so)
    this.fd = -1;
    this.family = 0;
    this.type = 0;
    this.proto = 0;
    this.timeout = defaultTimeout;
    this.slots = null;
  }
}

const S = (v: PyValue): PySocket => {
  if (!(v instanceof PySocket)) typeError(`descriptor requires a '_socket.socket' object but received a '${typeOf(v).name}'`);
  return v;
};

function endpointOf(s: PySocket): Endpoint {
  const ep = s.fd < 0 ? undefined : endpoints.get(s.fd);
  if (ep === undefined) raiseErrno(EBADF);
  return ep;
}


function intArg(v: PyValue): number {
  if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const n = index(v);
  if (n > 2147483647 || n < -2147483648) raise(OverflowError, 'signed integer is greater than maximum');
  return Number(n);
}

/** A timeout argument: None = -1, else a non-negative number of seconds. */
function timeoutArg(v: PyValue): number {
  if (v === None) return -1;
  const t = toFloat(v);
  if (Number.isNaN(t)) valueError('Invalid value NaN (not a number)');
  if (t < 0) valueError('Timeout value out of range');
  return t;
}

let waitCell: Int32Array | null = null;
/** Sleep the thread (no other thread can fill the buffer meanwhile): time.sleep's way. */
function waitSeconds(secs: number): void {
  if (waitCell === null) waitCell = new Int32Array(new SharedArrayBuffer(4));
  const end = Date.now() + secs * 1000;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) return;
    Atomics.wait(waitCell, 0, 0, left);
  }
}

/** Blocking on data only this thread could provide: wait out the timeout, or report the deadlock. */
function wouldBlock(s: PySocket, flags: number): never {
  if (s.timeout === 0 || (flags & MSG_DONTWAIT) !== 0) raiseErrno(EAGAIN);
  if (s.timeout > 0) {
    waitSeconds(s.timeout);
    timeoutError();
  }
  raise(RuntimeError, 'deadlock: a blocking socket operation that only this thread could complete');
}

/**
 * Complete `attempt` (undefined: it would block), waiting as the socket's timeout says: non-blocking
 * raises EAGAIN; else the thread blocks (other threads run) until the socket changes, then tries again.
 * A socket of the network waits for the worker; an in-memory pair alone in its thread cannot change.
 */
function waitFor(s: PySocket, ep: Endpoint, flags: number, attempt: () => PyValue | undefined): PyValue {
  const r = attempt();
  if (r !== undefined) return r;
  if (s.timeout === 0 || (flags & MSG_DONTWAIT) !== 0) raiseErrno(EAGAIN);
  // A restarted read (threads.ts restartable) whose wait timed out.
  if (waitExpired()) timeoutError();
  const deadline = deadlineIn(s.timeout);
  if (ep instanceof NetEndpoint) {
    let seen = ep.ver;
    return block({
      ready: () => {
        pump();
        return ep.ver !== seen || ep.closed;
      },
      deadline,
      external: true,
      finish: () => {
        seen = ep.ver;
        const v = attempt();
        if (v !== undefined) return v;
        if (performance.now() >= deadline) timeoutError();
        return undefined;
      },
    });
  }
  if (threadCount() === 1) wouldBlock(s, flags);
  let seen = pairVer;
  return block({
    ready: () => pairVer !== seen,
    deadline,
    finish: () => {
      seen = pairVer;
      const v = attempt();
      if (v !== undefined) return v;
      if (performance.now() >= deadline) timeoutError();
      return undefined;
    },
  });
}

/** Take up to `n` bytes (a message, for datagrams) from what `ep` received. */
function takeBytes(ep: Endpoint, n: number, flags: number): Uint8Array {
  const peek = (flags & MSG_PEEK) !== 0;
  if (ep.type !== SOCK_STREAM) {
    // One message per call, truncated to the buffer.
    const msg = ep.chunks[0];
    if (!peek) {
      ep.chunks.shift();
      ep.pending -= msg.length;
    }
    return msg.slice(0, n);
  }
  const take = Math.min(n, ep.pending);
  const out = new Uint8Array(take);
  let got = 0;
  let i = 0;
  while (got < take) {
    const c = ep.chunks[i];
    const k = Math.min(c.length, take - got);
    out.set(c.subarray(0, k), got);
    got += k;
    if (peek) i++;
    else if (k === c.length) ep.chunks.shift();
    else ep.chunks[0] = c.subarray(k);
  }
  if (!peek) {
    ep.pending -= take;
    pairVer++;
  }
  return out;
}

/** Sender of the datagram recvNet last took (recvfrom's address). */
let lastFrom: PyValue = None;

/** recv on a socket of the network: the data, or undefined when it must wait. */
function recvNet(ep: NetEndpoint, n: number, flags: number): Uint8Array | undefined {
  pump();
  if (ep.type !== SOCK_STREAM) {
    if (ep.chunks.length === 0) return undefined;
    const peek = (flags & MSG_PEEK) !== 0;
    lastFrom = peek ? ep.froms[0] : ep.froms.shift()!;
    return takeBytes(ep, n, flags);
  }
  if (ep.state !== NS_CONNECTED && ep.pending === 0 && !ep.eof) raiseErrno(ENOTCONN);
  if (n === 0) return new Uint8Array(0);
  if (ep.pending > 0) {
    const out = takeBytes(ep, n, flags);
    if ((flags & MSG_PEEK) === 0) {
      ep.unacked += out.length;
      if (ep.unacked >= ACK_EVERY) {
        netPost({ op: 'consumed', id: ep.id, n: ep.unacked });
        ep.unacked = 0;
      }
    }
    return out;
  }
  if (ep.err !== 0) {
    const e = ep.err;
    ep.err = 0;
    raiseErrno(e);
  }
  if (ep.eof || ep.shutRd) return new Uint8Array(0);
  return undefined;
}

/** recv on an in-memory pair: the data, or undefined when it must wait. */
function recvPair(ep: Endpoint, n: number, flags: number): Uint8Array | undefined {
  if (ep.peer === null) {
    if (ep.type === SOCK_STREAM) raiseErrno(ENOTCONN);
    return undefined;
  }
  if (ep.reset) {
    ep.reset = false;
    raiseErrno(ECONNRESET);
  }
  if (n === 0) return new Uint8Array(0);
  if (ep.pending === 0) {
    if (ep.eof || ep.shutRd) return new Uint8Array(0);
    return undefined;
  }
  return takeBytes(ep, n, flags);
}

/** Receive up to `n` bytes, waiting as the socket's timeout says; `use` makes the call's result of them. */
function recvBytes(s: PySocket, n: number, flags: number, use: (b: Uint8Array) => PyValue): PyValue {
  const ep = endpointOf(s);
  return waitFor(s, ep, flags, () => {
    const b = ep instanceof NetEndpoint ? recvNet(ep, n, flags) : recvPair(ep, n, flags);
    return b === undefined ? undefined : use(b);
  });
}

/** send on a socket of the network: bytes taken, or undefined when it must wait. */
function sendNet(ep: NetEndpoint, data: Uint8Array): number | undefined {
  pump();
  if (ep.type !== SOCK_STREAM) {
    if (ep.remote === null) raiseErrno(EDESTADDRREQ);
    return sendDatagram(ep, data, ep.remote);
  }
  if (ep.broken) {
    const e = ep.err !== 0 && ep.err !== ECONNRESET ? ep.err : EPIPE;
    ep.err = 0;
    raiseErrno(e);
  }
  if (ep.state !== NS_CONNECTED || ep.shutWr) raiseErrno(EPIPE);
  if (data.length === 0) return 0;
  const room = SEND_CAPACITY - ep.outstanding;
  if (room <= 0) return undefined;
  const k = Math.min(room, data.length);
  ep.outstanding += k;
  netPost({ op: 'write', id: ep.id, data: data.slice(0, k) });
  return k;
}

/** send on an in-memory pair: bytes taken, or undefined when it must wait. */
function sendPair(ep: Endpoint, data: Uint8Array): number | undefined {
  const peer = ep.peer;
  if (peer === null) {
    if (ep.type === SOCK_STREAM) raiseErrno(EPIPE);
    raiseErrno(EDESTADDRREQ);
  }
  if (ep.shutWr || peer.closed || peer.shutRd) raiseErrno(EPIPE);
  const room = PAIR_CAPACITY - peer.pending;
  if (ep.type !== SOCK_STREAM) {
    if (room < data.length) return undefined;
    peer.chunks.push(data.slice());
    peer.pending += data.length;
    pairVer++;
    return data.length;
  }
  if (data.length === 0) return 0;
  if (room <= 0) return undefined;
  const k = Math.min(room, data.length);
  peer.chunks.push(data.slice(0, k));
  peer.pending += k;
  pairVer++;
  return k;
}

function sendSome(ep: Endpoint, data: Uint8Array): number | undefined {
  return ep instanceof NetEndpoint ? sendNet(ep, data) : sendPair(ep, data);
}

/** socket.SocketIO over one of our sockets: BufferedReader reads it natively (socketRead). */
function isSocketRaw(raw: PyValue): boolean {
  const t = typeOf(raw);
  if (t.name !== 'SocketIO' || t.tdict.get('__module__') !== 'socket') return false;
  const d = (raw as PyObject).dict;
  return d instanceof PyDict && d.getStr('_sock') instanceof PySocket;
}

/** SocketIO.readinto's work, natively: up to n bytes; null for a non-blocking socket with nothing. */
function socketRead(raw: PyValue, n: number): Uint8Array | null {
  if (truthy(getAttr(raw, 'closed'))) valueError('I/O operation on closed socket.');
  if (truthy(getAttr(raw, '_timeout_occurred'))) raise(OSError, 'cannot read from timed out object');
  const s = getAttr(raw, '_sock') as PySocket;
  try {
    return (recvBytes(s, n, 0, (b) => new PyBytesObj(b)) as PyBytesObj).bytes;
  } catch (e) {
    if (e instanceof PyException) {
      const v = e.exc;
      if (v.cls === exceptionTypes.get('TimeoutError')) setAttr(raw, '_timeout_occurred', true);
      else if (v.cls.isSubtype(exceptionTypes.get('BlockingIOError')!)) return null;
    }
    throw e;
  }
}

/** The socket's endpoint, which must be one of the network (not a socketpair's). */
function netEndpointOf(s: PySocket): NetEndpoint {
  const ep = endpointOf(s);
  if (!(ep instanceof NetEndpoint)) raiseErrno(EINVAL);
  return ep;
}

/** An address argument made ready for the worker (getsockaddrarg); `value` is it as Python shows it. */
interface SockAddr {
  host: string | undefined;
  port: number;
  path: string | undefined;
  value: PyValue;
}

function sockAddrArg(s: PySocket, caller: string, v: PyValue): SockAddr {
  if (s.family === AF_UNIX) {
    let path: string;
    if (typeof v === 'string') path = v;
    else {
      const b = getBuffer(v);
      if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
      path = Buffer.from(b.data).toString('latin1');
    }
    if (Buffer.byteLength(path, 'latin1') > (path.startsWith('\0') ? 108 : 107)) raise(OSError, 'AF_UNIX path too long');
    return { host: undefined, port: 0, path, value: v };
  }
  const fam = s.family === AF_INET6 ? 'AF_INET6' : 'AF_INET';
  if (!(v instanceof PyTuple)) typeError(`${caller}(): ${fam} address must be tuple, not ${typeOf(v).name}`);
  const it = v.items;
  if (s.family === AF_INET6 ? it.length < 2 || it.length > 4 : it.length !== 2) {
    typeError(s.family === AF_INET6 ? 'AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])' : 'AF_INET address must be a pair (host, port)');
  }
  let hostName: string;
  const h = it[0];
  if (typeof h === 'string') hostName = h;
  else if (h instanceof PyBytesObj) hostName = Buffer.from(h.bytes).toString('latin1');
  else typeError(`str, bytes or bytearray expected, not ${typeOf(h).name}`);
  if (typeof it[1] !== 'number' && typeof it[1] !== 'bigint' && typeof it[1] !== 'boolean') {
    typeError(`'${typeOf(it[1]).name}' object cannot be interpreted as an integer`);
  }
  const pn = index(it[1]);
  if (pn < 0 || pn > 65535) raise(OverflowError, `${caller}(): port must be 0-65535.`);
  const port = Number(pn);
  if (it.length > 2) {
    const fi = index(it[2]);
    if (fi < 0 || fi > 0xfffff) raise(OverflowError, `${caller}(): flowinfo must be 0-1048575.`);
  }
  let host: string;
  if (hostName === '') host = s.family === AF_INET6 ? '::' : '0.0.0.0';
  else if (hostName === '<broadcast>') host = s.family === AF_INET6 ? '::' : '255.255.255.255';
  else host = resolveHost(hostName.split('%')[0], s.family, false)[0][1];
  const value = s.family === AF_INET6 ? new PyTuple([host, port, 0, 0]) : new PyTuple([host, port]);
  return { host, port, path: undefined, value };
}

/** An AF_UNIX address as CPython gives it back: bytes for the abstract namespace, else str. */
function unixName(path: string): PyValue {
  if (path.startsWith('\0')) return new PyBytesObj(Uint8Array.from(Buffer.from(path, 'latin1')));
  return path;
}

/** Bind in the worker: a stream socket listens there already (Node cannot bind without). */
function netBind(ep: NetEndpoint, a: SockAddr): void {
  // Node has no datagram sockets of AF_UNIX.
  if (ep.family === AF_UNIX && ep.type !== SOCK_STREAM) raiseErrno(ENOSYS);
  const v6only = ep.opts?.get(41 * 65536 + 26) === 1;
  const r = netCall({ op: ep.type === SOCK_STREAM ? 'bind' : 'udp', id: ep.id, family: ep.family, host: a.host, port: a.port, path: a.path, v6only });
  if (r.errno !== undefined) raiseErrno(r.errno);
  ep.state = ep.type === SOCK_STREAM ? NS_BOUND : NS_UDP;
  ep.local = ep.family === AF_UNIX ? unixName(a.path!) : netAddr(ep.family, r.local, '');
}

/** A datagram socket gets bound to an ephemeral port by its first send or connect. */
function udpAutoBind(ep: NetEndpoint): void {
  if (ep.state === NS_NEW) {
    if (ep.family === AF_UNIX) raiseErrno(EOPNOTSUPP);
    netBind(ep, { host: ep.family === AF_INET6 ? '::' : '0.0.0.0', port: 0, path: undefined, value: None });
  }
}

function sendDatagram(ep: NetEndpoint, data: Uint8Array, to: PyValue): number {
  if (ep.shutWr) raiseErrno(EPIPE);
  if (data.length > 65507) raiseErrno(90); // EMSGSIZE
  udpAutoBind(ep);
  const t = to as PyTuple;
  netPost({ op: 'sendto', id: ep.id, data: data.slice(), host: t.items[0], port: t.items[1] });
  return data.length;
}

/** recvfrom's address: the sender of the datagram, or what a connected stream socket's peer is. */
function fromAddr(s: PySocket): PyValue {
  const ep = endpointOf(s);
  if (ep instanceof NetEndpoint) {
    if (ep.type !== SOCK_STREAM) return lastFrom;
    return ep.family === AF_UNIX ? None : ep.remote ?? None;
  }
  return s.family === AF_UNIX ? None : sockName(ep);
}

/**
 * connect(): None, or raises; connect_ex (`ex`): 0 or the errno. (The result of a blocked wait is the
 * call's own, so the errno becomes an exception here.)
 */
function netConnect(s: PySocket, a: SockAddr, ex = false): PyValue {
  const r = netConnectErrno(s, a, ex);
  return r === None || ex ? r : r === 0 ? None : raiseErrno(r as number);
}

function netConnectErrno(s: PySocket, a: SockAddr, ex: boolean): PyValue {
  const ep = netEndpointOf(s);
  pump();
  if (ep.type !== SOCK_STREAM) {
    udpAutoBind(ep);
    ep.remote = a.value;
    return 0;
  }
  if (ep.state === NS_CONNECTED) return EISCONN;
  if (ep.state === NS_LISTEN) return EINVAL;
  if (ep.state !== NS_CONNECTING) {
    const m: NetEvent = { op: 'connect', id: ep.id, family: ep.family, host: a.host, port: a.port, path: a.path };
    if (ep.state === NS_BOUND && ep.local instanceof PyTuple) {
      m.localHost = ep.local.items[0];
      m.localPort = ep.local.items[1];
    }
    ep.state = NS_CONNECTING;
    ep.soError = 0;
    if (ep.family === AF_UNIX) ep.remote = unixName(a.path!);
    netPost(m);
    if (s.timeout === 0) return EINPROGRESS;
  } else if (s.timeout === 0) return EALREADY;
  const done = (): PyValue | undefined => {
    if (ep.state === NS_CONNECTED) return 0;
    if (ep.state === NS_FAILED) {
      const e = ep.soError;
      ep.soError = 0;
      return e;
    }
    return undefined;
  };
  const deadline = deadlineIn(s.timeout);
  return block({
    ready: () => {
      pump();
      return ep.state !== NS_CONNECTING || ep.closed;
    },
    deadline,
    external: true,
    finish: () => {
      pump();
      let r = done();
      if (r === undefined && ep.closed) r = EBADF;
      if (r === undefined && performance.now() >= deadline) {
        if (!ex) timeoutError();
        r = EAGAIN;
      }
      if (r === undefined) return undefined;
      if (ex) return r;
      return r === 0 ? None : raiseErrno(r as number);
    },
  });
}

function sockRepr(s: PySocket): string {
  return `<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
}

function sockName(ep: Endpoint): PyValue {
  if (ep.family === AF_UNIX) return '';
  if (ep.family === AF_INET6) return new PyTuple(['::', 0, 0, 0]);
  return new PyTuple(['0.0.0.0', 0]);
}

function initSocket(self: PyValue, args: PyValue[], kw: string[] | null): PyValue {
  const s = S(self);
  const [fa, ta, pa, fda] = clinicArgs('socket', ['family', 'type', 'proto', 'fileno'], args, kw, 0);
  let family = fa === undefined ? -1 : intArg(fa);
  let type = ta === undefined ? -1 : intArg(ta);
  let proto = pa === undefined ? -1 : intArg(pa);
  audit('socket.__new__', [s, family, type, proto]);
  if (fda !== undefined && fda !== None) {
    if (fda instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    const fd = Number(index(fda));
    if (fd < 0) valueError('negative file descriptor');
    const ep = endpoints.get(fd);
    if (ep === undefined) {
      let isOpen = true;
      try {
        fstatSync(fd);
      } catch {
        isOpen = false;
      }
      raiseErrno(isOpen ? ENOTSOCK : EBADF);
    }
    if (family === -1) family = ep.family;
    if (type === -1) type = ep.type;
    if (proto === -1) proto = ep.proto;
    s.fd = fd;
  } else {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (family !== AF_INET && family !== AF_INET6 && family !== AF_UNIX) raiseErrno(97);
    if (base !== SOCK_STREAM && base !== SOCK_DGRAM && base !== SOCK_RAW && base !== SOCK_SEQPACKET) raiseErrno(EINVAL);
    const fd = reserveFd();
    const ep = new NetEndpoint(fd, family, base, proto, nextNetId++);
    endpoints.set(fd, ep);
    netById.set(ep.id, ep);
    s.fd = fd;
  }
  if (type & SOCK_NONBLOCK) s.timeout = 0;
  if (s.timeout >= 0) endpointOf(s).nonblocking = true;
  s.family = family;
  s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s.proto = proto;
  return None;
}

/** The socket objects made (weakly), for the warnings of those still open at exit. */
let made: WeakRef<PySocket>[] = [];

/** sock_finalize's ResourceWarning "unclosed <socket>" for each socket object still open at exit. */
function warnOpenSocketsAtExit(): void {
  for (const r of made) {
    const s = r.deref();
    if (s === undefined || s.fd < 0) continue;
    try {
      warn(`unclosed ${repr(s)}`, exceptionTypes.get('ResourceWarning')!, 1, None);
    } catch (e) {
      // as in a finaliser: an error (-W error) is unraisable
      writeUnraisable(toPyExc(e), s);
    }
  }
  made = [];
}

function initSocketType(): void {
  exitFinalizers.push(warnOpenSocketsAtExit);
  socketType.tdict.set('__new__', new PyBuiltin('__new__', (args) => {
    const cls = args[0] as PyType;
    const s = new PySocket(cls);
    if (cls.flags & TF_HEAPTYPE) initHeapLayout(s, cls);
    // the list sheds dead entries as it doubles
    if (made.length >= 64 && (made.length & (made.length - 1)) === 0) made = made.filter((r) => r.deref() !== undefined);
    made.push(new WeakRef(s));
    return s;
  }));
  const flagsArg = (v: PyValue | undefined): number => (v === undefined ? 0 : intArg(v));
  defineMethods(socketType, {
    __init__: initSocket,
    __repr__: (self) => sockRepr(S(self)),
    __del__: () => None,
    close: (self) => {
      const s = S(self);
      if (s.fd >= 0) {
        const ep = endpoints.get(s.fd);
        if (ep !== undefined) closeEndpointFd(ep, s.fd);
        s.fd = -1;
      }
      return None;
    },
    detach: (self) => {
      const s = S(self);
      const fd = s.fd;
      s.fd = -1;
      return fd;
    },
    fileno: (self) => S(self).fd,
    getblocking: (self) => {
      const s = S(self);
      endpointOf(s);
      return s.timeout !== 0;
    },
    setblocking: (self, args) => {
      if (args.length !== 1) typeError(`setblocking() takes exactly one argument (${args.length} given)`);
      const s = S(self);
      const ep = endpointOf(s);
      s.timeout = truthy(args[0]) ? -1 : 0;
      ep.nonblocking = s.timeout >= 0;
      return None;
    },
    gettimeout: (self) => {
      const t = S(self).timeout;
      return t < 0 ? None : new PyFloat(t);
    },
    settimeout: (self, args) => {
      if (args.length !== 1) typeError(`settimeout() takes exactly one argument (${args.length} given)`);
      const s = S(self);
      const t = timeoutArg(args[0]);
      endpointOf(s);
      s.timeout = t;
      endpointOf(s).nonblocking = t >= 0;
      return None;
    },
    getsockname: (self) => {
      const ep = endpointOf(S(self));
      return ep instanceof NetEndpoint && ep.local !== null ? ep.local : sockName(ep);
    },
    getpeername: (self) => {
      const ep = endpointOf(S(self));
      if (ep instanceof NetEndpoint) {
        pump();
        if (ep.remote === null || (ep.type === SOCK_STREAM && ep.state !== NS_CONNECTED)) raiseErrno(ENOTCONN);
        return ep.remote;
      }
      if (ep.peer === null) raiseErrno(ENOTCONN);
      return sockName(ep);
    },
    getsockopt: (self, args) => {
      if (args.length < 2 || args.length > 3) typeError(`getsockopt expected at least 2 arguments, got ${args.length}`);
      const ep = endpointOf(S(self));
      const level = intArg(args[0]);
      const opt = intArg(args[1]);
      let v = 0;
      if (level === 1) {
        if (opt === 3) v = ep.type;
        else if (opt === 39) v = ep.family;
        else if (opt === 38) v = ep.proto;
        else if (opt === 7 || opt === 8) v = BUF_SIZE;
        else if (opt === 30) v = ep instanceof NetEndpoint && ep.state === NS_LISTEN ? 1 : 0;
        else if (opt === SO_ERROR && ep instanceof NetEndpoint) {
          pump();
          v = ep.soError;
          ep.soError = 0;
        }
      }
      const set = ep.opts?.get(level * 65536 + opt);
      if (set !== undefined) v = set;
      if (args.length === 3) {
        const n = intArg(args[2]);
        if (n <= 0 || n > 1024) raiseErrno(EINVAL);
        const b = new Uint8Array(n);
        if (n >= 4) new DataView(b.buffer).setInt32(0, v, true);
        return new PyBytesObj(b);
      }
      return v;
    },
    setsockopt: (self, args) => {
      if (args.length < 3 || args.length > 4) typeError(`setsockopt expected at least 3 arguments, got ${args.length}`);
      const ep = endpointOf(S(self));
      const level = intArg(args[0]);
      const opt = intArg(args[1]);
      const v = args[2];
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
        (ep.opts ??= new Map()).set(level * 65536 + opt, intArg(v) !== 0 && level === 1 && opt !== 7 && opt !== 8 ? 1 : intArg(v));
      } else if (v !== None) needBytes(v);
      return None;
    },
    recv: (self, args, kw) => {
      const [n, f] = clinicArgs('recv', ['bufsize', 'flags'], args, kw, 1);
      const size = intArg(n!);
      if (size < 0) valueError('negative buffersize in recv');
      return recvBytes(S(self), size, flagsArg(f), (b) => new PyBytesObj(b));
    },
    recvfrom: (self, args, kw) => {
      const [n, f] = clinicArgs('recvfrom', ['bufsize', 'flags'], args, kw, 1);
      const size = intArg(n!);
      if (size < 0) valueError('negative buffersize in recvfrom');
      const s = S(self);
      return recvBytes(s, size, flagsArg(f), (data) => new PyTuple([new PyBytesObj(data), fromAddr(s)]));
    },
    recv_into: (self, args, kw) => {
      const [b, n, f] = clinicArgs('recv_into', ['buffer', 'nbytes', 'flags'], args, kw, 1);
      const buf = writableBuffer(b!);
      if (buf === undefined || buf.readonly) typeError(`recv_into() argument 1 must be read-write bytes-like object, not ${typeOf(b!).name}`);
      let size = n === undefined ? 0 : intArg(n);
      if (size < 0) valueError('negative buffersize in recv_into');
      if (size === 0) size = buf.data.length;
      if (size > buf.data.length) valueError('buffer too small for requested bytes');
      return recvBytes(S(self), size, flagsArg(f), (data) => {
        buf.data.set(data, 0);
        return data.length;
      });
    },
    recvfrom_into: (self, args, kw) => {
      const [b, n, f] = clinicArgs('recvfrom_into', ['buffer', 'nbytes', 'flags'], args, kw, 1);
      const buf = writableBuffer(b!);
      if (buf === undefined || buf.readonly) typeError(`recvfrom_into() argument 1 must be read-write bytes-like object, not ${typeOf(b!).name}`);
      let size = n === undefined ? 0 : intArg(n);
      if (size < 0) valueError('negative buffersize in recvfrom_into');
      if (size === 0) size = buf.data.length;
      if (size > buf.data.length) valueError('nbytes is greater than the length of the buffer');
      const s = S(self);
      return recvBytes(s, size, flagsArg(f), (data) => {
        buf.data.set(data, 0);
        return new PyTuple([data.length, fromAddr(s)]);
      });
    },
    send: (self, args) => {
      if (args.length < 1 || args.length > 2) typeError(`send() takes at least 1 argument (${args.length} given)`);
      const data = needBytes(args[0]);
      const flags = args.length > 1 ? intArg(args[1]) : 0;
      const s = S(self);
      const ep = endpointOf(s);
      return waitFor(s, ep, flags, () => sendSome(ep, data));
    },
    sendall: (self, args) => {
      if (args.length < 1 || args.length > 2) typeError(`sendall() takes at least 1 argument (${args.length} given)`);
      const data = needBytes(args[0]).slice();
      const flags = args.length > 1 ? intArg(args[1]) : 0;
      const s = S(self);
      const ep = endpointOf(s);
      let off = 0;
      return waitFor(s, ep, flags, () => {
        do {
          const k = sendSome(ep, data.subarray(off));
          if (k === undefined) return undefined;
          off += k;
        } while (off < data.length);
        return None;
      });
    },
    sendto: (self, args) => {
      if (args.length < 2 || args.length > 3) typeError(`sendto() takes 2 or 3 arguments (${args.length} given)`);
      const s = S(self);
      const data = needBytes(args[0]);
      const flags = args.length === 3 ? intArg(args[1]) : 0;
      const ep = endpointOf(s);
      if (!(ep instanceof NetEndpoint)) raiseErrno(ep.type === SOCK_STREAM ? EISCONN : EOPNOTSUPP);
      const a = sockAddrArg(s, 'sendto', args[args.length - 1]);
      audit('socket.sendto', [s, args[args.length - 1]]);
      if (ep.type === SOCK_STREAM) {
        if (ep.state === NS_CONNECTED) return waitFor(s, ep, flags, () => sendSome(ep, data));
        raiseErrno(EPIPE);
      }
      return sendDatagram(ep, data, a.value);
    },
    shutdown: (self, args) => {
      if (args.length !== 1) typeError(`shutdown() takes exactly one argument (${args.length} given)`);
      const how = intArg(args[0]);
      const ep = endpointOf(S(self));
      if (how < 0 || how > 2) raiseErrno(EINVAL);
      pairVer++;
      if (ep instanceof NetEndpoint) {
        pump();
        if (ep.type === SOCK_STREAM ? ep.state !== NS_CONNECTED : ep.remote === null) raiseErrno(ENOTCONN);
        if (how !== 1) ep.shutRd = true;
        if (how !== 0 && !ep.shutWr) {
          ep.shutWr = true;
          if (ep.type === SOCK_STREAM) netPost({ op: 'shutdown', id: ep.id });
        }
        return None;
      }
      if (ep.peer === null) raiseErrno(ENOTCONN);
      if (how !== 1) ep.shutRd = true;
      if (how !== 0) {
        ep.shutWr = true;
        ep.peer.eof = true;
      }
      return None;
    },
    bind: (self, args) => {
      if (args.length !== 1) typeError(`bind() takes exactly one argument (${args.length} given)`);
      const s = S(self);
      const ep = netEndpointOf(s);
      const a = sockAddrArg(s, 'bind', args[0]);
      audit('socket.bind', [s, args[0]]);
      if (ep.state !== NS_NEW) raiseErrno(EINVAL);
      netBind(ep, a);
      return None;
    },
    listen: (self, args) => {
      if (args.length > 1) typeError(`listen() takes at most 1 argument (${args.length} given)`);
      if (args.length === 1) intArg(args[0]);
      const ep = netEndpointOf(S(self));
      if (ep.type !== SOCK_STREAM) raiseErrno(EOPNOTSUPP);
      if (ep.state === NS_NEW) {
        // Linux binds an unbound socket to an ephemeral port.
        if (ep.family === AF_UNIX) raiseErrno(EINVAL);
        netBind(ep, { host: ep.family === AF_INET6 ? '::' : '0.0.0.0', port: 0, path: undefined, value: None });
      }
      if (ep.state !== NS_BOUND && ep.state !== NS_LISTEN) raiseErrno(EINVAL);
      ep.state = NS_LISTEN;
      return None;
    },
    connect: (self, args) => {
      if (args.length !== 1) typeError(`connect() takes exactly one argument (${args.length} given)`);
      const s = S(self);
      const a = sockAddrArg(s, 'connect', args[0]);
      audit('socket.connect', [s, args[0]]);
      return netConnect(s, a);
    },
    connect_ex: (self, args) => {
      if (args.length !== 1) typeError(`connect_ex() takes exactly one argument (${args.length} given)`);
      const s = S(self);
      const a = sockAddrArg(s, 'connect_ex', args[0]);
      audit('socket.connect', [s, args[0]]);
      return netConnect(s, a, true);
    },
    _accept: (self) => {
      const s = S(self);
      const ep = netEndpointOf(s);
      return waitFor(s, ep, 0, () => {
        pump();
        if (ep.state !== NS_LISTEN) raiseErrno(EINVAL);
        const c = ep.acceptQ.shift();
        if (c === undefined) return undefined;
        const fd = reserveFd();
        c.fd = fd;
        endpoints.set(fd, c);
        return new PyTuple([fd, c.remote ?? '']);
      });
    },
  });
  defineGetters(socketType, {
    family: (self) => S(self).family,
    type: (self) => S(self).type,
    proto: (self) => S(self).proto,
    timeout: (self) => {
      const t = S(self).timeout;
      return t < 0 ? None : new PyFloat(t);
    },
  });
}

// ---------------------------------------------------------------------------
// socketpair

function socketpair(args: PyValue[], kw: string[] | null): PyValue {
  const [fa, ta, pa] = clinicArgs('socketpair', ['family', 'type', 'proto'], args, kw, 0);
  const family = fa === undefined || fa === None ? AF_UNIX : intArg(fa);
  const typeFlags = ta === undefined ? SOCK_STREAM : intArg(ta);
  const proto = pa === undefined ? 0 : intArg(pa);
  const type = typeFlags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (family !== AF_UNIX) raiseErrno(family === AF_INET || family === AF_INET6 ? EOPNOTSUPP : 97);
  // Linux takes SOCK_RAW for a unix pair as a datagram pair.
  if (type !== SOCK_STREAM && type !== SOCK_DGRAM && type !== SOCK_SEQPACKET && type !== SOCK_RAW) raiseErrno(EINVAL);
  if (proto !== 0) raiseErrno(93);
  const a = new Endpoint(reserveFd(), family, type, proto);
  const b = new Endpoint(reserveFd(), family, type, proto);
  a.peer = b;
  b.peer = a;
  endpoints.set(a.fd, a);
  endpoints.set(b.fd, b);
  const wrap = (ep: Endpoint): PySocket => {
    const s = new PySocket(socketType);
    s.fd = ep.fd;
    s.family = family;
    s.type = type;
    s.proto = proto;
    if (typeFlags & SOCK_NONBLOCK) s.timeout = 0;
    ep.nonblocking = s.timeout >= 0;
    return s;
  };
  return new PyTuple([wrap(a), wrap(b)]);
}

// ---------------------------------------------------------------------------
// Addresses

/** inet_pton for AF_INET: four decimal parts, or undefined. */
function parseV4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

/** inet_pton for AF_INET6: 16 bytes, or undefined. */
function parseV6(s: string): Uint8Array | undefined {
  const out = new Uint8Array(16);
  let head = s;
  let tail = '';
  const dbl = s.indexOf('::');
  if (dbl >= 0) {
    head = s.slice(0, dbl);
    tail = s.slice(dbl + 2);
    if (tail.includes('::')) return undefined;
  }
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const g = part.split(':');
    const words: number[] = [];
    for (let i = 0; i < g.length; i++) {
      if (i === g.length - 1 && g[i].includes('.')) {
        const v4 = parseV4(g[i]);
        if (v4 === undefined) return undefined;
        words.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g[i])) return undefined;
        words.push(parseInt(g[i], 16));
      }
    }
    return words;
  };
  const h = groups(head);
  const t = groups(tail);
  if (h === undefined || t === undefined) return undefined;
  if (dbl < 0 ? h.length !== 8 : h.length + t.length > 7) return undefined;
  const words = new Array<number>(8).fill(0);
  h.forEach((w, i) => { words[i] = w; });
  t.forEach((w, i) => { words[8 - t.length + i] = w; });
  words.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 255;
  });
  return out;
}

/** inet_ntop for AF_INET6: the shortest form (RFC 5952), as glibc writes it. */
function formatV6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 8; i++) w.push((b[2 * i] << 8) | b[2 * i + 1]);
  if (w[0] === 0 && w[1] === 0 && w[2] === 0 && w[3] === 0 && w[4] === 0 && (w[5] === 0xffff || (w[5] === 0 && w[6] !== 0))) {
    const v4 = `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
    if (w[5] === 0xffff) return `::ffff:${v4}`;
    if (w[6] > 0 || w[7] > 1) return `::${v4}`;
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = w.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

function strArg(fname: string, v: PyValue): string {
  v = strSubValue(v);
  if (typeof v !== 'string') typeError(`${fname}() argument 2 must be str, not ${typeOf(v).name}`);
  return v;
}

function hostArg(v: PyValue): string | null {
  if (v === None) return null;
  v = strSubValue(v);
  if (typeof v === 'string') return v;
  if (v instanceof PyBytesObj && !(v instanceof PyByteArray)) return Buffer.from(v.bytes).toString('latin1');
  typeError(`getaddrinfo() argument 1 must be string or None`);
}

/** Resolve without a resolver: numeric addresses, "localhost" and the empty host. */
function resolveHost(host: string | null, family: number, passive: boolean): [number, string][] {
  if (host === null) {
    const out: [number, string][] = [];
    if (family !== AF_INET) out.push([AF_INET6, passive ? '::' : '::1']);
    if (family !== AF_INET6) out.push([AF_INET, passive ? '0.0.0.0' : '127.0.0.1']);
    return family === 0 ? out.reverse() : out;
  }
  const v4 = parseV4(host);
  if (v4 !== undefined) {
    if (family === AF_INET6) gaierror(-9, 'Address family for hostname not supported');
    return [[AF_INET, v4.join('.')]];
  }
  const v6 = parseV6(host.split('%')[0]);
  if (v6 !== undefined) {
    if (family === AF_INET) gaierror(-9, 'Address family for hostname not supported');
    return [[AF_INET6, formatV6(v6)]];
  }
  // Names (localhost too: /etc/hosts says what it is) are looked up by the network worker (getaddrinfo).
  const r = netCall({ op: 'lookup', host, family });
  if (r.list !== undefined && r.list.length > 0) return r.list;
  if (r.code === 'EAI_AGAIN') gaierror(-3, 'Temporary failure in name resolution');
  if (r.code === 'EAI_FAIL') gaierror(-4, 'Non-recoverable failure in name resolution');
  if (r.errno !== undefined) gaierror(-3, 'Temporary failure in name resolution');
  gaierror(-2, 'Name or service not known');
}

const SERVICES = new Map<string, number>([['http', 80], ['https', 443], ['ftp', 21], ['ssh', 22], ['smtp', 25], ['domain', 53]]);

function getaddrinfo(args: PyValue[], kw: string[] | null): PyValue {
  const [h, p, f, t, pr, fl] = clinicArgs('getaddrinfo', ['host', 'port', 'family', 'type', 'proto', 'flags'], args, kw, 2);
  const host = hostArg(h!);
  let port = 0;
  const pv = strSubValue(p!);
  if (pv === None) port = 0;
  else if (typeof pv === 'number' || typeof pv === 'bigint') port = Number(pv);
  else if (typeof pv === 'string' || pv instanceof PyBytesObj) {
    const ps = typeof pv === 'string' ? pv : Buffer.from(pv.bytes).toString('latin1');
    if (/^[0-9]+$/.test(ps)) port = Number(ps);
    else {
      const known = SERVICES.get(ps);
      if (known === undefined) gaierror(-8, 'Servname not supported for ai_socktype');
      port = known;
    }
  } else raise(OSError, 'Int or String expected');
  const family = f === undefined ? 0 : intArg(f);
  const type = t === undefined ? 0 : intArg(t);
  const proto = pr === undefined ? 0 : intArg(pr);
  audit('socket.getaddrinfo', [h!, pv, family, type, proto]);
  const flags = fl === undefined ? 0 : intArg(fl);
  if (family !== 0 && family !== AF_INET && family !== AF_INET6) gaierror(-6, 'ai_family not supported');
  if (host === null && pv === None) gaierror(-2, 'Name or service not known');
  const addrs = resolveHost(host === '' ? null : host, family, (flags & 1) !== 0);
  const kinds: [number, number][] = [];
  for (const [k, pp] of [[SOCK_STREAM, 6], [SOCK_DGRAM, 17], [SOCK_RAW, 0]] as [number, number][]) {
    if ((type === 0 || type === k) && (proto === 0 || proto === pp)) kinds.push([k, pp]);
  }
  if (kinds.length === 0) gaierror(-7, 'ai_socktype not supported');
  const out: PyValue[] = [];
  for (const [af, addr] of addrs) {
    for (const [k, pp] of kinds) {
      const sa = af === AF_INET ? new PyTuple([addr, port]) : new PyTuple([addr, port, 0, 0]);
      out.push(new PyTuple([af, k, pp, '', sa]));
    }
  }
  return new PyList(out);
}

function inetPton(args: PyValue[]): PyValue {
  if (args.length !== 2) typeError(`inet_pton expected 2 arguments, got ${args.length}`);
  const af = intArg(args[0]);
  const s = strArg('inet_pton', args[1]);
  if (af === AF_INET) {
    const v4 = parseV4(s);
    if (v4 === undefined) raise(OSError, 'illegal IP address string passed to inet_pton');
    return new PyBytesObj(Uint8Array.from(v4));
  }
  if (af === AF_INET6) {
    const v6 = parseV6(s);
    if (v6 === undefined) raise(OSError, 'illegal IP address string passed to inet_pton');
    return new PyBytesObj(v6);
  }
  raiseErrno(97);
}

function inetNtop(args: PyValue[]): PyValue {
  if (args.length !== 2) typeError(`inet_ntop expected 2 arguments, got ${args.length}`);
  const af = intArg(args[0]);
  const b = needBytes(args[1]);
  if (af === AF_INET) {
    if (b.length !== 4) valueError('invalid length of packed IP address string');
    return Array.from(b).join('.');
  }
  if (af === AF_INET6) {
    if (b.length !== 16) valueError('invalid length of packed IP address string');
    return formatV6(b);
  }
  valueError(`unknown address family ${af}`);
}

/** inet_aton: glibc's permissive forms (a, a.b, a.b.c, a.b.c.d; octal and hex parts). */
function inetAton(args: PyValue[]): PyValue {
  if (args.length !== 1) typeError(`inet_aton() takes exactly one argument (${args.length} given)`);
  if (typeof args[0] !== 'string') typeError(`inet_aton() argument must be str, not ${typeOf(args[0]).name}`);
  const bad = (): never => raise(OSError, 'illegal IP address string passed to inet_aton');
  const parts = args[0].trimEnd().split('.');
  if (parts.length > 4) bad();
  const nums = parts.map((p) => {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = Number(p);
    else return bad();
    return n;
  });
  let v = 0;
  const last = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) {
    if (nums[i] > 255) bad();
    v = v * 256 + nums[i];
  }
  const restBytes = 4 - (nums.length - 1);
  if (last >= 2 ** (8 * restBytes)) bad();
  v = v * 2 ** (8 * restBytes) + last;
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, v);
  return new PyBytesObj(out);
}

function inetNtoa(args: PyValue[]): PyValue {
  if (args.length !== 1) typeError(`inet_ntoa() takes exactly one argument (${args.length} given)`);
  const b = needBytes(args[0]);
  if (b.length !== 4) raise(OSError, 'packed IP wrong length for inet_ntoa');
  return Array.from(b).join('.');
}

function u16(name: string, v: PyValue): number {
  const n = index(v);
  if (n < 0) raise(OverflowError, `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (n > 65535) raise(OverflowError, `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return Number(n);
}

function u32(v: PyValue): number {
  const n = index(v);
  if (n < 0) raise(OverflowError, "can't convert negative value to unsigned int");
  if (n > 0xffffffff) raise(OverflowError, 'int larger than 32 bits');
  return Number(n);
}

const swap16 = (n: number): number => ((n & 255) << 8) | (n >> 8);
const swap32 = (n: number): number => (((n & 255) << 24) | ((n >> 8 & 255) << 16) | ((n >> 16 & 255) << 8) | (n >>> 24)) >>> 0;

// ---------------------------------------------------------------------------

let initialised = false;

export function makeSocketModule(): PyModule {
  if (!initialised) {
    initialised = true;
    initSocketType();
    setEventHandler(onNetEvent);
    socketIoHooks.isSocketRaw = isSocketRaw;
    socketIoHooks.socketRead = socketRead;
    const mk = (name: string): PyType => {
      const ns = new PyDict();
      ns.setStr('__module__', 'socket');
      return typeNew(typeType, name, [OSError], ns, null);
    };
    gaierrorType = mk('gaierror');
    herrorType = mk('herror');
  }
  const d = new PyDict();
  const m = new PyModule('_socket', d);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  for (const [n, v] of CONSTANTS) d.setStr(n, v);
  d.setStr('socket', socketType);
  d.setStr('SocketType', socketType);
  d.setStr('error', OSError);
  d.setStr('timeout', exceptionTypes.get('TimeoutError')!);
  d.setStr('gaierror', gaierrorType);
  d.setStr('herror', herrorType);
  d.setStr('has_ipv6', true);
  def('socketpair', socketpair);
  def('getaddrinfo', getaddrinfo);
  def('gethostname', () => {
    audit('socket.gethostname', []);
    return hostname();
  });
  def('sethostname', (args) => {
    if (args.length !== 1) typeError(`sethostname() takes exactly 1 argument (${args.length} given)`);
    // PyUnicode_FSConverter: a str goes as its file-system bytes
    const name = args[0];
    const bytes = typeof name === 'string' ? new PyBytesObj(encodeText(name, 'utf-8', 'surrogateescape'))
      : name instanceof PyBytesObj ? name : typeError(`expected str, bytes or os.PathLike object, not ${typeOf(name).name}`);
    audit('socket.sethostname', [bytes]);
    return raiseErrno(1);
  });
  def('gethostbyname', (args) => {
    if (args.length !== 1) typeError(`gethostbyname() takes exactly one argument (${args.length} given)`);
    const host = strSubValue(args[0]);
    if (typeof host !== 'string') typeError(`gethostbyname() argument 1 must be str, not ${typeOf(host).name}`);
    audit('socket.gethostbyname', [args[0]]);
    const r = resolveHost(host, AF_INET, false);
    return r[0][1];
  });
  def('gethostbyname_ex', (args) => {
    if (args.length !== 1) typeError(`gethostbyname_ex() takes exactly one argument (${args.length} given)`);
    const host = strSubValue(args[0]);
    if (typeof host !== 'string') typeError(`gethostbyname_ex() argument 1 must be str, not ${typeOf(host).name}`);
    audit('socket.gethostbyname', [args[0]]);
    const r = resolveHost(host, AF_INET, false);
    return new PyTuple([host, new PyList([]), new PyList([r[0][1]])]);
  });
  def('gethostbyaddr', (args) => {
    if (args.length !== 1) typeError(`gethostbyaddr() takes exactly one argument (${args.length} given)`);
    const a = strSubValue(args[0]);
    if (typeof a !== 'string') typeError(`gethostbyaddr() argument 1 must be str, not ${typeOf(a).name}`);
    audit('socket.gethostbyaddr', [args[0]]);
    // Without a resolver only the loopback address has a name (the first line of a usual /etc/hosts).
    if (a === '127.0.0.1' || a === 'localhost') return new PyTuple(['localhost', new PyList([]), new PyList(['127.0.0.1'])]);
    throw new PyException(call(herrorType, [1, 'Unknown host']) as never);
  });
  def('getnameinfo', () => gaierror(-3, 'Temporary failure in name resolution'));
  def('getservbyname', (args) => {
    const name = args.length < 1 ? undefined : strSubValue(args[0]);
    if (typeof name !== 'string') typeError('getservbyname() argument 1 must be str');
    audit('socket.getservbyname', [args[0], args[1] ?? None]);
    const p = SERVICES.get(name);
    if (p === undefined) raise(OSError, 'service/proto not found');
    return p;
  });
  def('getservbyport', (args) => {
    if (args.length < 1) typeError('getservbyport() takes at least 1 argument (0 given)');
    audit('socket.getservbyport', [args[0], args[1] ?? None]);
    return raise(OSError, 'port/proto not found');
  });
  def('getprotobyname', (args) => {
    const p = ({ tcp: 6, udp: 17, icmp: 1, ip: 0 } as Record<string, number>)[String(args[0])];
    if (p === undefined) raise(OSError, 'protocol not found');
    return p;
  });
  def('getdefaulttimeout', () => (defaultTimeout < 0 ? None : new PyFloat(defaultTimeout)));
  def('setdefaulttimeout', (args) => {
    if (args.length !== 1) typeError(`setdefaulttimeout() takes exactly one argument (${args.length} given)`);
    defaultTimeout = timeoutArg(args[0]);
    return None;
  });
  def('close', (args) => {
    if (args.length !== 1) typeError(`close() takes exactly one argument (${args.length} given)`);
    const fd = intArg(args[0]);
    const ep = endpoints.get(fd);
    if (ep !== undefined) closeEndpointFd(ep, fd);
    else {
      try {
        closeSync(fd);
      } catch {
        raiseErrno(EBADF);
      }
    }
    return None;
  });
  def('dup', (args) => {
    if (args.length !== 1) typeError(`dup() takes exactly one argument (${args.length} given)`);
    const fd = intArg(args[0]);
    const ep = endpoints.get(fd);
    if (ep === undefined) {
      // Another descriptor: what socket(fileno=) would then say about it.
      try {
        fstatSync(fd);
      } catch {
        raiseErrno(EBADF);
      }
      raiseErrno(ENOTSOCK);
    }
    const nfd = reserveFd();
    endpoints.set(nfd, ep);
    ep.refs++;
    return nfd;
  });
  def('htons', (args) => swap16(u16('htons', args[0])));
  def('ntohs', (args) => swap16(u16('ntohs', args[0])));
  def('htonl', (args) => swap32(u32(args[0])));
  def('ntohl', (args) => swap32(u32(args[0])));
  def('inet_aton', inetAton);
  def('inet_ntoa', inetNtoa);
  def('inet_pton', inetPton);
  def('inet_ntop', inetNtop);
  def('if_nameindex', () => new PyList([new PyTuple([1, 'lo'])]));
  def('if_nametoindex', (args) => {
    if (args[0] === 'lo') return 1;
    return raise(OSError, 'no interface with this name');
  });
  def('if_indextoname', (args) => {
    if (Number(index(args[0])) === 1) return 'lo';
    return raiseErrno(6);
  });
  return m;
}
