# raise ... from None hides the context in the traceback.
class NotFound(Exception):
    pass
def find_user(users, uid):
    try:
        return users[uid]
    except KeyError:
        raise NotFound(f"user {uid} does not exist") from None
users = {1: "ann", 2: "bob"}
for uid in (1, 2):
    print(uid, find_user(users, uid))
def helper():
    return find_user(users, 3)
def caller():
    print("calling helper")
    return helper()
print("before")
result = caller()
print(result)
x = 1
y = 2
z = 3
