match shape:
    case Circle(radius=1 + 1):
        pass
