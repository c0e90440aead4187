match value:
    case int() as _:
        pass
