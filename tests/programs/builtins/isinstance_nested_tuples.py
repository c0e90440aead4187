# isinstance/issubclass against deeply nested tuples: RecursionError, as Py_EnterRecursiveCall counts them.
import sys
def blowstack(fxn, arg, compare_to):
    tuple_arg = (compare_to,)
    for cnt in range(sys.getrecursionlimit() + 5):
        tuple_arg = (tuple_arg,)
    fxn(arg, tuple_arg)
for f, a, b in ((isinstance, '', str), (issubclass, str, str)):
    try:
        blowstack(f, a, b)
    except RecursionError as e:
        print(f.__name__, e)
print(isinstance(1, ((((int,),),),)), issubclass(bool, (((str,), int),)))
