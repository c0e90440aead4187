connect(host="x", None=3)
