print(end.strip()="")
