match z:
    case 1 + 2:
        print("z")
