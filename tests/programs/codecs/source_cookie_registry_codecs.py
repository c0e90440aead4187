# A coding cookie naming one of CPython's pure-Python codecs (cp437, cp850, mac_roman...) decodes the source
# through the codec registry; a codec that is not a text encoding is refused.
import os
import sys
import tempfile

for enc, raw in [("cp437", b"\x82\x85\xb0"), ("cp850", b"\x82\x9b"), ("mac_roman", b"\x8e\xa5"),
                 ("hp_roman8", b"\xc0\xd1")]:
    src = b"# -*- coding: " + enc.encode() + b" -*-\ns = '" + raw + b"'\n"
    ns = {}
    exec(compile(src, "<" + enc + ">", "exec"), ns)
    print(enc, ascii(ns["s"]), ns["s"] == raw.decode(enc))

for enc in ("rot13", "hex", "no-such-codec"):
    try:
        compile(b"# coding: " + enc.encode() + b"\nprint(1)\n", "<bad>", "exec")
    except SyntaxError as e:
        print(enc, "SyntaxError:", e.msg)

# A module file in cp437 imports and runs.
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "dosmod.py"), "wb") as f:
        f.write(b"# -*- coding: cp437 -*-\nBOX = '\xc9\xcd\xbb'\n")
    sys.path.insert(0, d)
    sys.dont_write_bytecode = True
    import dosmod
    print(ascii(dosmod.BOX))
