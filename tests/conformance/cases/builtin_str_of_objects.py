class S:
    def __str__(self):
        return "S!"
print(str(S()), str(ValueError("v")), str(KeyError("k")), str(int), str(S) == repr(S))
print(str(None), str(True), str(b"x"))
