import calendar
import datetime

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.weekday(2026, 12, 7))
print(calendar.month_name[3], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], len(calendar.month_name))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2021, 8, 3, 1))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 6))
print(list(cal.iterweekdays()), cal.firstweekday)
print(list(calendar.Calendar().itermonthdates(2024, 3))[:3])
print(list(calendar.Calendar(6).itermonthdays2(2024, 3))[:8])
print(calendar.Calendar().monthdatescalendar(2024, 1)[0])
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm(datetime.datetime(1970, 1, 2).timetuple()))
print(calendar.calendar(2024))
print(calendar.HTMLCalendar().formatmonth(2024, 5))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print('ValueError', e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
calendar.prmonth(2024, 12)
