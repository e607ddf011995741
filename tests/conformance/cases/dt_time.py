from datetime import time, timezone
t = time(13, 5)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time()))
print(time(1, 2, 3, 4).isoformat(), time(1, 2, 3, 4).isoformat(timespec="seconds"))
print(time(9) < time(10), time(9) == time(9, 0), t.replace(minute=0))
print(repr(time(12, tzinfo=timezone.utc)), time(12, tzinfo=timezone.utc))
print(repr(time.fromisoformat("10:11:12")), t.strftime("%H h %M m"))
try:
    time(24)
except ValueError as e:
    print("ValueError:", e)
