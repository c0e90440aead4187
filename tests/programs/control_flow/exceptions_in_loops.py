# Exceptions raised and handled inside loops.
data = ["1", "2", "x", "4", "", "6"]
total = 0
errors = []
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total, errors)
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_div([(1, 2), (3, 0), (5, 5)])))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
results = {}
for key in ["a", "b", "c"]:
    try:
        results[key] = {"a": 1, "c": 3}[key]
    except KeyError as e:
        results[key] = f"missing {e}"
print(results)
