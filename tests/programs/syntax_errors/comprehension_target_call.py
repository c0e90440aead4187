pairs = {k: v for k, f() in items}
