class E(Exception):
    pass
def f():
    try:
        raise E("x")
    finally:
        print("finally")
try:
    f()
except E as e:
    print("caught", repr(e.args))
