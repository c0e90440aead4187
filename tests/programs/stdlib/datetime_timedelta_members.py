# timedelta's days/seconds/microseconds are read-only member descriptors, as in C (inspect.ismemberdescriptor).
import datetime, inspect, types
d = datetime.timedelta(days=1, seconds=2, microseconds=3)
print(inspect.ismemberdescriptor(datetime.timedelta.days), type(datetime.timedelta.__dict__['seconds']).__name__, d.days, d.seconds, d.microseconds)
for name in ('days', 'seconds', 'microseconds'):
    try:
        setattr(d, name, 5)
    except AttributeError as e:
        print(name, e)
    try:
        delattr(d, name)
    except AttributeError as e:
        print(name, e)
print(datetime.timedelta.days.__name__, datetime.timedelta.days.__objclass__.__name__, datetime.timedelta.days.__doc__)
print(repr(datetime.timedelta.days))
