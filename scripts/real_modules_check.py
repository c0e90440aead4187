"""Helper of real-modules-check.mjs, run by CPython 3.11.

  compile OUTDIR SRC...   compile each SRC (a path under the stdlib) with CPython's py_compile into OUTDIR,
                          legacy layout (NAME.pyc where NAME.py would be, relative to the stdlib)
  where MODULE...         print MODULE=__file__ for each module, as imported (to check which pycs are used)
"""
import importlib
import os
import py_compile
import sys
import sysconfig

STDLIB = sysconfig.get_paths()["stdlib"]


def main(argv):
    if argv[0] == "compile":
        out = argv[1]
        for src in argv[2:]:
            rel = os.path.relpath(src, STDLIB)
            dest = os.path.join(out, rel[:-3] + ".pyc")
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            # timestamp pycs, as Typhon writes them; co_filename is the source path on both sides
            py_compile.compile(src, cfile=dest, doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)
    elif argv[0] == "where":
        for name in argv[1:]:
            mod = importlib.import_module(name)
            print(f"{name}={mod.__file__}")
    else:
        raise SystemExit(f"unknown command {argv[0]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
