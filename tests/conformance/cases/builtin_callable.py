def f(): pass
class C:
    def m(self): pass
print(callable(f), callable(len), callable(C), callable(C().m), callable(1), callable("s"), callable(None))
print(callable(lambda: 0), callable(str.upper), callable(print))
