class Pretty(Exception):
    def __init__(self, item):
        super().__init__(item)
        self.item = item
    def __str__(self):
        return "problem with %s" % self.item
e = Pretty("x")
print(str(e), repr(e), repr(e.args))
try:
    raise Pretty("y")
except Exception as err:
    print(str(err))
