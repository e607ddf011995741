# __name__ and __qualname__ of built-in and library types and of classes
import datetime
import collections


class Outer:
    class Inner:
        pass


for t in (int, str, list, dict, datetime.date, datetime.datetime, datetime.timedelta,
          datetime.timezone, collections.OrderedDict, Outer, Outer.Inner):
    print(t.__name__, t.__qualname__)
print(repr(datetime.timedelta), repr(Outer.Inner).split('.')[-1])
