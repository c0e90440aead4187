del x, f(), y
