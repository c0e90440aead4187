# An uncaught user exception with a custom __str__ and a module-level raise.
class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value, reason)
        self.field = field
        self.value = value
        self.reason = reason
    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"
def validate_age(age):
    if not isinstance(age, int):
        raise ValidationError("age", age, "must be an integer")
    if age < 0:
        raise ValidationError("age", age, "must not be negative")
    return age
for a in (0, 42, 7):
    print("valid age", validate_age(a))
try:
    validate_age("old")
except ValidationError as e:
    print("caught:", e, "| args:", e.args)
validate_age(-1)
