# Files left open when the program ends warn as CPython's finalisers do at shutdown (no frame: "sys:1"),
# after their pending output is kept; closed ones and the standard streams do not.
import warnings, os, tempfile
warnings.simplefilter('default')
os.chdir(tempfile.mkdtemp())
kept = open('kept.txt', 'w')
kept.write('pending text')
closed = open('closed.txt', 'w')
closed.close()
with open('with.txt', 'w') as w:
    w.write('x')
raw = open('raw.bin', 'wb', buffering=0)
print('end')
