def gen():
    x = yield = 5
