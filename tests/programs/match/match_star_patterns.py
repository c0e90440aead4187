# Star patterns at different positions and with wildcards.
def split(seq):
    match seq:
        case [*_, ("end" | "stop")]:
            return "terminated"
        case [("start" | "begin"), *middle]:
            return f"started, {len(middle)} more"
        case [a, *mid, b] if mid:
            return f"{a}..{b} via {mid}"
        case [*all_items]:
            return f"all: {all_items}"
for s in [["x", "end"], ["start", 1, 2], [1, 2, 3], [1, 2], [], ["stop"]]:
    print(s, "->", split(s))
def head_tail(lst):
    match lst:
        case [h, *t]:
            return h, t
        case []:
            return None, []
def length(lst):
    match lst:
        case []:
            return 0
        case [_, *rest]:
            return 1 + length(rest)
print(head_tail([1, 2, 3]), head_tail([]), length(list(range(25))))
def zip_pairs(a, b):
    match (a, b):
        case ([x, *xs], [y, *ys]):
            return [(x, y)] + zip_pairs(xs, ys)
        case _:
            return []
print(zip_pairs([1, 2, 3], "abcd"))
match list(range(10)):
    case [0, 1, *middle, 8, 9]:
        print("middle", middle)
