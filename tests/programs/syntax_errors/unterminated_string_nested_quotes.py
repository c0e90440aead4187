msg = "She said "hi" to me"
print(msg)
