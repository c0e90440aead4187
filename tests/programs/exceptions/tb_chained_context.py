# "During handling of the above exception, another exception occurred"
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("lookup failed for", key)
        return fallback[key]
table = {"a": 1, "b": 2}
fallback = {"a": 100}
print(lookup(table, "a"))
print(lookup(table, "b"))
for k in ["x"]:
    print("looking up", k)
    print(lookup(table, k))
