import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
class Page:
    def __init__(self):
        self._text = ""
    @property
    def text(self):
        return self._text
    @text.setter
    def text(self, value):
        self._text = value.strip()
    @logged
    def save(self):
        return len(self._text)
p = Page()
p.text = "  content  "
print(repr(p.text), p.save())
