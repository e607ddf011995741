print(repr("a'b"), repr('a"b'), repr(1.0), repr([1, "x"]), repr((1,)), repr(None))
print(str(1.5), str([1, "x"]), str((1,)), str("s"))
print(ascii("héllo"), ascii("ok"), ascii(["é"]), ascii("\u20ac"))
class R:
    def __repr__(self):
        return "Ré"
print(ascii(R()), repr(R()), str(R()))
