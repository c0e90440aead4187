total = 5
print($total)
