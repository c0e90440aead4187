# input() after `import readline` (tests/repl/readline_input.txt).
import readline
readline.add_history('from-history')
a = input('first> ')
b = input('second> ')
print('got', repr(a), repr(b), readline.get_current_history_length(), readline.get_history_item(2))
try:
    input('third> ')
except EOFError:
    print('EOF')
try:
    input('fourth> ')
except KeyboardInterrupt:
    print('KI')
