from datetime import date, datetime
for d in [date(2024, 1, 1), date(2021, 1, 3), date(2020, 12, 31), date(2026, 6, 15)]:
    c = d.isocalendar()
    print(d, c[0], c[1], c[2], c.year, c.week, c.weekday, tuple(c))
print(datetime(2024, 1, 7, 5).isocalendar()[1])
print(repr(date.fromisocalendar(2024, 1, 1)), repr(date.fromisocalendar(2020, 53, 7)))
