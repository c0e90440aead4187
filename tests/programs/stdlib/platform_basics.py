# platform's view of the interpreter (sys.version parsed, sys._git read)
import platform, sys
print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.system(), platform.uname().system, len(sys._git), platform.python_branch(), platform.python_revision())
print(type(platform.python_build()), type(platform.python_compiler()), platform.machine() == platform.uname().machine)
