class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
print(repr(R()), str(R()), R())
print(str(S()), S())
print(repr(Both()), str(Both()), Both())
print([R(), Both()])
print("%s and %r" % (Both(), Both()))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
