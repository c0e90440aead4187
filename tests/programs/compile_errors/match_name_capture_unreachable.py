match cmd:
    case x:
        pass
    case "quit":
        pass
