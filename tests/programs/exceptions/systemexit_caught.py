# SystemExit and KeyboardInterrupt are BaseExceptions that can be caught.
import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(5)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
try:
    exit_fn = sys.exit
    exit_fn("bye")
except SystemExit as e:
    print(str(e))
try:
    raise GeneratorExit("ge")
except GeneratorExit as e:
    print("GeneratorExit", e)
print("program continues")
