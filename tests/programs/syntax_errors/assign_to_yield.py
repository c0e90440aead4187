def gen():
    yield = 5
