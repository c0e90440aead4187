# csv on real files: DictWriter/DictReader with newline='', universal newlines, binary mode errors.
import csv, os, tempfile
p = os.path.join(tempfile.mkdtemp(), 'f.csv')
with open(p, 'w', newline='') as f:
    w = csv.DictWriter(f, ['id', 'text'])
    w.writeheader()
    w.writerows([{'id': 1, 'text': 'multi\nline'}, {'id': 2, 'text': 'crlf\r\ninside'}, {'id': 3, 'text': 'é😀'}])
print(open(p, 'rb').read())
with open(p, newline='') as f:
    print(list(csv.DictReader(f)))
with open(p) as f:
    r = csv.reader(f)
    print(list(r), r.line_num)
with open(p, 'rb') as f:
    try:
        list(csv.reader(f))
    except csv.Error as e:
        print(e)
