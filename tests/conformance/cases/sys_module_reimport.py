import datetime as a
import datetime as b
from datetime import date as d1
print(a is b, d1 is a.date)
import sys
m = sys.modules["datetime"]
print(m is a)
