# sys.tracebacklimit = 0 prints each exception of the chain without its traceback, not even the
# "Traceback (most recent call last):" header.
import sys


def inner():
    return 1 / 0


def outer():
    try:
        inner()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


print("start")
sys.stdout.flush()
sys.tracebacklimit = 0
outer()
