s = bu"abc"
