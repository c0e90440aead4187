match value:
    case str() as self.name:
        pass
