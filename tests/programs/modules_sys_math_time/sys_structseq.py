# sys's struct sequences: version_info, float_info, int_info, hash_info, thread_info, flags.
import sys
vi = sys.version_info
print(vi[:3], vi[0], vi[-1], len(vi), vi.releaselevel, vi > (3, 10), vi < (3, 12, 0), vi == (3, 11, vi.micro, 'final', 0))
print(type(vi).__name__, type(vi).__module__, isinstance(vi, tuple), tuple(vi)[:2], list(vi)[:2], vi.index(11), vi.count(3))
print(type(vi).n_fields, type(vi).n_sequence_fields, type(vi).n_unnamed_fields, type(vi).__match_args__)
major, minor, *rest = vi
print(major, minor, len(rest), vi[1:3], vi + (1,), hash(vi) == hash(tuple(vi)))
fi = sys.float_info
print(repr(fi))
print(fi.max == 1.7976931348623157e308, fi.min, fi.epsilon == 2 ** -52, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds, len(fi))
print(repr(sys.int_info), sys.int_info.sizeof_digit, sys.int_info[0])
print(repr(sys.hash_info))
print(sys.hash_info.algorithm, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf == hash(float('inf')), sys.hash_info.imag)
print(type(sys.thread_info).__name__, len(sys.thread_info), sys.thread_info.name)
fl = sys.flags
print(fl.debug, fl.inspect, fl.interactive, fl.optimize, fl.verbose, fl.quiet, fl.isolated, fl.dev_mode, fl.utf8_mode, fl.safe_path, len(fl))
print(type(fl).__name__, fl[0], fl.no_site, fl.ignore_environment, fl.bytes_warning, fl.warn_default_encoding)
for target, name in [(vi, 'major'), (fi, 'max'), (fl, 'debug')]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print('AttributeError', e)
for T, arg in [(type(vi), (1, 2, 3, 'a', 0)), (type(fl), (0,) * 18), (type(fi), (1,)), (type(sys.int_info), (1, 2, 3, 4)), (type(sys.int_info), 5)]:
    try:
        r = T(arg)
        print(type(r).__name__, r)
    except TypeError as e:
        print('TypeError', e)
try:
    vi[5]
except IndexError as e:
    print('IndexError', e)
match vi:
    case (3, minor_, *_):
        print('matched 3.x', minor_ == vi.minor)
