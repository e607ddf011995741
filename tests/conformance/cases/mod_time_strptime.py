import time
t = time.strptime("2022-02-22 22:22:22", "%Y-%m-%d %H:%M:%S")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%d.%m.%Y", t))
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print("ValueError:", e)
