print("yes" if ok)
