# Files as context managers (created and removed in the cwd).
import os
NAME = "tmp_context_managers_file.txt"
with open(NAME, "w", encoding="utf-8") as f:
    print(f.closed, f.name, f.mode)
    f.write("line one\n")
    f.write("line two\n")
print(f.closed)
with open(NAME, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    with open(NAME, encoding="utf-8") as f:
        first = f.readline()
        raise RuntimeError("while reading " + first.strip())
except RuntimeError as e:
    print(e, "| closed:", f.closed)
with open(NAME, "a", encoding="utf-8") as a, open(NAME, encoding="utf-8") as r:
    a.write("appended\n")
    a.flush()
    print(r.read().splitlines())
with open(NAME, "w") as f:
    pass
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
print("removed")
