class A(Exception): pass
class B(Exception): pass
try:
    try:
        raise A("a")
    except A:
        raise B("b")
except B as e:
    print(type(e).__name__)
