def get():
    return [1]
get() = [2]
