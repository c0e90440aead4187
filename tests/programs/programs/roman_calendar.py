# Calendar computations by hand: leap years, day of week, month grids.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
def month_grid(y, m):
    print(f"{MONTHS[m - 1]} {y}".center(20))
    print("Su Mo Tu We Th Fr Sa")
    start = day_of_week(y, m, 1)
    cells = ["  "] * start + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
month_grid(2024, 2)
month_grid(2000, 1)
def ordinal(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
def days_between(a, b):
    def absolute(y, m, d):
        y1 = y - 1
        return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + ordinal(y, m, d)
    return absolute(*b) - absolute(*a)
print(days_between((2000, 1, 1), (2024, 3, 15)), days_between((1969, 7, 20), (2019, 7, 20)))
names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
print([names[day_of_week(*d)] for d in [(1970, 1, 1), (2000, 1, 1), (2024, 12, 25), (1776, 7, 4)]])
fridays13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if day_of_week(y, m, 13) == 5]
print(len(fridays13), fridays13[:6])
print([y for y in range(1890, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
