# Huffman compression: build the tree with a sorted list, encode, decode, compression ratio.
def build(freqs):
    nodes = [(f, i, ch) for i, (ch, f) in enumerate(sorted(freqs.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    return nodes[0]
def codes(node, prefix="", table=None):
    table = {} if table is None else table
    payload = node[2]
    if isinstance(payload, str):
        table[payload] = prefix or "0"
    else:
        codes(payload[0], prefix + "0", table)
        codes(payload[1], prefix + "1", table)
    return table
def encode(text, table):
    return "".join(table[ch] for ch in text)
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[2][int(b)]
        if isinstance(node[2], str):
            out.append(node[2])
            node = tree
    return "".join(out)
text = "this is an example of a huffman tree, built by hand in pure python"
freqs = {}
for ch in text:
    freqs[ch] = freqs.get(ch, 0) + 1
tree = build(freqs)
table = codes(tree)
for ch, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print(repr(ch), freqs[ch], code)
bits = encode(text, table)
print(len(bits), "bits vs", len(text) * 8, "->", f"{len(bits) / (len(text) * 8):.3f}")
print(bits[:64])
print(decode(bits, tree) == text)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(packed.hex()[:40], len(packed))
