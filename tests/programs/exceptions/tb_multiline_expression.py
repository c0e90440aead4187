# The traceback shows a multi-line expression as in the source.
def lookup(d, *keys):
    for k in keys:
        d = d[k]
    return d
config = {
    "db": {"host": "localhost", "port": 5432},
    "cache": {"ttl": 60},
}
print(lookup(config, "db", "host"))
print(lookup(config, "cache", "ttl"))
summary = (
    lookup(config, "db", "port")
    + lookup(config, "cache", "ttl")
    + lookup(config, "cache", "size")
)
print(summary)
x = 1
y = 2
z = 3
