match v:
    case [**rest]:
        pass
