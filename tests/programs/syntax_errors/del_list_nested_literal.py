del [a, [b, 2]]
