# PEP 401's easter egg: with CO_FUTURE_BARRY_AS_BDFL among compile()'s flags (or inherited from the calling
# code), '<>' is the not-equal operator and '!=' a SyntaxError; without it, the reverse.
import __future__, ast
flag = __future__.CO_FUTURE_BARRY_AS_BDFL
print(eval(compile("1 <> 2", "<s>", "eval", flag)), hex(compile("1 <> 2", "<s>", "eval", flag).co_flags & flag))
ns = {}
exec(compile("x = 3 <> 3\ny = eval('4 <> 5')", "<s>", "exec", flag), ns)
print(ns['x'], ns['y'])
for src, flags in (("2 != 3", flag), ("2 <> 3", 0), ("a = 1\nif a != 2: pass", flag)):
    try:
        compile(src, "<t>", "exec", flags)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
print(ast.dump(ast.parse("1 <> 2", mode="eval") if False else compile("1 <> 2", "<s>", "eval", flag | ast.PyCF_ONLY_AST)))
try:
    compile("1 != 2", "<s>", "eval", flag | ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print(e.msg)
print(eval(compile("1 <> 2", "<s>", "eval", flag, dont_inherit=True)))
