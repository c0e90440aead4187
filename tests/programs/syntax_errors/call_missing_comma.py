print("total" count)
