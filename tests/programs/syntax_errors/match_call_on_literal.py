match v:
    case 1(x):
        pass
