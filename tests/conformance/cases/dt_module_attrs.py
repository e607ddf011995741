import datetime
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.timezone.utc is datetime.timezone.utc)
print(datetime.datetime.min.isoformat(), datetime.date(2020, 2, 29).replace(year=2024))
print(datetime.datetime(2020, 5, 17, 1, 2, 3) < datetime.datetime(2020, 5, 17, 1, 2, 4))
d = {}
d["k"] = datetime.date(2020, 1, 1)
print(d["k"] == datetime.date(2020, 1, 1), hash(datetime.date(2020, 1, 1)) == hash(datetime.date(2020, 1, 1)))
