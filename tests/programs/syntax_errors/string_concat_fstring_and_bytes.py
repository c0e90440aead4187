x = 1
msg = f"{x}" b"y"
