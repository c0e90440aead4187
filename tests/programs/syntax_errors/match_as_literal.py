match value:
    case [a, b] as 1:
        pass
