# CPython's frozen test modules (__hello__, __phello__ and its submodules, the aliases, __hello_only__):
# found and loaded by importlib's FrozenImporter, with CPython's specs, __file__, __path__ and _imp answers.
import _imp, sys
import __hello__
print(__hello__.__spec__, __hello__.__file__ == sys._stdlib_dir + '/__hello__.py', __hello__.__loader__)
__hello__.main()
import __hello_only__
import __phello__, __phello__.spam, __phello__.ham.eggs
print(__phello__.__path__ == [sys._stdlib_dir + '/__phello__'], __phello__.spam.__spec__.origin, __phello__.ham.eggs.__spec__.loader_state)
print(_imp.find_frozen('__hello__'), _imp.find_frozen('__phello__.__init__'), _imp.find_frozen('nope'), _imp.is_frozen('__hello__'))
print(type(_imp.find_frozen('__hello__', withdata=True)[0]))
print(_imp.get_frozen_object('__phello__.spam').co_filename, _imp.is_frozen_package('__phello_alias__'))
import __phello_alias__.spam
print(__phello_alias__.__path__, __phello_alias__.spam.__name__)
import subprocess
print(subprocess.run([sys.executable, '-m', '__hello__'], capture_output=True).stdout)
_imp._override_frozen_modules_for_tests(-1)
print(_imp.find_frozen('__hello__'), _imp.is_frozen('__hello_only__'))
_imp._override_frozen_modules_for_tests(0)
print(_imp.find_frozen('__hello_only__'))
