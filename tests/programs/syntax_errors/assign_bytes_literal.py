b"abc" = data
