from datetime import timedelta
for td in [timedelta(), timedelta(days=1), timedelta(seconds=1), timedelta(microseconds=1),
           timedelta(days=-1), timedelta(hours=-1), timedelta(days=1, seconds=2, microseconds=3),
           timedelta(weeks=2, hours=3), timedelta(milliseconds=1500), timedelta(minutes=-90)]:
    print(repr(td))
