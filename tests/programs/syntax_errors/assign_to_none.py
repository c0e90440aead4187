def reset():
    None = 0
