# An exception raised by a signal handler at a loop's backward jump is looked up in the exception table at the
# instruction before the jump's target (CPython 3.11's exception_unwind after JUMPBY): a `while True: pass` as
# the first statement of a try body is not covered by its handler, a loop deeper in the body is.
import signal


class Stop(Exception):
    pass


def handler(signum, frame):
    raise Stop


signal.signal(signal.SIGALRM, handler)


def case(n):
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        if n == 1:
            try:
                while True: pass
            except Stop:
                print('caught by the inner handler', n)
        elif n == 2:
            x = 0
            try:
                while True:
                    x += 1
            except Stop:
                print('caught by the inner handler', n)
        elif n == 3:
            try:
                i = 0
                while True:
                    i += 1
            except Stop:
                print('caught by the inner handler', n)
        elif n == 4:
            while True:
                try:
                    pass
                except Stop:
                    print('caught by the inner handler', n)
                    break
    except Stop as e:
        tb = e.__traceback__
        while tb.tb_next is not None and tb.tb_next.tb_frame.f_code.co_name == 'case':
            tb = tb.tb_next
        print('outer handler', n, tb.tb_lineno - case.__code__.co_firstlineno)


for n in (2, 3, 4, 1):
    case(n)
