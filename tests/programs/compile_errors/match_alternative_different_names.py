match v:
    case [x] | (y,):
        pass
