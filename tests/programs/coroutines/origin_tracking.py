# sys.set_coroutine_origin_tracking_depth and cr_origin: where a coroutine was created, innermost first.
import sys, warnings, gc


async def corofn():
    pass


def nested():
    return corofn()


print(sys.get_coroutine_origin_tracking_depth())
c = corofn()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(1)
c = corofn()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(2)
c = nested()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(1000)
c = nested()
print(len(c.cr_origin))
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print('ValueError', e)
print(sys.get_coroutine_origin_tracking_depth())

sys.set_coroutine_origin_tracking_depth(1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = corofn()
    del c
    gc.collect()
for x in w:
    print(x.category.__name__, str(x.message).replace(__file__, 'FILE'))
sys.set_coroutine_origin_tracking_depth(0)
