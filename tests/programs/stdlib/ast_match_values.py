# Validation of literal patterns (ensure_literal_negative/complex) and mapping keys in compiled trees.
import ast
P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
C = lambda v: ast.Constant(v, **P)
def case(p):
    return ast.fix_missing_locations(ast.Module([ast.Match(ast.Name('x', ast.Load()), [ast.match_case(p, None, [ast.Pass()])])], []))
for label, v in [('-1', ast.UnaryOp(ast.USub(), C(1))), ('-True', ast.UnaryOp(ast.USub(), C(True))), ('-1j', ast.UnaryOp(ast.USub(), C(1j))),
                 ('-x', ast.UnaryOp(ast.USub(), ast.Name('x', ast.Load()))), ('+1', ast.UnaryOp(ast.UAdd(), C(1))),
                 ('1+2j', ast.BinOp(C(1), ast.Add(), C(2j))), ('2j+1', ast.BinOp(C(2j), ast.Add(), C(1))), ('-1-2j', ast.BinOp(ast.UnaryOp(ast.USub(), C(1)), ast.Sub(), C(2j))),
                 ('1*2j', ast.BinOp(C(1), ast.Mult(), C(2j))), ('1+x', ast.BinOp(C(1), ast.Add(), ast.Name('x', ast.Load()))), ('1.5+-2j', ast.BinOp(C(1.5), ast.Add(), ast.UnaryOp(ast.USub(), C(2j)))),
                 ('"s"-1j', ast.BinOp(C('s'), ast.Sub(), C(1j))), ('f-string', ast.JoinedStr([C('a')])), ('None', C(None)), ('...', C(...))]:
    try:
        compile(case(ast.MatchValue(v)), 'f', 'exec'); print(label, 'ok')
    except (ValueError, SyntaxError, TypeError) as e:
        print(label, type(e).__name__, e)
for label, keys in [('None key', [C(None)]), ('True key', [C(True)]), ('-1 key', [ast.UnaryOp(ast.USub(), C(1))]), ('name key', [ast.Name('k', ast.Load())]), ('attr key', [ast.Attribute(ast.Name('k', ast.Load()), 'a', ast.Load())])]:
    try:
        compile(case(ast.MatchMapping(keys, [ast.MatchAs()])), 'f', 'exec'); print(label, 'ok')
    except (ValueError, SyntaxError, TypeError) as e:
        print(label, type(e).__name__, e)
