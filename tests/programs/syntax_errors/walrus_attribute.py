if (self.size := 10) > 5:
    pass
