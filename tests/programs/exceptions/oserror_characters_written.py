# characters_written is OSError's own member: readable once BlockingIOError's third argument or an assignment set it.
for f in (lambda: OSError().characters_written, lambda: BlockingIOError(11, 'x', 5).characters_written, lambda: OSError(1, 'a', 'f', 2, 'g').characters_written, lambda: 'characters_written' in dir(OSError), lambda: hasattr(OSError(), 'characters_written')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
e = BlockingIOError(11, 'x')
e.characters_written = 3
print(e.characters_written)
del e.characters_written
try: del e.characters_written
except Exception as x: print(type(x).__name__, x)
