#!/usr/bin/env python3
"""Writes dist/builtin_docs.jsonl: the __text_signature__ and __doc__ of CPython 3.11's builtin functions, types
and descriptors (C docstrings, which Lib/ does not hold), for the modules Typhon implements natively (those
src/ registers). `npm run build` runs it; Typhon reads the file on the first docstring asked for
(src/objects/builtin_docs.ts), so `help(len)` and `inspect.signature(len)` work as in CPython.

Keys: 'module:name' for a module's function (by the name it is imported as: CPython's _io says it is 'io'),
'module.Type' for a type (its __module__ and __qualname__), and
'module.Type.attr' for a method, classmethod, static method, getset or member descriptor in the type's dict.
One JSON array [key, text_signature or null, doc or null] per line (ASCII: json.dumps escapes the rest), sorted
by key, after a first line that indexes blocks of 32 lines, so that Typhon reads the index and one block
for an entry, not the ~380 KB file. Slot wrappers' are in src/objects/slot_docs.ts.

Usage: python3 scripts/gen_builtin_docs.py [OUT]   (CPython 3.11; writes an empty file, with a warning, under another version)
"""
import importlib, json, os, re, sys, types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'dist', 'builtin_docs.jsonl')

BLOCK = 32
DESCRIPTORS = (types.MethodDescriptorType, types.ClassMethodDescriptorType, types.BuiltinFunctionType,
               types.GetSetDescriptorType, types.MemberDescriptorType)


def sig_doc(o):
    doc = o.__doc__
    return [getattr(o, '__text_signature__', None), doc if isinstance(doc, str) else None]


def main():
    if sys.version_info[:2] != (3, 11):
        print(f'gen_builtin_docs: CPython 3.11 needed, this is {sys.version.split()[0]}: no builtin docstrings', file=sys.stderr)
        return {}
    native = {'builtins', 'sys'}
    for folder, _, files in os.walk(os.path.join(ROOT, 'src')):
        for name in files:
            if name.endswith('.ts'):
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    native.update(re.findall(r"registerNativeModule\('([\w.]+)'", f.read()))
    out = {}
    seen = set()

    def walk_type(t):
        if t in seen:
            return
        seen.add(t)
        key = f'{t.__module__}.{t.__qualname__}'
        out[key] = sig_doc(t)
        for k, v in vars(t).items():
            if isinstance(v, (staticmethod, classmethod)):
                v = v.__func__
            if isinstance(v, DESCRIPTORS):
                entry = sig_doc(v)
                if entry != [None, None]:
                    out[f'{key}.{k}'] = entry

    for name in sorted(native):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue  # a module CPython lacks on this platform
        for k, v in vars(mod).items():
            if isinstance(v, types.BuiltinFunctionType):
                entry = sig_doc(v)
                if entry != [None, None]:
                    out[f'{name}:{k}'] = entry
            elif isinstance(v, type) and v.__module__ != '__main__' and not isinstance(v.__dict__.get('__init__'), types.FunctionType):
                if v.__flags__ & (1 << 9) and v.__module__ not in native and v.__module__.split('.')[0] not in native:
                    continue  # a class of a Python module the native one re-exports
                walk_type(v)
    # Builtin types no native module exports (function, code, list_iterator, types.GenericAlias...): the static
    # subclasses of object.
    stack = [object]
    while stack:
        t = stack.pop()
        if not t.__flags__ & (1 << 9):
            walk_type(t)
        stack.extend(type.__subclasses__(t))
    return out


if __name__ == '__main__':
    docs = main()
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    tmp = out_path + '.tmp'
    lines = [json.dumps([key, *docs[key]], separators=(',', ':')) + '\n' for key in sorted(docs)]
    # The first line indexes blocks of lines: [[first key, start, end], ...], offsets from the end of that line.
    blocks, at = [], 0
    for i in range(0, len(lines), BLOCK):
        size = sum(len(line) for line in lines[i:i + BLOCK])
        blocks.append([json.loads(lines[i])[0], at, at + size])
        at += size
    with open(tmp, 'w', encoding='ascii') as f:
        f.write(json.dumps(blocks, separators=(',', ':')) + '\n')
        f.writelines(lines)
    os.replace(tmp, out_path)
