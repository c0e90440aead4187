# PYTHONSTARTUP for the piped REPL cases: runs in __main__ before the first prompt.
print('startup ran')
startup_value = 11
