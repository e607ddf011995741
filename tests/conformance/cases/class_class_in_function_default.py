class Opt:
    def __init__(self, value=None, *, required=False, help=""):
        self.value = value
        self.required = required
        self.help = help
o = Opt(3, help="h")
print(o.value, o.required, o.help)
o2 = Opt(required=True)
print(o2.value, o2.required, o2.help)
