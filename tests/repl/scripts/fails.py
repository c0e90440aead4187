# Run with -i: the script fails, then the REPL starts with what it defined so far.
value = 99
def broken():
    return 1 / 0
broken()
