def load(path):
    try:
        with open(path) as f:
            return f.read()
    except (OSError, ValueError) as err:
        print("failed:", err)
    else
        print("loaded")
