a = b = 1
del a + b
