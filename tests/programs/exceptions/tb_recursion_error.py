# Uncaught RecursionError shows the repeated-frame summary.
import sys
sys.setrecursionlimit(100)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50))
def count_nodes(node):
    total = 1
    for child in node.get("children", []):
        total += count_nodes(child)
    return total
tree = {"children": [{"children": []}, {"children": [{}]}]}
print(count_nodes(tree))
loop = {"children": []}
loop["children"].append(loop)
print("counting a cyclic tree")
print(count_nodes(loop))
