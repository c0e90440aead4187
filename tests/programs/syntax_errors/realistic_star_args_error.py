def log(*messages, sep=" ", **options):
    print(*messages, sep=sep, **options)

log("a", "b", sep="-", *extra)
log(**options, *more)
