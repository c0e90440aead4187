header = b'\x89PNG
print(len(header))
