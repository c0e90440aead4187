# zlib copy(): a copy of a Compress or Decompress object, taken anywhere (after sync/full/partial/block
# flushes, mid-output under max_length), continues exactly as the original does, call for call.
import zlib, random
random.seed(5)
data = b''.join(b'%d:%s\n' % (i, bytes(random.choice(b'abcdefgh') for _ in range(random.randint(0, 40)))) for i in range(20000))
bad = 0
for trial in range(12):
    level = random.choice([0, 1, 6, 9]); wb = random.choice([15, -15, 31])
    ops = []
    i = 0
    while i < len(data):
        k = random.randint(1, 20000); ops.append(('c', data[i:i + k])); i += k
        if random.random() < 0.3: ops.append(('f', random.choice([zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK])))
    ops.append(('f', zlib.Z_FINISH))
    co = zlib.compressobj(level, zlib.DEFLATED, wb)
    outs = []; copies = []
    for j, (kind, arg) in enumerate(ops):
        outs.append(co.compress(arg) if kind == 'c' else co.flush(arg))
        if j < len(ops) - 1 and random.random() < 0.2: copies.append((j, co.copy()))
    for j, c in copies:
        for m in range(j + 1, len(ops)):
            kind, arg = ops[m]
            o = c.compress(arg) if kind == 'c' else c.flush(arg)
            if o != outs[m]: bad += 1; print('mismatch', trial, j, m); break
    # decompressor: same idea with random max_length
    comp = b''.join(outs)
    dops = []; p = 0
    while p < len(comp):
        k = random.randint(1, 5000); dops.append((comp[p:p + k], random.choice([0, 1, 50, 3000]))); p += k
    d = zlib.decompressobj(wb if wb != 31 else 47)
    douts = []; dcopies = []
    for j, (chunk, ml) in enumerate(dops):
        douts.append((d.decompress(d.unconsumed_tail + chunk, ml), d.unconsumed_tail, d.eof))
        if random.random() < 0.2: dcopies.append((j, d.copy()))
    for j, c in dcopies:
        for m in range(j + 1, len(dops)):
            chunk, ml = dops[m]
            r = (c.decompress(c.unconsumed_tail + chunk, ml), c.unconsumed_tail, c.eof)
            if r != douts[m]: bad += 1; print('dmismatch', trial, j, m); break
print('bad', bad)
