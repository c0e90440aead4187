match config:
    case {"a": 1, **_}:
        pass
