# try/except/else/finally ordering.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "key":
            {}["missing"]
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__} {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for action in ("none", "raise", "key", "return"):
    print(action, run(action))
def else_raises():
    try:
        try:
            pass
        except ZeroDivisionError:
            print("not reached")
        else:
            1 / 0
    except ZeroDivisionError as e:
        print("outer caught from else:", e)
else_raises()
def name_cleared():
    try:
        raise TypeError("t")
    except TypeError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(name_cleared())
