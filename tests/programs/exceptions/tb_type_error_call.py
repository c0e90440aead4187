# Uncaught TypeError from a bad call.
def area(width, height):
    return width * height
shapes = [(2, 3), (4, 5), (1, 1)]
for w, h in shapes:
    print(w, "x", h, "=", area(w, h))
def total_area(items):
    return sum(area(*item) for item in items)
print("total", total_area(shapes))
shapes.append((7, 8, 9))
print("total", total_area(shapes))
print("unreachable")
x = 10
y = 20
z = 30
w = 40
