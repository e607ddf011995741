from datetime import datetime, date, timezone
import time
n = datetime.now()
u = datetime.now(timezone.utc)
print(type(n), type(date.today()), n.tzinfo, u.tzinfo)
print(abs((datetime.now(timezone.utc) - u).total_seconds()) < 5)
print(abs(datetime.now(timezone.utc).timestamp() - time.time()) < 5)
print(datetime.utcnow().tzinfo, datetime.today().year >= 2024)
