print(sep := ", ", end="")
print(x=y:=1)
