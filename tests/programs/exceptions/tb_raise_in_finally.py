# An exception raised in finally while another is propagating.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
        print("opened", name)
    def close(self):
        if not self.open:
            raise RuntimeError(f"{self.name} closed twice")
        self.open = False
        print("closed", self.name)
def use(res, fail):
    try:
        print("using", res.name)
        if fail:
            raise ValueError(f"failure while using {res.name}")
    finally:
        res.close()
r1 = Resource("r1")
use(r1, False)
r2 = Resource("r2")
r2.close()
use(r2, True)
