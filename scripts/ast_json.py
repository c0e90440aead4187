"""Print CPython's AST of Python source files as JSON, one line per file.

A bridge for testing the compiler before Typhon's own parser exists: the JSON is
turned into Typhon's node classes by tests/helpers/ast-from-json.mjs.

Usage: python3 scripts/ast_json.py [--mode exec|eval|single|func_type] [--source] [--feature-version N] FILE...
  FILE may be '-' for standard input. Each output line is
    {"file": FILE, "ast": NODE}                      on success, or
    {"file": FILE, "error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset", "text"}}
  and with --source also has "source": the decoded text (what compile() saw).

Nodes are {"_type": "Name", <fields>..., "lineno": ..., "col_offset": ..., "end_lineno": ..., "end_col_offset": ...}.
Constant values (Constant.value, MatchSingleton.value) keep their Python type:
  str -> JSON string; True/False/None -> true/false/null;
  int -> {"_const": "int", "v": "<decimal>"}; float -> {"_const": "float", "v": "<repr>"} (also 'inf', '-inf', 'nan');
  complex -> {"_const": "complex", "real": "<repr>", "imag": "<repr>"};
  bytes -> {"_const": "bytes", "hex": "<hex digits>"}; Ellipsis -> {"_const": "Ellipsis"};
  tuple / frozenset -> {"_const": "tuple" | "frozenset", "items": [...]};
  a str holding a surrogate pair as two code points -> {"_const": "strcp", "cps": [<code point>...]}.
"""
import ast
import io
import re
import json
import sys
import tokenize

# Huge int literals must survive str(); the limit is only a DoS guard.
sys.set_int_max_str_digits(0)


_SURROGATE_PAIR = re.compile('[\ud800-\udbff][\udc00-\udfff]')


def encode_const(v):
    if isinstance(v, str) and _SURROGATE_PAIR.search(v):
        # JSON's "\ud834\udd1e" would read as one astral character: send the code points.
        return {'_const': 'strcp', 'cps': [ord(c) for c in v]}
    if v is None or v is True or v is False or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'_const': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'_const': 'float', 'v': repr(v)}
    if isinstance(v, complex):
        return {'_const': 'complex', 'real': repr(v.real), 'imag': repr(v.imag)}
    if isinstance(v, bytes):
        return {'_const': 'bytes', 'hex': v.hex()}
    if v is Ellipsis:
        return {'_const': 'Ellipsis'}
    if isinstance(v, tuple):
        return {'_const': 'tuple', 'items': [encode_const(x) for x in v]}
    if isinstance(v, frozenset):
        return {'_const': 'frozenset', 'items': [encode_const(x) for x in v]}
    raise TypeError(f'unexpected constant {v!r}')


def encode(node):
    if isinstance(node, list):
        return [encode(x) for x in node]
    if not isinstance(node, ast.AST):
        return node  # identifiers, strings, ints (lineno, level, is_async, ...)
    out = {'_type': type(node).__name__}
    is_const = isinstance(node, (ast.Constant, ast.MatchSingleton))
    for f in node._fields:
        v = getattr(node, f, None)
        out[f] = encode_const(v) if is_const and f == 'value' else encode(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


def read_source(path):
    """Decode a file the way compile() does (PEP 263 coding cookie, BOM)."""
    data = sys.stdin.buffer.read() if path == '-' else open(path, 'rb').read()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return data, None
    if text.startswith('\ufeff'):
        text = text[1:]
    return data, text


def error_json(e):
    return {'type': type(e).__name__, 'msg': getattr(e, 'msg', str(e)),
            'lineno': getattr(e, 'lineno', None), 'offset': getattr(e, 'offset', None),
            'end_lineno': getattr(e, 'end_lineno', None), 'end_offset': getattr(e, 'end_offset', None),
            'text': getattr(e, 'text', None)}


def file_json(path, mode='exec', with_source=False, feature_version=None):
    out = {'file': path}
    try:
        data, text = read_source(path)
        if with_source:
            out['source'] = text
        kw = {} if feature_version is None else {'feature_version': feature_version}
        tree = ast.parse(data, path, mode, **kw)
        out['ast'] = encode(tree)
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        out['error'] = error_json(e)
    return out


def main(argv):
    mode = 'exec'
    with_source = False
    feature_version = None
    files = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--mode':
            i += 1
            mode = argv[i]
        elif a == '--source':
            with_source = True
        elif a == '--feature-version':
            i += 1
            feature_version = int(argv[i])
        else:
            files.append(a)
        i += 1
    w = sys.stdout.write
    for path in files:
        w(json.dumps(file_json(path, mode, with_source, feature_version)))
        w('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
