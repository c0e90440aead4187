with open("a") as src, open("b", "w") as dst,:
    dst.write(src.read())
