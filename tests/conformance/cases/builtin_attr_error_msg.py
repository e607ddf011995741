def probe(o):
    return o.nothing
class A:
    pass
for obj in (1, "s", [], A()):
    try:
        probe(obj)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        getattr(obj, "other")
    except AttributeError as e:
        print("AttributeError:", e)
