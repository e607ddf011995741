class Rich(Exception):
    def __getattr__(self, name):
        return "dyn-" + name
e = Rich("m")
print(e.anything, repr(e.args))
