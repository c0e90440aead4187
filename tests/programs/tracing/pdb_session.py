# pdb driven by scripted commands: breakpoints, stepping, printing, up/down, return, continue.
import io
import pdb
import re
import sys

def fact(n):
    if n <= 1:
        return 1
    r = n * fact(n - 1)
    return r

def main():
    total = 0
    for i in range(3):
        total += fact(i + 2)
    label = 'done'
    return total, label

commands = """\
b fact
c
p n
where
n
n
s
p n
up
p n
down
r
p r
cl 1
b 19
c
p total, i
n
p label
c
"""
out = io.StringIO()
dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True)
dbg.use_rawinput = False
result = dbg.runcall(main)
text = out.getvalue().replace(__file__, 'FILE')
text = re.sub(r'<frozen [^>]*>|/\S*/(bdb|pdb)\.py', 'LIB', text)
text = re.sub(r'\(\d+\)(runcall|run)\(\)', '(N)\\1()', text)
text = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text)
print(text)
print(result)
