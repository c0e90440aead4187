# csv.py on top of _csv: DictReader, DictWriter, Sniffer, dialect classes, round trips.
import csv, io

data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n\r\nCarol,,Paris\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)

r = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n5\n'), restkey='rest', restval='?')
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['x', 'y', 'z'], extrasaction='ignore')
w.writeheader()
w.writerow({'x': 1, 'y': 'two, three', 'z': None, 'extra': 5})
w.writerows([{'x': 1.5}, {'y': 'q"uote'}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'b': 1})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)

s = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
d = s.sniff(sample)
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting)
print(s.has_header('name,age\nbob,3\nann,4\n'), s.has_header('1,2\n3,4\n'))
d = s.sniff('"a","b c","d"\n"1","2","3"\n')
print(repr(d.delimiter), repr(d.quotechar))
try:
    s.sniff('')
except csv.Error as e:
    print('Error', e)

class MyDialect(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = False
    escapechar = '\\'
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('mine', MyDialect)
print(sorted(csv.list_dialects()))
out = io.StringIO()
w = csv.writer(out, 'mine')
w.writerows([['a|b', "it's", 'plain', 1, 2.25, None], [], ['x']])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), 'mine')))
csv.unregister_dialect('mine')
try:
    csv.get_dialect('mine')
except csv.Error as e:
    print('Error', e)

class Bad(csv.Dialect):
    delimiter = ''
try:
    Bad()
except csv.Error as e:
    print('Error', e)

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    out = io.StringIO()
    w = csv.writer(out, quoting=q, escapechar='\\')
    w.writerow(['a', 'b c', 1, 2.5, 1e300, -0.0, float('inf'), True, None, 'd,e', 'q"', '', 10**20])
    print(q, repr(out.getvalue()))

rows = [['1', 'x y', '-3.5'], ['', '"q"', 'e\r\nf']]
out = io.StringIO(newline='')
csv.writer(out).writerows(rows)
print(list(csv.reader(io.StringIO(out.getvalue(), newline=''))) == rows)
print(list(csv.reader(['1,2.5,"a"', '-1e3, 7'], quoting=csv.QUOTE_NONNUMERIC)))
r = csv.reader(['a,"b', 'c",d', 'e'])
print(next(r), r.line_num, next(r), r.line_num)
print(list(csv.reader(['a\tb\t"c\td"'], dialect='excel-tab')))
print(list(csv.reader(['a, "b,c" ,d'], skipinitialspace=True)))
print(list(csv.reader(['😀,é,"x😀y"'])))
print(csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['0123456789a']))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
