# string (Template, capwords, constants) and textwrap: both import re.
import string
import textwrap

print(string.ascii_letters, string.digits, string.punctuation)
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   wide world"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill("a b c d e f g", width=5))
print(repr(textwrap.dedent("    x\n      y\n    z")), repr(textwrap.indent("a\nb", "> ")), textwrap.shorten(text, 40))
