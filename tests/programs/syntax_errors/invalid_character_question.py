value = x ? 1 : 2
