match v:
    case None as True:
        pass
