# Lists as stacks and queues; a bracket matcher and a BFS.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed at {stack[-1][1]}"
for s in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "a)b"]:
    print(repr(s), balanced(s))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
queue = [1]
seen = {1}
order = []
while queue:
    node = queue.pop(0)
    order.append(node)
    for n in graph[node]:
        if n not in seen:
            seen.add(n)
            queue.append(n)
print(order)
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"))
undo = []
doc = []
for action in ["type a", "type b", "undo", "type c", "type d", "undo", "undo"]:
    if action == "undo":
        if undo:
            doc = undo.pop()
    else:
        undo.append(doc[:])
        doc.append(action.split()[1])
    print(action.ljust(7), doc)
