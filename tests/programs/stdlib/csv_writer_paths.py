# csv writer: the string path and the code-point path (astral or surrogate dialect characters, str subclasses).
import csv, io

class S(str):
    def __str__(self):
        return 'never used'

def w(rows, **kw):
    out = io.StringIO()
    wr = csv.writer(out, **kw)
    for r in rows:
        try:
            wr.writerow(r)
        except csv.Error as e:
            out.write('<Error %s>' % e)
    return out.getvalue()

rows = [['a', 'b,c', 'd"e', 'f\ng', 'h\ri', '😀', '', None], [''], [None], [], ['x😀,y', S('s,t'), 3, 2.5, True]]
for kw in ({}, {'delimiter': '😀'}, {'quotechar': '😀'}, {'escapechar': '😀', 'quoting': csv.QUOTE_NONE},
           {'lineterminator': '😀\n'}, {'lineterminator': 'g'}, {'delimiter': '\udc00'}, {'quoting': csv.QUOTE_ALL},
           {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
           {'doublequote': False, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE}):
    text = w(rows, **kw)
    print(kw, ascii(text))
    try:
        back = list(csv.reader(io.StringIO(text, newline=''), **{k: v for k, v in kw.items() if k != 'lineterminator'}))
        print(' ', ascii(back))
    except csv.Error as e:
        print('  Error', e)
