import datetime
d = datetime.datetime(2020, 1, 1)
print(isinstance(d, datetime.datetime), isinstance(d, datetime.date), isinstance(datetime.date(2020, 1, 1), datetime.datetime))
print(isinstance(datetime.timezone.utc, datetime.tzinfo), type(d), type(datetime.timedelta()))
print(datetime.datetime(2020, 1, 1) == datetime.date(2020, 1, 1))
