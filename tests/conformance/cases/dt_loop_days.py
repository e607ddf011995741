from datetime import date, timedelta
d = date(2024, 2, 25)
for i in range(7):
    x = d + timedelta(days=i)
    print(x, x.strftime("%a"), x.weekday())
total = timedelta()
for h in range(1, 5):
    total += timedelta(hours=h)
print(total, total.total_seconds())
