# audioop: every function at widths 1-4 on edge samples (min/max, clipping, empty fragments), ratecv and ADPCM
# states, the u-LAW/A-LAW tables, argument errors and the import's DeprecationWarning.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import audioop
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
import array, sys
a = audioop

def t(s):
    try: r = eval(s)
    except Exception as e: print(s, '->', type(e).__name__, e)
    else: print(s, '=>', repr(r))

def pack(w, vals):
    return b''.join(v.to_bytes(w, 'little', signed=True) for v in vals)

for w in (1, 2, 3, 4):
    hi = (1 << (8 * w - 1)) - 1
    lo = -hi - 1
    edge = pack(w, [0, 1, -1, hi, lo, hi - 1, lo + 1, hi // 3, lo // 5, 7, -7])
    g = {'a': a, 'e': edge, 'w': w, 'hi': hi, 'lo': lo, 'pack': pack}
    print('-- width', w)
    for s in ["a.getsample(e, w, 0)", "a.getsample(e, w, 4)", "a.getsample(e, w, 10)", "a.getsample(e, w, 11)",
              "a.getsample(e, w, -1)", "a.max(e, w)", "a.max(b'', w)", "a.minmax(e, w)", "a.minmax(b'', w)",
              "a.avg(e, w)", "a.avg(b'', w)", "a.avg(pack(w, [lo, lo]), w)", "a.avg(pack(w, [-3, 0]), w)",
              "a.rms(e, w)", "a.rms(b'', w)", "a.rms(pack(w, [lo]), w)", "a.avgpp(e, w)", "a.maxpp(e, w)",
              "a.avgpp(pack(w, [lo, hi, lo, hi]), w)", "a.maxpp(pack(w, [lo, hi, lo, hi]), w)", "a.avgpp(b'', w)",
              "a.maxpp(pack(w, [5]), w)", "a.avgpp(pack(w, [0, 3, 3, 1, 1, 4, 2, 2, 5]), w)",
              "a.cross(e, w)", "a.cross(b'', w)", "a.cross(pack(w, [0, -1, 1, 2, -3]), w)",
              "a.mul(e, w, 2)", "a.mul(e, w, -1)", "a.mul(e, w, 0.5)", "a.mul(e, w, -0.5)", "a.mul(e, w, 1e300)",
              "a.mul(e, w, float('nan'))", "a.mul(e, w, float('-inf'))", "a.mul(b'', w, 3)",
              "a.add(e, e, w)", "a.add(e, a.mul(e, w, -1), w)", "a.add(pack(w, [hi, lo]), pack(w, [1, -1]), w)",
              "a.bias(e, w, 1)", "a.bias(e, w, -1)", "a.bias(e, w, 2**31 - 1)", "a.bias(e, w, -2**31)",
              "a.reverse(e, w)", "a.byteswap(e, w)", "a.tomono(e[:10 * w], w, 0.5, 0.5)", "a.tomono(e[:10 * w], w, 1, 1)",
              "a.tomono(e[:10 * w], w, -1, 0)", "a.tomono(e, w, 1, 1)", "a.tostereo(e, w, 1, -1)", "a.tostereo(e, w, 2, 0.25)",
              "a.tostereo(b'', w, 1, 1)", "[a.lin2lin(e, w, n) for n in (1, 2, 3, 4)]", "a.lin2lin(e, w, 5)",
              "a.lin2ulaw(e, w)", "a.lin2alaw(e, w)", "a.ulaw2lin(bytes(range(0, 256, 17)), w)",
              "a.alaw2lin(bytes(range(0, 256, 17)), w)", "a.lin2adpcm(e, w, None)", "a.lin2adpcm(e, w, (100, 40))",
              "a.lin2adpcm(e, w, (-32768, 88))", "a.adpcm2lin(b'\\x07\\x7f\\x80\\xf0', w, None)",
              "a.adpcm2lin(b'\\x07\\x7f\\x80\\xf0', w, (32767, 88))", "a.adpcm2lin(b'', w, (5, 3))",
              "a.ratecv(e, w, 1, 8000, 16000, None)", "a.ratecv(e, w, 1, 16000, 8000, None)",
              "a.ratecv(e, w, 1, 3, 7, None, 3, 1)", "a.ratecv(e[:10 * w], w, 2, 44100, 22050, None)",
              "a.ratecv(e, w, 1, 8000, 11025, (-5, ((hi, lo),)))", "a.ratecv(b'', w, 3, 1, 2, None)",
              "a.ratecv(e, w, 1, 2, 3, (0, ((1, 2),)), 2, 5)",
              "a.getsample(e[:-1], w, 0)" if w > 1 else "a.getsample(e, w, 2**63)"]:
        try: r = eval(s, g)
        except Exception as ex: print(s, '->', type(ex).__name__, ex)
        else: print(s, '=>', repr(r))

# The whole u-LAW and A-LAW tables, both ways.
print(a.ulaw2lin(bytes(range(256)), 2) == array.array('h', a.ulaw2lin(bytes(range(256)), 2)).tobytes())
print(list(array.array('h', a.ulaw2lin(bytes(range(256)), 2))))
print(list(array.array('h', a.alaw2lin(bytes(range(256)), 2))))
allw = array.array('h', range(-32768, 32768, 3)).tobytes()
print(sum(a.lin2ulaw(allw, 2)), sum(a.lin2alaw(allw, 2)), a.lin2ulaw(allw, 2)[::701], a.lin2alaw(allw, 2)[::701])

# findfit, findfactor, findmax (16-bit only)
x = array.array('h', [0, 100, -200, 300, 32767, -32768, 5, 6, 7, -8, 9, 10]).tobytes()
for s in ["a.findfit(x, x[4:10])", "a.findfit(x, x)", "a.findfit(x, b'')", "a.findfit(x[:6], x)", "a.findfit(x, b'a')",
          "a.findfit(b'\\0\\0' * 4, b'\\0\\0')", "a.findfactor(x, x)", "a.findfactor(x, a.mul(x, 2, -0.5))",
          "a.findfactor(x, x[:-2])", "a.findfactor(x, b'\\0' * len(x))", "a.findfactor(b'a', b'b')", "a.findmax(x, 3)",
          "a.findmax(x, 0)", "a.findmax(x, 12)", "a.findmax(x, 13)", "a.findmax(x, -1)", "a.findmax(b'abc', 1)",
          "a.findmax(x, 2**64)", "a.findfit(memoryview(x)[1:], b'')"]:
    t(s)

# Argument handling: bytes-like objects, str, keywords, counts, conversions, and the checks' order.
for s in ["a.max(bytearray(b'\\x01\\xff'), 1)", "a.max(memoryview(b'\\x01\\xff'), 1)", "a.max(array.array('i', [5, -9]), 4)",
          "a.max(memoryview(b'abcd')[::2], 1)", "a.max('ab', 1)", "a.max(None, 1)", "a.max(b'ab', 1.0)", "a.max(b'ab', '1')",
          "a.max(b'ab', 2**31)", "a.max(b'ab', 2**80)", "a.max(b'ab', True)", "a.max(b'ab', 0)", "a.max(b'ab', 5)",
          "a.max(b'abc', 2)", "a.max(b'ab')", "a.max(b'ab', 1, 2)", "a.max(fragment=b'ab', width=1)", "a.max(b'ab', width=1)",
          "a.mul(b'ab', 1, '2')", "a.mul(b'ab', 1, 2**1100)", "a.mul(b'ab', 1, True)", "a.mul('ab', 1.5, 'x')",
          "a.add(b'ab', b'abc', 1)", "a.add(b'abc', b'ab', 2)", "a.add(b'ab', 'ab', 1)", "a.tomono(b'abc', 1, 1, 1)",
          "a.tomono(b'abcdef', 2, 1, 1)", "a.lin2lin(b'ab', 1, 0)", "a.ulaw2lin(b'abc', 0)", "a.alaw2lin(b'abc', 7)",
          "a.getsample(b'ab', 1, 1.0)", "a.getsample(b'ab', 1, 2**63)", "a.bias(b'ab', 1, 2**31)", "a.bias(b'ab', 1, 1.5)",
          "a.lin2adpcm(b'abc', 2, None)", "a.lin2adpcm(b'ab', 1, [0, 0])", "a.lin2adpcm(b'ab', 1, (0,))",
          "a.lin2adpcm(b'ab', 1, (0, 0, 0))", "a.lin2adpcm(b'ab', 1, (0x8000, 0))", "a.lin2adpcm(b'ab', 1, (-0x8001, 0))",
          "a.lin2adpcm(b'ab', 1, (0, 89))", "a.lin2adpcm(b'ab', 1, (0, -1))", "a.lin2adpcm(b'ab', 1, (0.0, 0))",
          "a.lin2adpcm(b'ab', 1, (2**31, 0))", "a.lin2adpcm(b'ab', 1, (2**65, 0))", "a.lin2adpcm(b'ab', 1, ('x', 0))",
          "a.adpcm2lin(b'ab', 5, None)", "a.adpcm2lin(b'ab', 1, 0)", "a.adpcm2lin(b'ab', 1, (1, 2, 3))",
          "a.ratecv(b'ab', 1, 1, 1, 1)", "a.ratecv(b'ab', 1, 1, 1, 1, None, 1, 0, 9)", "a.ratecv(b'ab', 5, 1, 1, 1, None)",
          "a.ratecv(b'ab', 1, 0, 1, 1, None)", "a.ratecv(b'ab', 2, 2**30, 1, 1, None)", "a.ratecv(b'ab', 1, 1, 1, 1, None, 0)",
          "a.ratecv(b'ab', 1, 1, 1, 1, None, 1, -1)", "a.ratecv(b'abc', 2, 1, 1, 1, None)", "a.ratecv(b'ab', 1, 1, 0, 1, None)",
          "a.ratecv(b'ab', 1, 1, 1, -1, None)", "a.ratecv(b'ab', 1, 1, 1, 1, 5)", "a.ratecv(b'ab', 1, 1, 1, 1, (1,))",
          "a.ratecv(b'ab', 1, 1, 1, 1, (1, 2))", "a.ratecv(b'ab', 1, 1, 1, 1, (1, ()))", "a.ratecv(b'ab', 1, 1, 1, 1, (1, ((1, 2), (3, 4))))",
          "a.ratecv(b'ab', 1, 1, 1, 1, (1, ([1, 2],)))", "a.ratecv(b'ab', 1, 1, 1, 1, (1, ((1,),)))",
          "a.ratecv(b'ab', 1, 1, 1, 1, (1, ((1, 'x'),)))", "a.ratecv(b'ab', 1, 1, 1, 1, ('x', ((1, 2),)))",
          "a.ratecv(b'ab', 1, 1, 1, 1, (2**31, ((1, 2),)))", "a.ratecv(b'ab', 1, 1, 1, 1, (1.5, ((1, 2),)))",
          "a.ratecv(b'abcd', 1, 2, 1, 1, None, weightB=1)", "a.ratecv(b'\\x7f\\x80', 1, 1, 1, 1, (0, ((2**31 - 1, -2**31),)))",
          "a.ratecv(b'\\x7f\\x80', 1, 1, 3, 1, (7, ((2**31 - 1, -2**31),)))",
          "a.error", "a.error.__mro__", "a.error.__module__", "isinstance(a.error('x'), Exception)",
          "sorted(n for n in dir(a) if not n.startswith('_'))", "a.max.__module__", "a.max.__doc__", "a.ratecv.__text_signature__"]:
    t(s)

# -W error::DeprecationWarning makes the import fail, and leaves no module behind.
del sys.modules['audioop']
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        import audioop as b
    except DeprecationWarning as ex:
        print('import failed:', ex, 'audioop' in sys.modules)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    import audioop as b
print(b.error is a.error, b.max(b'\x80', 1))
try:
    a.getsample(b'', 1, 0)
except a.error as ex:
    print('old module raises its own error:', type(ex) is a.error, ex)
