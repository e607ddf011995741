class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hello")
print(t.shout(), len(t), t + " world", t == "hello", isinstance(t, str))
print(t.startswith("he"), t[1:3])
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Up("abc")
print(u, len(u), u.lower())
