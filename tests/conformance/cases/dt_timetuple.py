from datetime import datetime, date
t = datetime(2021, 7, 8, 9, 10, 11).timetuple()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(tuple(date(2020, 12, 31).timetuple()))
print(datetime(2021, 7, 8, 9, 10, 11).ctime(), date(2021, 7, 8).ctime())
