class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truthy:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Truthy()), bool(Plain()))
print("yes" if Full() else "no", "yes" if Empty() else "no", not Truthy())
print(len(Full()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
