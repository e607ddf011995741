from datetime import timedelta
a, b = timedelta(hours=1), timedelta(minutes=30)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 2 * b, a * 1.5)
print(a / b, a // b, a % timedelta(minutes=25), a / 4, a // 7)
print(divmod(a, timedelta(minutes=25)))
print(a > b, a == timedelta(minutes=60), bool(timedelta()), bool(a))
print(timedelta(days=1.5), timedelta(hours=0.5), timedelta(seconds=0.000001))
