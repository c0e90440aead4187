# A traceback passing through decorator wrappers.
def logged(fn):
    def wrapper(*args):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args)
        print(f"{fn.__name__} returned {result}")
        return result
    return wrapper
def retry_once(fn):
    def wrapper(*args):
        try:
            return fn(*args)
        except ZeroDivisionError:
            print("retrying", fn.__name__)
            return fn(*args)
    return wrapper
@retry_once
@logged
def ratio(a, b):
    return a / b
print(ratio(6, 3))
print(ratio(1, 4))
print(ratio(5, 0))
