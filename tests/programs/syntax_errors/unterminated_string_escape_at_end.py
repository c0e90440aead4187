path = 'C:\Users\me\'
print(path)
