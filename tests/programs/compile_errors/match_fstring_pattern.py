match v:
    case f"{x}":
        pass
