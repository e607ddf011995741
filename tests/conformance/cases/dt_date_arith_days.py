# date +/- timedelta uses the whole days of the timedelta only.
import datetime as m

d = m.date(2024, 1, 5)
for td in [m.timedelta(days=-1, hours=-3), m.timedelta(hours=30), m.timedelta(hours=-3),
           m.timedelta(days=1, hours=2), m.timedelta(seconds=-1), m.timedelta(days=2, microseconds=5)]:
    print(repr(td), d + td, d - td, td + d)
