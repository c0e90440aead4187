match point:
    case 1 + 2:
        pass
