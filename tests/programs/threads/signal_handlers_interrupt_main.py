import signal, os, threading, _thread
got = []
def h(signum, frame):
    got.append((signum, frame.f_code.co_name))
print(signal.signal(signal.SIGUSR1, h))
def f():
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(3):
        pass
    print('after kill', got)
f()
signal.raise_signal(signal.SIGUSR1)
print(len(got))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print('KeyboardInterrupt from interrupt_main')
def th():
    _thread.interrupt_main()
try:
    t = threading.Thread(target=th); t.start(); t.join()
    for i in range(1000):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt in main from thread')
signal.signal(signal.SIGINT, lambda s, f: print('custom SIGINT', s))
_thread.interrupt_main()
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print('ignored')
try:
    _thread.interrupt_main(1000)
except ValueError as e:
    print(e)
def setsig():
    try:
        signal.signal(signal.SIGUSR2, h)
    except ValueError as e:
        print(e)
t = threading.Thread(target=setsig); t.start(); t.join()
