# Report
name = "café"
print(name)
