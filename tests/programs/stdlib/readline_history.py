# The readline module's history list and files, completer settings and argument errors (no terminal).
import os
import readline
import tempfile

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))

print(readline.__doc__)
print(hex(readline._READLINE_VERSION), readline.get_history_length(), readline.get_current_history_length())
print(repr(readline.get_completer_delims()), readline.get_completer(), readline.get_line_buffer() == '')
for line in ('first', 'second', 'third'):
    readline.add_history(line)
attempt('item 0', lambda: readline.get_history_item(0))
attempt('item 1', lambda: readline.get_history_item(1))
attempt('item 4', lambda: readline.get_history_item(4))
attempt('remove -1', lambda: readline.remove_history_item(-1))
attempt('remove 9', lambda: readline.remove_history_item(9))
attempt('replace', lambda: (readline.replace_history_item(1, 'SECOND'), readline.get_history_item(2)))
attempt('replace int', lambda: readline.replace_history_item(0, 3))
attempt('add int', lambda: readline.add_history(3))
attempt('remove 0', lambda: (readline.remove_history_item(0), readline.get_history_item(1)))

d = tempfile.mkdtemp()
path = os.path.join(d, 'hist')
attempt('read missing', lambda: readline.read_history_file(path))
attempt('append missing', lambda: readline.append_history_file(1, path))
attempt('write', lambda: readline.write_history_file(path))
print(open(path).read().splitlines())
readline.add_history('fourth')
attempt('append', lambda: readline.append_history_file(1, path))
print(open(path).read().splitlines())
readline.set_history_length(2)
attempt('write truncated', lambda: readline.write_history_file(path))
print(open(path).read().splitlines())
readline.clear_history()
attempt('read', lambda: (readline.read_history_file(path), readline.get_current_history_length(), readline.get_history_item(2)))
attempt('set_history_length str', lambda: readline.set_history_length('a'))

attempt('set_completer', lambda: readline.set_completer(3))
readline.set_completer(str.upper)
print(readline.get_completer() is str.upper)
readline.set_completer()
print(readline.get_completer())
readline.set_completer_delims(' \t')
print(repr(readline.get_completer_delims()))
attempt('startup hook', lambda: readline.set_startup_hook(1))
attempt('parse_and_bind', lambda: readline.parse_and_bind('tab: complete'))
attempt('parse_and_bind int', lambda: readline.parse_and_bind(3))
attempt('read_init_file missing', lambda: readline.read_init_file(os.path.join(d, 'nope')))
attempt('no args', lambda: readline.get_begidx(1))

import shutil
shutil.rmtree(d)
