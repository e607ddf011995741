from datetime import datetime, timedelta
d = datetime(2024, 2, 28, 23, 30)
print(d + timedelta(hours=1), d + timedelta(days=1, minutes=45))
print(d - timedelta(weeks=1), repr(d - datetime(2024, 1, 1)))
print(d - datetime(2024, 2, 29), (datetime(2024, 1, 1) - d).total_seconds())
print(timedelta(seconds=30) + d)
