# inspect: signature and Parameter kinds, getsource/getsourcelines, getdoc/cleandoc, getmembers, predicates.
import inspect

def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> bool:
    """Doc of f.

        Indented more.
    """
    return True

class K:
    """K's doc."""
    attr = 1
    def method(self, x, y=None):
        return x
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w=0): pass
    @property
    def prop(self): return 1
    def __init__(self, p, q=1): self.p = p

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is p.empty, p.annotation if p.annotation is not p.empty else '-')
print(sig.return_annotation, sig.bind(1, d=4).arguments)
try:
    sig.bind(1)
except TypeError as e:
    print('TypeError', e)
print(inspect.signature(K), inspect.signature(K.method), inspect.signature(K().method), inspect.signature(K.cm), inspect.signature(K.sm))
print(inspect.signature(lambda x, *, y=1: 0))
print(str(sig.replace(return_annotation=inspect.Signature.empty)))
print(inspect.getdoc(f))
print(inspect.cleandoc('''  first
      second
        third'''))
print(inspect.getdoc(K), inspect.getdoc(K.method))
print(inspect.getsource(f))
print(inspect.getsourcelines(K.method)[1], inspect.getsource(K.sm), end='')
print(inspect.isfunction(f), inspect.ismethod(K().method), inspect.isclass(K), inspect.ismodule(inspect),
      inspect.isbuiltin(len), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isroutine(K.sm))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getmodule(f).__name__, inspect.getfile(f) == __file__)
def gen():
    yield 1
g = gen()
print(inspect.isgenerator(g), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
print(inspect.unwrap(f) is f, inspect.getmro(bool))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
