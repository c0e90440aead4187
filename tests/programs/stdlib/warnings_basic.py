# warnings: filters, registries, catch_warnings(record=True), error action, and the default stderr format.
import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    old()
    warnings.warn(UserWarning("instance"))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("ignored")
    warnings.warn("kept", SyntaxWarning)
    print([str(w.message) for w in caught])
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.filters[0][0], warnings.filters[0][2].__name__, len(warnings.filters) >= 4)
for i in range(2):
    warnings.warn("shown once per line")  # the default action reports a line once
warnings.warn("to stderr", UserWarning)
warnings.showwarning("explicit", UserWarning, "somefile.py", 7, line="source text")
print(warnings.formatwarning("fmt", RuntimeWarning, "f.py", 3, line="  code here  "), end="")
