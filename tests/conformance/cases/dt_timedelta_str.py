from datetime import timedelta
for td in [timedelta(), timedelta(days=1), timedelta(days=2, hours=3), timedelta(seconds=59, microseconds=5),
           timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25), timedelta(days=-3, hours=4)]:
    print(str(td))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td.days, td.seconds, td.microseconds, td.total_seconds())
