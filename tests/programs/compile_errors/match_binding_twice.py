match pair:
    case (x, x):
        pass
