name = "x"
f"{name}" = 3
