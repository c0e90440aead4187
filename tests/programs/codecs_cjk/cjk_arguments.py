# Argument checks of the incremental and stream classes of _multibytecodec.
import codecs, io
E = codecs.getincrementalencoder('gbk')
for f in [lambda: E(5), lambda: E(errors=5), lambda: E('strict', 1), lambda: codecs.getreader('gbk')(), lambda: codecs.getreader('gbk')(io.BytesIO(), 3),
          lambda: E().encode('a', 'x'), lambda: codecs.getincrementaldecoder('gbk')().decode(b'a', 2), lambda: E().setstate(-1),
          lambda: E().setstate(1 << 200), lambda: codecs.getreader('gbk')(io.BytesIO(b'ab')).read('x'),
          lambda: codecs.getwriter('gbk')(io.BytesIO()).writelines(5), lambda: codecs.getwriter('gbk')(io.BytesIO()).writelines({1: 'a'})]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
