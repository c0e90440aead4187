# io.StringIO and io.TextIOWrapper with strs holding a high surrogate before a low one (two code points):
# writes that meet in such a pair, seeks, reads, lines, truncation, newline modes, encoders.
import io
a, b = "\ud83d", "\ude00"
p = a + b
def show(k, f):
    try:
        r = f()
        print(k, ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))
def ops(init, *steps, newline='\n'):
    s = io.StringIO(init, newline=newline)
    out = []
    for st in steps:
        if st[0] == 'w': out.append(s.write(st[1]))
        elif st[0] == 's': out.append(s.seek(*st[1:]))
        elif st[0] == 'r': out.append(s.read(*st[1:]))
        elif st[0] == 'l': out.append(s.readline(*st[1:]))
        elif st[0] == 't': out.append(s.tell())
        elif st[0] == 'T': out.append(s.truncate(*st[1:]))
        elif st[0] == 'v': out.append(s.getvalue())
        elif st[0] == 'L': out.append(list(s))
        elif st[0] == 'S': out.append(s.__getstate__())
        elif st[0] == 'n': out.append(s.newlines)
    return out
show('1', lambda: ops(p, ('r',), ('t',), ('s', 0), ('r', 1), ('t',), ('r',), ('v',)))
show('2', lambda: ops(None, ('w', a), ('w', b), ('t',), ('v',), ('s', 1), ('r',)))
show('3', lambda: ops('xyz', ('s', 1), ('w', p), ('v',), ('t',), ('w', 'q'), ('v',)))
show('4', lambda: ops('\U0001f600abc', ('s', 1), ('w', 'XY'), ('v',), ('t',)))
show('5', lambda: ops('ab', ('s', 5), ('w', b), ('v',), ('s', 1), ('w', a), ('v',)))
show('6', lambda: ops(a, ('s', 0, 2), ('w', b + '\n' + a + '\r\n' + b), ('v',), ('s', 0), ('l',), ('l',), ('l',), ('n',), newline=None))
show('7', lambda: ops(p + '\r' + p + '\r\n' + p, ('L',), newline=''))
show('8', lambda: ops(p + '\n' + p, ('v',), newline='\r\n'))
show('9', lambda: ops(p + '\r' + p, ('l',), ('l', 1), ('l',), newline='\r'))
show('10', lambda: ops(p * 3, ('s', 3), ('T',), ('v',), ('T', 1), ('v',), ('t',), ('S',)))
show('11', lambda: ops(a, ('s', 0, 2), ('w', type('S', (str,), {})(b)), ('v',)))
show('12', lambda: ops('', ('w', p), ('w', 5)))
show('13', lambda: ops('x' + a, ('s', 1), ('w', b), ('v',)))
show('14', lambda: ops('ab' + a, ('s', 0, 2), ('w', b + 'c'), ('v',), ('s', 0), ('l', 3), ('S',)))
show('15', lambda: ops(p + '\n' + p, ('L',)))
show('16', lambda: (lambda s: (print(a, b, sep='', end=b, file=s), s.getvalue())[1])(io.StringIO()))
show('17', lambda: (lambda s: (s.writelines([a, b, p]), s.getvalue())[1])(io.StringIO()))
def tw(enc, err, *pieces, newline=None, **kw):
    bio = io.BytesIO()
    t = io.TextIOWrapper(bio, enc, err, newline=newline, **kw)
    r = [t.write(x) for x in pieces]
    t.flush()
    return r, bio.getvalue()
show('t1', lambda: tw('utf-8', 'surrogatepass', p))
show('t2', lambda: tw('utf-8', 'surrogatepass', a, b))
show('t3', lambda: tw('utf-16-le', 'surrogatepass', a, 'x', b, p))
show('t4', lambda: tw('utf-8', 'strict', 'x', p))
show('t5', lambda: tw('utf-8', 'surrogatepass', p + '\n' + p, newline='\r\n'))
show('t6', lambda: tw('utf-8', 'backslashreplace', a, b, write_through=True))
show('t7', lambda: tw('ascii', 'xmlcharrefreplace', a, b, p, line_buffering=True))
show('t8', lambda: tw('utf-8', 'surrogatepass', type('S', (str,), {})('q'), a, b))
