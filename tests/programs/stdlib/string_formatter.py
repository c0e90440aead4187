# string.Formatter on _string.formatter_parser / formatter_field_name_split; string constants and Template.
import string
import _string

print(list(_string.formatter_parser('a{0}b{x.y[1]:>{w}}c{{d}}e{!r}f{z!s:3}')))
print(list(_string.formatter_parser('x}}y')), list(_string.formatter_parser('{0!r:}')), list(_string.formatter_parser('{[}]}')))
first, rest = _string.formatter_field_name_split('a.b[0][x]')
print(first, list(rest), _string.formatter_field_name_split('12.b')[0])
for bad in ['{', '}', 'a{', '{a', '{!', '{!r', '{!rx}', '{:{}', '{a{}']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for bad in ['a.', 'a[x', 'a[x]y']:
    try:
        list(_string.formatter_field_name_split(bad)[1])
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
f = string.Formatter()
print(f.format('{0}-{x!r:>5}-{y[1]}-{0.real}', 1, x='a', y=[7, 8]))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(string.Template('$a and ${b}s').substitute(a=1, b='x'), string.Template('$a $z').safe_substitute(a=1))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello   big world'))
