header = b"ok\x0g"
