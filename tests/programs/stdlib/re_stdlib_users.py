# Standard-library modules built on re: textwrap, string.Template, json (its pure-Python scanner
# uses regular expressions).
import re
import textwrap
import string
import json

text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap('a-very-long-hyphenated-word and more words here', width=12))
print(textwrap.shorten(text, width=40), repr(textwrap.dedent('    a\n      b\n    c\n')))
print(textwrap.indent('one\ntwo\n\nthree', '> '))

t = string.Template('$who likes ${what}; $$5 costs ${price}')
print(t.substitute(who='Tim', what='kung pao', price=3), t.safe_substitute(who='Ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$ bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a$b').get_identifiers(), string.Template('${a} $b $$c').is_valid())

doc = '{"name": "re", "nums": [1, 2.5, -3e2], "nested": {"t": true, "f": false, "n": null}, "s": "a\\"b\\u00e9"}'
obj = json.loads(doc)
print(obj, json.dumps(obj, sort_keys=True), json.dumps(obj, indent=2)[:40])
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.loads('  [1, "x" , {"k": []}]  '), json.dumps('tab\tnewline\n"quote"'), json.dumps('é😀', ensure_ascii=True))
