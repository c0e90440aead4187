merged = {**base, "debug"}
