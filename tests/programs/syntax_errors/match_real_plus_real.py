match z:
    case 1.5 + 2.5j:
        ok = 1
    case 1j + 2j:
        ok = 2
