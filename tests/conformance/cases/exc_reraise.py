class E(Exception):
    pass
def f():
    try:
        raise E("first")
    except E:
        print("handling")
        raise
try:
    f()
except E as e:
    print("outer", str(e))
