from datetime import datetime
for s in ["2024-01-02", "2024-01-02T03:04", "2024-01-02T03:04:05", "2024-01-02 03:04:05.123456",
          "2024-01-02T03:04:05+00:00", "2024-01-02T03:04:05-05:30", "2024-01-02T03:04:05.500"]:
    print(repr(datetime.fromisoformat(s)))
for s in ["2024-01-02T", "nonsense", "2024/01/02"]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print("ValueError:", e)
