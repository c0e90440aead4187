# Using complex numbers for 2-D geometry and the Mandelbrot set.
def rotate(p, quarter_turns):
    return p * 1j ** quarter_turns
p = 3 + 1j
print([rotate(p, k) for k in range(5)])
path = "FFRFFLFRRF"
pos, heading = 0j, 1j
visited = [pos]
for c in path:
    if c == "F":
        pos += heading
        visited.append(pos)
    elif c == "L":
        heading *= 1j
    else:
        heading *= -1j
print(pos, heading, len(set(visited)), abs(pos))
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for y in range(10, -11, -2):
    print("".join("#" if mandel(complex(x / 20, y / 10)) == 50 else "." for x in range(-40, 11)))
def poly_roots_quadratic(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
print(poly_roots_quadratic(1, 0, 1), poly_roots_quadratic(1, -3, 2), poly_roots_quadratic(1, 2, 5))
