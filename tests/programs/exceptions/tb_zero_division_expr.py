# ZeroDivisionError inside a larger expression shows the caret range.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)
def report(groups):
    for name, values in groups.items():
        print(f"{name}: {average(values):.2f}")
groups = {
    "first": [1, 2, 3],
    "second": [10, 20],
    "third": [5],
    "empty": [],
    "never": [1],
}
print("report:")
report(groups)
