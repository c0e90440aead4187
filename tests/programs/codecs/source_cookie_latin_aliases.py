# Coding cookies naming Python's aliases of ISO 8859 codecs (latin9 is iso8859_15, latin7 iso8859_13, l8 iso8859_14)
for name in ('latin9', 'L9', 'latin7', 'l7', 'latin8', 'l8', 'iso-celtic', 'iso_8859_15', 'latin-1', 'latin2'):
    src = b'# -*- coding: ' + name.encode() + b' -*-\nx = "\xa4\xe6\xfe"\n'
    ns = {}
    exec(compile(src, '<' + name + '>', 'exec'), ns)
    print(name, ascii(ns['x']))
