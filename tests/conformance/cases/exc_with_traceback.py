class E(Exception):
    pass
e = E("x")
r = e.with_traceback(None)
print(r is e, e.__traceback__)
