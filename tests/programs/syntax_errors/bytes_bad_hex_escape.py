data = b"\x4"
