# time.tzset() after os.environ['TZ'] = ... changes the local zone of time
# and datetime, and timezone/altzone/daylight/tzname (bots set Europe/Rome
# at start-up); without it only mktime() reads TZ again (glibc).
import datetime
import os
import time

ts = 1765134000  # 2025-12-07 19:00:00 UTC
summer = 1751396400  # 2025-07-01 19:00:00 UTC

os.environ['TZ'] = 'Europe/Rome'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
lt = time.localtime(ts)
print(tuple(lt), lt.tm_zone, lt.tm_gmtoff)
print(time.strftime('%Y-%m-%d %H:%M %Z %z', time.localtime(summer)))
print(time.strftime('%G-%V', time.localtime(ts)))
print(time.mktime((2025, 12, 7, 20, 0, 0, 0, 0, -1)))
print(time.ctime(ts))
print(datetime.datetime.fromtimestamp(ts))
print(datetime.datetime(2025, 12, 7, 20, 0).timestamp())
print(datetime.datetime.fromtimestamp(ts).astimezone().tzname())

# without tzset, localtime keeps the zone it had (glibc's localtime_r) ...
os.environ['TZ'] = 'America/New_York'
print(time.localtime(ts).tm_hour, time.tzname, datetime.datetime.fromtimestamp(ts).hour)
# ... until mktime(), which calls tzset() in glibc (not the module attributes)
print(time.mktime((2025, 12, 7, 20, 0, 0, 0, 0, -1)), time.localtime(ts).tm_hour, time.tzname)
time.tzset()
print(time.tzname, time.timezone, time.daylight)

os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname, time.timezone, time.daylight, time.localtime(ts).tm_hour)

os.environ['TZ'] = 'Asia/Kolkata'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight, time.strftime('%H:%M', time.localtime(ts)))

now = time.time()
n = datetime.datetime.now()
u = datetime.datetime.utcnow()
print(round((n - u).total_seconds() / 60))
print(abs(time.mktime(time.localtime(now)) - int(now)) < 2)
