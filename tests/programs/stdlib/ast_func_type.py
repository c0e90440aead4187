# ast.parse(mode='func_type'): function type comments "(argtypes) -> returns", positions, bad forms.
import ast
for s in ['(int, int) -> int', '() -> None', '(*a) -> b', '(x, *a, **k) -> b', '(**k) -> b', '(int,) -> x', '((int, str)) -> x', '(a)\n -> b\n\n', '(a, *b, c) -> x', 'x -> y', '(a) -> b, c', '(Callable[complex], More[Complex(call.to_typevar())]) -> None', '(List[int],\n  "é") -> Dict[str, int]\n', "(a, 'ü') -> x if y else z", '(a) -> (b, c)']:
    try: print(repr(s), ast.dump(ast.parse(s, mode='func_type'), include_attributes=True))
    except SyntaxError as e: print(repr(s), 'SyntaxError', e.msg, e.lineno)
print(ast.unparse(ast.parse('(int, *str) -> bool', mode='func_type')))
