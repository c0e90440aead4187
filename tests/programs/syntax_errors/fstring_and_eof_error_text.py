# SyntaxError text and location: multi-line f-string expressions report their own line; a tokenizer
# error met while the parser reads on wins over its message; the end-of-source scan leaves alone what
# CPython's tokenizer only notes (unexpected EOF, a character after a line continuation).
cases = [
    ('f"""\n\n\n            {\n            6\n            0="""', 'exec'),
    ('f"{a b}"', 'exec'), ('x = f"{1 +}"', 'exec'), ('f"""\n{\n1 +\n}"""', 'exec'),
    ('"\\\n"(1 for c in I,\\\n\\', 'exec'), ('f(1 for c in I,\\\n', 'exec'), ('"a"(1 for c in I, 2)', 'exec'),
    ('(1,\\\n', 'exec'), ('x = (1 +\\\n', 'eval'), ('x = 1 +\\\n', 'eval'), ('x = 1 +\\', 'eval'),
    ('(1 for c in I,\\\n\\', 'eval'), ('foo(1,\\\n\\\n', 'exec'), ('x = 1 +\\', 'exec'),
]
for src, mode in cases:
    try:
        compile(src, '<s>', mode)
        print('compiled')
    except SyntaxError as e:
        print(mode, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
