# Float arithmetic in loops: Mandelbrot escape counts and a numeric integration, no complex type.
def mandel(w, h, iters):
    total = 0
    for py in range(h):
        y0 = (py / h) * 2.0 - 1.0
        for px in range(w):
            x0 = (px / w) * 3.0 - 2.0
            x = y = 0.0
            i = 0
            while i < iters and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total += i
    return total


def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


print(mandel(480, 300, 100))
print('%.10f' % integrate(lambda t: t * t * t - 2.0 * t + 1.0 / (1.0 + t * t), 0.0, 3.0, 600000))
