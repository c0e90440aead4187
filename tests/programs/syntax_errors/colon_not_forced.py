# In 3.11 the ':' of class, for and with is not a forced token: only a NEWLINE where it belongs gives
# "expected ':'"; anything else is plain "invalid syntax" at the offending token.
tests = ["class R&D:\n  pass\n", "for x in range 10:\n  pass\n", "for x in range(10)\n  pass\n",
         "with block ad something:\n  pass\n", "with a\n  pass\n", "with (a, b)\n  pass\n", "with (a, b) c:\n pass\n",
         "class A\n  pass\n", "class A(B)\n  pass\n", "class A(B) x:\n  pass\n", "for x in y z\n  pass\n",
         "async def f():\n  async for x in y\n    pass\n", "async def f():\n  async with a\n    pass\n",
         "class A:\npass\n", "for x in y:\npass\n", "for x in y, z w:\n pass\n", "class A(:\n pass\n",
         "with a as b c:\n pass\n", "while x y:\n pass\n", "if x y:\n pass\n", "def f() x:\n pass\n", "try x:\n pass\n"]
for s in tests:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
