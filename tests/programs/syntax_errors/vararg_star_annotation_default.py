# `*args: *b = ...`: the var-positional-default message needs a plain annotation (a param's is an
# expression); with a starred one it is plain invalid syntax.
def f5(*args: *b = (1,)): pass
