# Private name mangling in classes.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__id = Account.__count
    def info(self):
        return f"{self.__owner}#{self.__id}"
    def __secret(self):
        return "secret of " + self.__owner
    def reveal(self):
        return self.__secret()
    def __dunder__(self):
        return "not mangled"
a = Account("ann")
b = Account("bob")
print(a.info(), b.info(), a.reveal())
print(sorted(vars(a)))
print(a._Account__owner, Account._Account__count)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(a.__dunder__())
class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
class __Under:
    def __init__(self):
        self.__y = 2
print(sorted(vars(__Under())))
class M:
    def check(self):
        __local = 5
        return __local
    def attr_name(self):
        return getattr(self, "__hidden", "getattr is not mangled")
    def set_it(self):
        self.__hidden = 1
        return sorted(vars(self))
m = M()
print(m.check(), m.attr_name(), m.set_it(), m.attr_name())
print(M.check.__code__.co_varnames)
