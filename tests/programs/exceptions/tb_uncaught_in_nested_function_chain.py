# An uncaught exception raised inside a nested closure called via map() inside a method.
class Report:
    def __init__(self, rows):
        self.rows = rows
    def totals(self):
        def total(row):
            name, *values = row
            return name, sum(int(v) for v in values)
        return list(map(total, self.rows))
good = Report([("north", "1", "2", "3"), ("south", "4", "5")])
print(good.totals())
bad = Report([("east", "7"), ("west", "8", "n/a", "9")])
print("computing bad report")
print(bad.totals())
x = 1
y = 2
z = 3
