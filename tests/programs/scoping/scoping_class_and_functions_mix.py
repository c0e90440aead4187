# Interactions between class scopes, nested functions and global names.
counter = 0
class Registry:
    items = []
    counter = 100
    def add(self, v):
        global counter
        counter += 1
        self.items.append((counter, v))
        return counter
    @classmethod
    def count(cls):
        return cls.counter, counter
r = Registry()
print(r.add("a"), r.add("b"), Registry.count(), Registry.items)
def make_class(prefix):
    suffix = "!"
    class Dynamic:
        label = prefix + suffix
        def describe(self):
            return f"{prefix}-{self.label}-{suffix}"
    return Dynamic
D1, D2 = make_class("one"), make_class("two")
print(D1().describe(), D2().describe(), D1.label)
def outer():
    value = "outer"
    class Inner:
        value = "class"
        def method(self):
            return value
        @staticmethod
        def static():
            return value
    return Inner().method(), Inner.static(), Inner.value
print(outer())
x = "global"
class A:
    x = "A"
    class B:
        y = x
print(A.B.y)
