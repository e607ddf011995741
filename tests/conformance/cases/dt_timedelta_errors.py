from datetime import timedelta
try:
    timedelta(hours=1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    timedelta(foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    timedelta(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(timedelta(1) == 1)
