# faulthandler: register() dumps the stack on a signal the program sends itself (chained or not),
# unregister(), names escaped and truncated as _Py_DumpASCII writes them, the crash helpers' reports.
import re
import subprocess
import sys

def child(code):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    return r.returncode, r.stdout, re.sub(r'0x[0-9a-f]+', '0x...', r.stderr)

print(*child('''
import faulthandler, os, signal
def func():
    os.kill(os.getpid(), signal.SIGUSR1)
faulthandler.register(signal.SIGUSR1)
func()
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
'''), sep='\n')
print(*child('''
import faulthandler, signal, sys
called = []
signal.signal(signal.SIGUSR2, lambda *a: called.append(1))
faulthandler.register(signal.SIGUSR2, all_threads=False, chain=True)
signal.raise_signal(signal.SIGUSR2)
print(called, file=sys.stderr)
'''), sep='\n')
print(*child('''
import faulthandler
def éĀ():
    faulthandler.dump_traceback(all_threads=False)
éĀ()
exec("def " + "x" * 520 + "(): faulthandler.dump_traceback(all_threads=False)\\n" + "x" * 520 + "()")
'''), sep='\n')
print(*child('import faulthandler; faulthandler.enable(); faulthandler._sigsegv()'), sep='\n')
print(*child('import faulthandler; faulthandler._sigabrt()'), sep='\n')
