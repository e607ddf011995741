# Division, modulo and powers by zero: CPython 3.11's ZeroDivisionError
# messages per operator and operand type (gpython returned inf for
# float // 0 and said "division by zero" everywhere), with constant and
# variable divisors, in-place forms, bools and big ints; and the ordinary
# results next to them.
zero, fzero, big = 0, 0.0, 1 << 70
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
    lambda: 7 / zero, lambda: 7 // zero, lambda: 7 % zero, lambda: divmod(7, zero),
    lambda: 7.5 / fzero, lambda: 7.5 // fzero, lambda: 7.5 % fzero, lambda: divmod(7.5, fzero),
    lambda: 7 // fzero, lambda: big // zero, lambda: big % zero, lambda: big / zero,
    lambda: True / False, lambda: 3 // False, lambda: 3 % False,
    lambda: 0 ** -1, lambda: zero ** -2, lambda: 0.0 ** -1.5, lambda: pow(0, -1), lambda: pow(0.0, -2),
    lambda: 0 ** 0, lambda: 0.0 ** 2, lambda: pow(0, 0), lambda: pow(2, -1),
    lambda: 7 // 2, lambda: -7 // 2, lambda: 7 % -3, lambda: 7.5 // 2, lambda: -7.5 % 2, lambda: divmod(-7, 2),
    lambda: divmod(7.5, -2), lambda: big // 3, lambda: 1 / 4, lambda: 2 ** -2,
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except ZeroDivisionError as e:
        print(i, 'ZeroDivisionError:', e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print('//=', e)
y = 5.0
try:
    y %= zero
except ZeroDivisionError as e:
    print('%=', e)
try:
    y /= 0
except ZeroDivisionError as e:
    print('/=', e)
print(x, y)
