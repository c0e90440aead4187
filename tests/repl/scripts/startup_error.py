# PYTHONSTARTUP that fails: the traceback is printed and the REPL starts anyway.
partial = 1
1 / 0
