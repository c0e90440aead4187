# os.environ (a mapping over bytes as CPython keeps it), getenv/putenv, process and system functions.
import os

os.environ['TYPHON_TEST_VAR'] = 'value 1'
print(os.environ['TYPHON_TEST_VAR'], os.getenv('TYPHON_TEST_VAR'), os.environb[b'TYPHON_TEST_VAR'])
print('TYPHON_TEST_VAR' in os.environ, os.environ.get('TYPHON_NO_SUCH'), os.getenv('TYPHON_NO_SUCH', 'dflt'))
os.environ.setdefault('TYPHON_TEST_VAR', 'other')
os.environ.setdefault('TYPHON_TEST_VAR2', 'two')
print(os.environ['TYPHON_TEST_VAR'], os.environ.pop('TYPHON_TEST_VAR2'), 'TYPHON_TEST_VAR2' in os.environ)
del os.environ['TYPHON_TEST_VAR']
print('TYPHON_TEST_VAR' in os.environ)
try:
    os.environ['TYPHON_NO_SUCH']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError:', e)
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
print(os.getpid() > 0, os.getppid() > 0, isinstance(os.getuid(), int), os.cpu_count() >= 1)
u = os.uname()
print(type(u).__name__, u.sysname, len(u))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0)
print(len(os.urandom(16)), os.urandom(0), type(os.urandom(3)).__name__)
print(os.get_terminal_size.__name__, os.isatty(99), os.device_encoding(99))
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.getcwd() == os.path.abspath('.'), os.getcwdb() == os.getcwd().encode())
print(os.WNOHANG, os.O_RDONLY, os.O_WRONLY, os.O_CREAT, os.F_OK, os.R_OK, os.SEEK_END)
print(os.waitstatus_to_exitcode(256 * 3), os.WEXITSTATUS(512), os.WIFEXITED(0))
print(sorted(n for n in ('stat', 'open', 'listdir', 'scandir') if hasattr(os, n)))
print(os.supports_dir_fd == set() or isinstance(os.supports_dir_fd, set))
