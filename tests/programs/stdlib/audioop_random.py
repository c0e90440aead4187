# audioop on random fragments at widths 1-4, results printed as CRC-32s: the float formulas (rms, avg, mul,
# tomono, tostereo, findfit/findfactor), clipping, bias wraparound, the codecs and ratecv/ADPCM run in chunks
# with their states carried over.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import audioop as a
import random, zlib

rnd = random.Random(1234)

def h(r):
    if isinstance(r, bytes):
        return '%d:%08x' % (len(r), zlib.crc32(r))
    if isinstance(r, tuple):
        return '(' + ', '.join(h(x) for x in r) + ')'
    return repr(r)

def frag(n, loud=False):
    if loud:  # mostly near the extremes, so that sums and products clip
        return bytes(rnd.choice((0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe)) for _ in range(n))
    return rnd.randbytes(n)

for w in (1, 2, 3, 4):
    for loud in (False, True):
        f = frag(w * 600, loud)
        g = frag(w * 600, loud)
        out = []
        for name, args in [('max', (f, w)), ('minmax', (f, w)), ('avg', (f, w)), ('rms', (f, w)), ('avgpp', (f, w)),
                           ('maxpp', (f, w)), ('cross', (f, w)), ('mul', (f, w, 1.7)), ('mul', (f, w, -0.3)),
                           ('mul', (f, w, 3e-7)), ('add', (f, g, w)), ('bias', (f, w, 0x12345678)),
                           ('bias', (f, w, -0x7654321)), ('reverse', (f, w)), ('byteswap', (f, w)),
                           ('tomono', (f, w, 0.6, 0.7)), ('tomono', (f, w, -1.0, 1.0)), ('tostereo', (f, w, 0.9, -1.1)),
                           ('lin2lin', (f, w, 1)), ('lin2lin', (f, w, 2)), ('lin2lin', (f, w, 3)), ('lin2lin', (f, w, 4)),
                           ('lin2ulaw', (f, w)), ('lin2alaw', (f, w)), ('ulaw2lin', (f[:300], w)), ('alaw2lin', (f[:300], w)),
                           ('lin2adpcm', (f, w, None)), ('adpcm2lin', (f[:300], w, None)),
                           ('ratecv', (f, w, 1, 44100, 8000, None)), ('ratecv', (f, w, 2, 8000, 44100, None, 3, 2)),
                           ('ratecv', (f, w, 3, 7, 5, None, 1, 4))]:
            out.append(name + '=' + h(getattr(a, name)(*args)))
        print(w, loud, ' '.join(out))
        # The same streams cut into chunks, the state carried from one call to the next.
        st1 = st2 = st3 = None
        parts = []
        for k in range(0, len(f), w * 50):
            chunk = f[k:k + w * 50]
            r1, st1 = a.ratecv(chunk, w, 1, 11025, 8000, st1)
            r2, st2 = a.lin2adpcm(chunk, w, st2)
            r3, st3 = a.adpcm2lin(r2, w, st3)
            parts.append(h(r1) + h(r2) + h(r3))
        print(' ', zlib.crc32(' '.join(parts).encode()), st1, st2, st3)

# findfit/findfactor/findmax on 16-bit data
x = frag(2000)
y = x[600:800]
print(a.findfit(x, y), a.findfit(x, frag(100)), a.findfactor(x[:200], y), a.findfactor(y, a.mul(y, 2, 0.37)),
      a.findmax(x, 50), a.findmax(x, 1), a.findmax(x, 1000))
