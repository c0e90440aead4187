# resource: constants, getrlimit/prlimit agreement, setrlimit to the current values and to a lower
# soft limit, struct_rusage's shape, and the argument errors.
import resource as r

print(sorted(k for k in dir(r) if k.startswith(('RLIM', 'RUSAGE'))))
print(r.RLIM_INFINITY, r.RLIMIT_NOFILE, r.RUSAGE_CHILDREN, r.error is OSError)
for name in ['RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_NOFILE', 'RLIMIT_STACK', 'RLIMIT_AS']:
    lim = r.getrlimit(getattr(r, name))
    assert isinstance(lim, tuple) and len(lim) == 2 and all(isinstance(x, int) for x in lim)
    assert r.prlimit(0, getattr(r, name)) == lim
    r.setrlimit(getattr(r, name), lim)
    assert r.getrlimit(getattr(r, name)) == lim
print('limits read and rewritten')

soft, hard = r.getrlimit(r.RLIMIT_CORE)
r.setrlimit(r.RLIMIT_CORE, (0, hard))
print(r.getrlimit(r.RLIMIT_CORE)[0])

# A real change (made through prlimit(1) under Typhon), then back.
soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
r.setrlimit(r.RLIMIT_NOFILE, (soft - 1, hard))
print(r.getrlimit(r.RLIMIT_NOFILE) == (soft - 1, hard), r.prlimit(0, r.RLIMIT_NOFILE, (soft, hard)) == (soft - 1, hard))
print(r.getrlimit(r.RLIMIT_NOFILE) == (soft, hard))

u = r.getrusage(r.RUSAGE_SELF)
print(type(u).__name__, r.struct_rusage.n_fields, u.ru_utime >= 0.0, u.ru_maxrss > 0, u[0] == u.ru_utime)
c = r.getrusage(r.RUSAGE_CHILDREN)
print([type(x).__name__ for x in c][:3])
print(r.getpagesize() % 4096)

for f, a in [(r.setrlimit, (1, (10**50, -1))), (r.setrlimit, (1, (1,))), (r.setrlimit, (1, 5)),
             (r.setrlimit, (1, (1.5, 2))), (r.setrlimit, (99, (1, 1))), (r.getrlimit, (99,)),
             (r.getrlimit, ('a',)), (r.getrlimit, (2**40,)), (r.getrusage, (5,)), (r.setrlimit, (1,)),
             (r.prlimit, ()), (r.prlimit, (-1, 9)), (r.getrlimit, ()), (r.getpagesize, (1,)),
             (r.setrlimit, (r.RLIMIT_CORE, (10, 5))), (r.prlimit, (1, 1, (1, 2, 3)))]:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
