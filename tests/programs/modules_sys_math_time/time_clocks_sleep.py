# Clocks, sleep, get_clock_info, clock_gettime: types, ordering, and argument errors.
import time
names = ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']
for n in names:
    f = getattr(time, n)
    g = getattr(time, n + '_ns')
    a, b = f(), g()
    print(n, type(a).__name__, type(b).__name__, f() >= a, g() >= b)
    info = time.get_clock_info(n)
    print(' ', info.implementation, info.monotonic, info.adjustable, info.resolution)
for bad in ['nope', 5]:
    try:
        time.get_clock_info(bad)
    except Exception as e:
        print(type(e).__name__, e)
s = time.perf_counter()
time.sleep(0.02)
print(time.perf_counter() - s >= 0.015, time.sleep(0), time.sleep(False))
for bad in [-1, -0.001, float('nan'), 'x', None, 1e30]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    time.time(1)
except TypeError as e:
    print('TypeError', e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time._STRUCT_TM_ITEMS)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_MONOTONIC))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, abs(time.time_ns() / 1e9 - time.time()) < 1)
t0 = time.process_time()
x = sum(i * i for i in range(100000))
print(time.process_time() >= t0, x)
