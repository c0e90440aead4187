True: bool = False
