# A warning filter's action may be a str subclass (a StrEnum member), as CPython's _warnings takes it.
import enum, warnings
class A(enum.StrEnum):
    IGNORE = 'ignore'; ERROR = 'error'; ALWAYS = 'always'
warnings.simplefilter(A.IGNORE)
warnings.warn('hidden')
warnings.simplefilter(A.ERROR, UserWarning)
try:
    warnings.warn('boom')
except UserWarning as e:
    print('raised', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter(A.ALWAYS)
    warnings.warn('rec')
    warnings.warn('rec')
    print(len(w), type(warnings.filters[0][0]).__name__)
