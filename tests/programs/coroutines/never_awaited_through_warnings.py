# A coroutine dropped without being awaited warns through the warnings module (its filters and
# catch_warnings see it; under an "error" filter the exception is unraisable), as CPython's
# warnings._warn_unawaited_coroutine; tracemalloc can be imported, and is not tracing.
import sys
import tracemalloc
import warnings


async def job():
    return 1


def drop():
    job()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    drop()
    drop()
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.rsplit("/", 1)[-1], w.lineno, type(w.source).__name__)

seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value), type(u.object).__name__))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    drop()
print("unraisable:", seen)
sys.unraisablehook = sys.__unraisablehook__

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    drop()
print("ignored:", caught)

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(job))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdout.flush()

# The default filter: shown once on stderr, with warnings.py's hint about tracemalloc.
drop()
drop()
print("end")
