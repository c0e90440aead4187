def handler(event, None):
    pass
