# The 4300-digit limit for int<->str conversion (CVE-2020-10735).
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = int("7" * 4300)
print(len(str(ok)))
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    repr(big)
except ValueError as e:
    print("ValueError:", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), hex(big)[:12], big.bit_length())
print(int("f" * 5000, 16).bit_length())
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
sys.set_int_max_str_digits(4300)
try:
    int("1" * 5000)
except ValueError as e:
    print("back to limit:", str(e)[:40])
print(str(-(10 ** 4299))[:5], len(str(-(10 ** 4299))))
