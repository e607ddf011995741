from datetime import datetime
for s, f in [("2021-13-01", "%Y-%m-%d"), ("2021-01-01 extra", "%Y-%m-%d"), ("abc", "%Y"),
             ("2021-02-30", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
