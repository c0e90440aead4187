# try/except/finally nested inside loops with break, continue and else.
results = []
for i in range(6):
    try:
        try:
            if i == 1:
                continue
            if i == 3:
                raise ValueError(i)
            if i == 5:
                break
            results.append(f"ok{i}")
        except ValueError as e:
            results.append(f"inner-caught{e}")
            raise KeyError(i) from e
        finally:
            results.append(f"inner-finally{i}")
    except KeyError as e:
        results.append(f"outer-caught{e}")
    else:
        results.append(f"else{i}")
    finally:
        results.append(f"outer-finally{i}")
else:
    results.append("loop-else")
print(results)
def find_first_error(items):
    for idx, item in enumerate(items):
        try:
            int(item)
        except ValueError:
            return idx
        finally:
            print("checked", item)
    return None
print(find_first_error(["1", "2", "x", "4"]), find_first_error([]))
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
print("n =", n)
