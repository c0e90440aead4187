update(d["k"]=1)
