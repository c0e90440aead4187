// The termios module (Modules/termios.c) on Linux. Node has no tcgetattr(3)/tcsetattr(3), so on a terminal
// they go through stty(1) run with the terminal as its standard input: `stty -g` gives the four flag
// words and the 32 control characters, which tcsetattr writes back the same way (always as TCSADRAIN
// does). tcgetwinsize/tcsetwinsize use `stty size` and `stty rows R cols C`. tcsendbreak, tcdrain, tcflush
// and tcflow check their arguments and the descriptor but do nothing else: Typhon's writes are already
// synchronous (drained), and breaks, queue flushing and flow control need the ioctls Node lacks. On a
// descriptor that is not a terminal every function raises termios.error(ENOTTY), as the C library does.
import { fstatSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { PyValue, PyDict, PyModule, PyBuiltin, PyList, PyTuple, PyBytesObj, PyType, None, typeType, typeOf } from '../objects/object.js';
import { PyException, newException, typeError, raise, OverflowError, Exception } from '../objects/exceptions.js';
import { index, lenOf, getItem } from '../objects/abstract.js';
import { typeNew } from '../objects/typeobject.js';
import { fildesArg, methO, intArg } from './args.js';
import { strerror, errnoOf } from './errno.js';
import { isattyFd } from './posix.js';
import { withStdFds } from './pipes.js';

const CONSTANTS =
  'B0=0 B1000000=4104 B110=3 B115200=4098 B1152000=4105 B1200=9 B134=4 B150=5 B1500000=4106 B1800=10 B19200=14 ' +
  'B200=6 B2000000=4107 B230400=4099 B2400=11 B2500000=4108 B300=7 B3000000=4109 B3500000=4110 B38400=15 ' +
  'B4000000=4111 B460800=4100 B4800=12 B50=1 B500000=4101 B57600=4097 B576000=4102 B600=8 B75=2 B921600=4103 ' +
  'B9600=13 BRKINT=2 BS0=0 BS1=8192 BSDLY=8192 CBAUD=4111 CBAUDEX=4096 CDSUSP=25 CEOF=4 CEOL=0 CEOT=4 CERASE=127 ' +
  'CFLUSH=15 CIBAUD=269418496 CINTR=3 CKILL=21 CLNEXT=22 CLOCAL=2048 CQUIT=28 CR0=0 CR1=512 CR2=1024 CR3=1536 ' +
  'CRDLY=1536 CREAD=128 CRPRNT=18 CRTSCTS=2147483648 CS5=0 CS6=16 CS7=32 CS8=48 CSIZE=48 CSTART=17 CSTOP=19 ' +
  'CSTOPB=64 CSUSP=26 CWERASE=23 ECHO=8 ECHOCTL=512 ECHOE=16 ECHOK=32 ECHOKE=2048 ECHONL=64 ECHOPRT=1024 EXTA=14 ' +
  'EXTB=15 FF0=0 FF1=32768 FFDLY=32768 FIOASYNC=21586 FIOCLEX=21585 FIONBIO=21537 FIONCLEX=21584 FIONREAD=21531 ' +
  'FLUSHO=4096 HUPCL=1024 ICANON=2 ICRNL=256 IEXTEN=32768 IGNBRK=1 IGNCR=128 IGNPAR=4 IMAXBEL=8192 INLCR=64 ' +
  'INPCK=16 IOCSIZE_MASK=1073676288 IOCSIZE_SHIFT=16 ISIG=1 ISTRIP=32 IUCLC=512 IXANY=2048 IXOFF=4096 IXON=1024 ' +
  'NCC=8 NCCS=32 NL0=0 NL1=256 NLDLY=256 NOFLSH=128 N_MOUSE=2 N_PPP=3 N_SLIP=1 N_STRIP=4 N_TTY=0 OCRNL=8 ' +
  'OFDEL=128 OFILL=64 OLCUC=2 ONLCR=4 ONLRET=32 ONOCR=16 OPOST=1 PARENB=256 PARMRK=8 PARODD=512 PENDIN=16384 ' +
  'TAB0=0 TAB1=2048 TAB2=4096 TAB3=6144 TABDLY=6144 TCFLSH=21515 TCGETA=21509 TCGETS=21505 TCIFLUSH=0 TCIOFF=2 ' +
  'TCIOFLUSH=2 TCION=3 TCOFLUSH=1 TCOOFF=0 TCOON=1 TCSADRAIN=1 TCSAFLUSH=2 TCSANOW=0 TCSBRK=21513 TCSBRKP=21541 ' +
  'TCSETA=21510 TCSETAF=21512 TCSETAW=21511 TCSETS=21506 TCSETSF=21508 TCSETSW=21507 TCXONC=21514 TIOCCONS=21533 ' +
  'TIOCEXCL=21516 TIOCGETD=21540 TIOCGICOUNT=21597 TIOCGLCKTRMIOS=21590 TIOCGPGRP=21519 TIOCGSERIAL=21534 ' +
  'TIOCGSOFTCAR=21529 TIOCGWINSZ=21523 TIOCINQ=21531 TIOCLINUX=21532 TIOCMBIC=21527 TIOCMBIS=21526 TIOCMGET=21525 ' +
  'TIOCMIWAIT=21596 TIOCMSET=21528 TIOCM_CAR=64 TIOCM_CD=64 TIOCM_CTS=32 TIOCM_DSR=256 TIOCM_DTR=2 TIOCM_LE=1 ' +
  'TIOCM_RI=128 TIOCM_RNG=128 TIOCM_RTS=4 TIOCM_SR=16 TIOCM_ST=8 TIOCNOTTY=21538 TIOCNXCL=21517 TIOCOUTQ=21521 ' +
  'TIOCPKT=21536 TIOCPKT_DATA=0 TIOCPKT_DOSTOP=32 TIOCPKT_FLUSHREAD=1 TIOCPKT_FLUSHWRITE=2 TIOCPKT_NOSTOP=16 ' +
  'TIOCPKT_START=8 TIOCPKT_STOP=4 TIOCSCTTY=21518 TIOCSERCONFIG=21587 TIOCSERGETLSR=21593 TIOCSERGETMULTI=21594 ' +
  'TIOCSERGSTRUCT=21592 TIOCSERGWILD=21588 TIOCSERSETMULTI=21595 TIOCSERSWILD=21589 TIOCSER_TEMT=1 TIOCSETD=21539 ' +
  'TIOCSLCKTRMIOS=21591 TIOCSPGRP=21520 TIOCSSERIAL=21535 TIOCSSOFTCAR=21530 TIOCSTI=21522 TIOCSWINSZ=21524 ' +
  'TOSTOP=256 VDISCARD=13 VEOF=4 VEOL=11 VEOL2=16 VERASE=2 VINTR=0 VKILL=3 VLNEXT=15 VMIN=6 VQUIT=1 VREPRINT=12 ' +
  'VSTART=8 VSTOP=9 VSUSP=10 VSWTC=7 VSWTCH=7 VT0=0 VT1=16384 VTDLY=16384 VTIME=5 VWERASE=14 XCASE=4 XTABS=6144 ';

const NCCS = 32;
const ICANON = 2;
const VTIME = 5;
const VMIN = 6;
const CBAUD = 0o10017;

let termiosError: PyType | undefined;

function fail(errno: number): never {
  throw new PyException(newException(termiosError!, [errno, strerror(errno)]));
}

/** C long (PyLong_AsLong). */
function cLong(v: PyValue): number {
  const n = index(v);
  if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) raise(OverflowError, 'Python int too large to convert to C long');
  return Number(n);
}

/** EBADF for a closed descriptor, ENOTTY for one that is not a terminal. */
function terminal(fd: number): void {
  try {
    fstatSync(fd);
  } catch (e) {
    fail(errnoOf((e as NodeJS.ErrnoException).code));
  }
  if (!isattyFd(fd)) fail(25);
}

/** Run stty on the terminal fd; its standard output, or termios.error(EIO) when it fails. */
function stty(fd: number, args: string[]): string {
  const r = withStdFds(() => spawnSync('stty', args, { stdio: [fd, 'pipe', 'pipe'], encoding: 'latin1' }));
  if (r.error !== undefined || r.status !== 0) fail(r.error !== undefined ? errnoOf((r.error as NodeJS.ErrnoException).code) : 5);
  return r.stdout;
}

/** [iflag, oflag, cflag, lflag, cc[32]] of the terminal. */
function getAttr(fd: number): [number, number, number, number, number[]] {
  const f = stty(fd, ['-g']).trim().split(':').map((x) => parseInt(x, 16));
  if (f.length < 4 || f.some((x) => Number.isNaN(x))) fail(5);
  const cc = f.slice(4, 4 + NCCS);
  while (cc.length < NCCS) cc.push(0);
  return [f[0], f[1], f[2], f[3], cc];
}

export function makeTermiosModule(): PyModule {
  if (termiosError === undefined) {
    const ns = new PyDict();
    ns.setStr('__module__', 'termios');
    termiosError = typeNew(typeType, 'error', [Exception], ns, null);
  }
  const d = new PyDict();
  const m = new PyModule('termios', d);
  d.setStr('__doc__', 'This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself.');
  for (const kv of CONSTANTS.trim().split(' ')) {
    const i = kv.indexOf('=');
    d.setStr(kv.slice(0, i), Number(kv.slice(i + 1)));
  }
  d.setStr('error', termiosError);
  const def = (name: string, fn: (args: PyValue[], kw: string[] | null) => PyValue): void => {
    d.setStr(name, new PyBuiltin(name, fn, m));
  };
  const count = (name: string, args: PyValue[], kw: string[] | null, n: number): void => {
    if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
    if (args.length !== n) typeError(`${name} expected ${n} arguments, got ${args.length}`);
  };

  def('tcgetattr', (args, kw) => {
    const fd = fildesArg(methO('termios.tcgetattr', args, kw));
    terminal(fd);
    const [iflag, oflag, cflag, lflag, ccv] = getAttr(fd);
    const cc: PyValue[] = ccv.map((c) => new PyBytesObj(new Uint8Array([c & 255])));
    if ((lflag & ICANON) === 0) {
      cc[VMIN] = ccv[VMIN];
      cc[VTIME] = ccv[VTIME];
    }
    const speed = cflag & CBAUD;
    return new PyList([iflag, oflag, cflag, lflag, speed, speed, new PyList(cc)]);
  });
  def('tcsetattr', (args, kw) => {
    count('tcsetattr', args, kw, 3);
    const fd = fildesArg(args[0]);
    const when = intArg(args[1]);
    const term = args[2];
    if (!(term instanceof PyList) || term.items.length !== 7) typeError('tcsetattr, arg 3: must be 7 element list');
    terminal(fd);
    const [, , , , old] = getAttr(fd);
    const t = term.items;
    const flags = [cLong(t[0]), cLong(t[1]), cLong(t[2]), cLong(t[3])].map((x) => x >>> 0);
    const ispeed = cLong(t[4]);
    const ospeed = cLong(t[5]);
    const ccObj = t[6];
    if (!(ccObj instanceof PyList) || ccObj.items.length !== NCCS) typeError(`tcsetattr: attributes[6] must be ${NCCS} element list`);
    const cc = old.slice();
    ccObj.items.forEach((v, i) => {
      if (v instanceof PyBytesObj && typeOf(v).name === 'bytes' && v.bytes.length === 1) cc[i] = v.bytes[0];
      else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') cc[i] = Number(BigInt.asUintN(8, BigInt(index(v))));
      else typeError('tcsetattr: elements of attributes must be characters or integers');
    });
    // cfsetispeed/cfsetospeed: a B* constant (ispeed 0 means "as ospeed"), stored in c_cflag.
    const valid = (s: number): boolean => (s & ~CBAUD) === 0;
    if (!valid(ispeed) || !valid(ospeed)) fail(22);
    flags[2] = ((flags[2] & ~CBAUD) | ospeed) >>> 0;
    if (when < 0 || when > 2) fail(22);
    stty(fd, [[...flags, ...cc].map((x) => x.toString(16)).join(':')]);
    return None;
  });
  def('tcsendbreak', (args, kw) => {
    count('tcsendbreak', args, kw, 2);
    const fd = fildesArg(args[0]);
    intArg(args[1]);
    terminal(fd);
    return None;
  });
  def('tcdrain', (args, kw) => {
    terminal(fildesArg(methO('termios.tcdrain', args, kw)));
    return None;
  });
  def('tcflush', (args, kw) => {
    count('tcflush', args, kw, 2);
    const fd = fildesArg(args[0]);
    const queue = intArg(args[1]);
    terminal(fd);
    if (queue < 0 || queue > 2) fail(22);
    return None;
  });
  def('tcflow', (args, kw) => {
    count('tcflow', args, kw, 2);
    const fd = fildesArg(args[0]);
    const action = intArg(args[1]);
    terminal(fd);
    if (action < 0 || action > 3) fail(22);
    return None;
  });
  def('tcgetwinsize', (args, kw) => {
    const fd = fildesArg(methO('termios.tcgetwinsize', args, kw));
    terminal(fd);
    const mm = /^(\d+) (\d+)/.exec(stty(fd, ['size']));
    if (mm === null) fail(5);
    return new PyTuple([Number(mm[1]), Number(mm[2])]);
  });
  def('tcsetwinsize', (args, kw) => {
    count('tcsetwinsize', args, kw, 2);
    const fd = fildesArg(args[0]);
    const w = args[1];
    let n = -1;
    try {
      n = typeOf(w).lookup('__getitem__') !== undefined && !(w instanceof PyDict) ? lenOf(w) : -1;
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
    }
    if (n !== 2) typeError('tcsetwinsize, arg 2: must be a two-item sequence');
    const rows = cLong(getItem(w, 0));
    const cols = cLong(getItem(w, 1));
    terminal(fd);
    if (rows < 0 || rows > 65535 || cols < 0 || cols > 65535) raise(OverflowError, 'winsize value(s) out of range.');
    stty(fd, ['rows', String(rows), 'cols', String(cols)]);
    return None;
  });
  return m;
}
