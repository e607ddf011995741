from datetime import date, datetime, time, timedelta, MINYEAR, MAXYEAR
print(date.min, date.max, datetime.min, datetime.max)
print(time.min, time.max, MINYEAR, MAXYEAR)
print(repr(timedelta.resolution), repr(date.resolution))
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
