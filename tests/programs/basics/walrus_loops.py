# Walrus in while loops for chunked processing.
data = list(range(23))
pos = 0
def take(n):
    global pos
    chunk = data[pos:pos + n]
    pos += n
    return chunk
while chunk := take(5):
    print(len(chunk), sum(chunk), chunk)
text = "alpha beta gamma delta"
idx = 0
while (found := text.find("a", idx)) != -1:
    print("a at", found)
    idx = found + 1
nums = [12, 7, 30, 5, 18]
if (m := max(nums)) > 20:
    print("max", m, "at", nums.index(m))
running = 0
prefix = [running := running + v for v in nums]
print(prefix, running)
def parse(s):
    if (n := len(s)) == 0:
        return "empty"
    elif (d := s.count(",")) > 0:
        return f"{n} chars, {d} commas"
    return f"{n} chars"
print(parse(""), parse("a,b,c"), parse("abc"))
