from datetime import datetime
print(repr(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")))
print(repr(datetime.strptime("04/03/21", "%d/%m/%y")))
print(repr(datetime.strptime("March 5, 1999", "%B %d, %Y")))
print(repr(datetime.strptime("Mon Jan  3 10:20:30 2022", "%a %b %d %H:%M:%S %Y")))
print(repr(datetime.strptime("2020-06-01T12:00:00.25", "%Y-%m-%dT%H:%M:%S.%f")))
print(repr(datetime.strptime("7:05 PM", "%I:%M %p")))
print(repr(datetime.strptime("2020-06-01 12:00 +0200", "%Y-%m-%d %H:%M %z")))
print(repr(datetime.strptime("20200601120000", "%Y%m%d%H%M%S")))
