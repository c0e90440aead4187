# input() reading from stdin (the .stdin file next to this program).
name = input()
print("name:", repr(name))
age = int(input("Age? "))
print("age next year:", age + 1)
numbers = [int(x) for x in input().split()]
print("sum:", sum(numbers), "max:", max(numbers))
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOFError reached")
        break
    if line == "":
        print("blank line")
        continue
    lines.append(line)
print(lines)
try:
    input()
except EOFError as e:
    print("EOFError again:", repr(str(e)))
