# An uncaught ExceptionGroup renders as a tree.
def validate(item):
    errors = []
    if not isinstance(item.get("id"), int):
        errors.append(TypeError(f"id must be int, got {item.get('id')!r}"))
    if not item.get("name"):
        errors.append(ValueError("name is required"))
    if errors:
        raise ExceptionGroup(f"invalid item {item}", errors)
    return True
def validate_all(items):
    problems = []
    for it in items:
        try:
            validate(it)
            print("valid:", it)
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        raise ExceptionGroup("validation failed", problems)
validate_all([{"id": 1, "name": "a"}, {"id": 2, "name": "b"}])
print("first batch ok")
validate_all([{"id": 3, "name": "c"}, {"id": "4", "name": ""}, {"id": 5}])
