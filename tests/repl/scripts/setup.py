# Run by the REPL sessions that use -i: defines names the session then uses.
greeting = 'hello from the script'
def double(x):
    return 2 * x
print('script ran')
