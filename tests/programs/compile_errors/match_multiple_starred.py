match seq:
    case [*a, *b]:
        pass
