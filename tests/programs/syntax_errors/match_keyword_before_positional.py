match p:
    case Point(x=0, y):
        print("on y axis")
