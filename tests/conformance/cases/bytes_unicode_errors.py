try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
    print(e)
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"\xe2\x82".decode()
except ValueError as e:
    print(e.start, e.end, e.reason)
