class Stack
    pass
