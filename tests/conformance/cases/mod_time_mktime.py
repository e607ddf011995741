import time
lt = time.localtime(1500000000)
print(time.mktime(lt))
print(type(time.timezone), len(time.tzname))
print(time.gmtime(86400 * 366).tm_yday)
