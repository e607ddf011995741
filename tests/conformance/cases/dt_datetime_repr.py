from datetime import datetime
print(repr(datetime(2024, 5, 6)))
print(repr(datetime(2024, 5, 6, 7, 8)))
print(repr(datetime(2024, 5, 6, 7, 8, 9)))
print(repr(datetime(2024, 5, 6, 7, 8, 9, 10)))
print(repr(datetime(2024, 5, 6, 0, 0, 0, 10)))
print(datetime(2024, 5, 6, 7, 8, 9, 10), datetime(2024, 5, 6))
d = datetime(2001, 2, 3, 4, 5, 6, 7)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo)
