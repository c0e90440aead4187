# header
    # indented comment
  x = 1
