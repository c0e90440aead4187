# _warnings keeps the filters it last read from the warnings module (del warnings.filters leaves them in force);
# warn_explicit's module_globals must be a dict
import sys, warnings, _warnings
with warnings.catch_warnings():
    warnings.filterwarnings("error", "", Warning, "", 0)
    for attempt in range(2):
        try:
            _warnings.warn('convert to error')
            print('not raised')
        except UserWarning as e:
            print('raised', e)
        if attempt == 0:
            saved = warnings.filters
            del warnings.filters
    warnings.filters = saved
for mg in (None, True, {}):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            _warnings.warn_explicit('msg', UserWarning, "filename", 42, module_globals=mg)
        print(len(w))
    except TypeError as e:
        print(e)
# a filter whose category is a tuple (codeop's simplefilter('ignore', (SyntaxWarning, DeprecationWarning)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        compile(r"'\e'", 'x', 'single', 0x4200, True)
        warnings.warn('dep', DeprecationWarning)
        warnings.warn('user', UserWarning)
    print([str(x.message) for x in w])
from codeop import compile_command
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile_command(r"'\e' is 0")
    print(sorted(x.category.__name__ for x in w))
