print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0.5), pow(7, 3, 11), pow(123456789, 12345, 1000007))
print(2 ** 64 % 1000, (-13) // 4, (-13) % 4, 13 // -4, 13 % -4, divmod(-13, 4), divmod(13.5, -4))
print(10 % 3.5, -10 % 3.5, 7 // 0.5)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError")
