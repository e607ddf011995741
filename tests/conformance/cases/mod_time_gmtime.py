import time
t = time.gmtime(1000000000)
print(t)
print(t.tm_year, t[0], t[-1], len(t), tuple(t)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.asctime(t))
print(time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(0)))
