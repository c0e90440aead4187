# Class-based decorators and decorators that keep state.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def hello(name):
    return "hi " + name
print(hello("a"), hello("b"), hello.calls, hello.__name__, type(hello).__name__)
class Cache:
    def __init__(self, maxsize):
        self.maxsize = maxsize
    def __call__(self, fn):
        store = {}
        order = []
        def wrapper(arg):
            if arg in store:
                return store[arg]
            val = fn(arg)
            store[arg] = val
            order.append(arg)
            if len(order) > self.maxsize:
                evicted = order.pop(0)
                del store[evicted]
                print("evict", evicted)
            return val
        wrapper.store = store
        return wrapper
@Cache(maxsize=2)
def slow(x):
    print("compute", x)
    return x * 10
for v in [1, 2, 1, 3, 1, 2]:
    print(slow(v))
print(sorted(slow.store))
def once(fn):
    done = []
    def wrapper(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return wrapper
@once
def init(v):
    print("init with", v)
    return v
print(init(1), init(2), init(3))
