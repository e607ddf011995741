from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name + "!"
    print("</" + name + ">")
with tag("a") as t:
    print("inside", t)
with tag("outer"):
    with tag("inner"):
        print("body")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
