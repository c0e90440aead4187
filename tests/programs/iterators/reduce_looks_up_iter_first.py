# An iterator's __reduce__ looks `iter` (or `reversed`) up in builtins before reading its own state: the
# lookup may run a key's __eq__ that exhausts the iterator (gh-101765), which must then reduce as empty.
import builtins

builtins_dict = builtins.__dict__
orig = {"iter": iter, "reversed": reversed}


class EmptyIterClass:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise StopIteration


def run(builtin_name, item, sentinel=None):
    it = iter(item) if sentinel is None else iter(item, sentinel)

    class CustomStr:
        def __init__(self, name, iterator):
            self.name = name
            self.iterator = iterator

        def __hash__(self):
            return hash(self.name)

        def __eq__(self, other):
            list(self.iterator)
            return other == self.name

    del builtins_dict[builtin_name]
    builtins_dict[CustomStr(builtin_name, it)] = orig[builtin_name]
    return it.__reduce__()


try:
    print(run("iter", "xyz")[1:], run("iter", [1, 2, 3])[1:])
    print(run("reversed", orig["reversed"](list(range(8))))[1:])
    for case in [(EmptyIterClass(),), (bytes(8),), (bytearray(8),), ((1, 2, 3),), (lambda: 0, 0), (tuple[int],)]:
        r = run("iter", *case)
        print(r[0] is orig["iter"], r[1:])
finally:
    for key, func in orig.items():
        try:
            del builtins_dict[key]
        except KeyError:
            pass
        builtins_dict[key] = func
print(iter, reversed)
