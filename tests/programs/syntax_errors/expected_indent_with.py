with open("f.txt") as f:
data = f.read()
