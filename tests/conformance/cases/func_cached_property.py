from functools import cached_property

class Page:
    def __init__(self, title):
        self.title = title
        self.loads = 0

    @cached_property
    def text(self):
        """The page text, loaded once."""
        self.loads += 1
        return 'Text of ' + self.title

p = Page('Main')
print(p.text, p.loads)
print(p.text, p.loads)
del p.text
print(p.text, p.loads)
q = Page('Other')
print(q.text, q.loads, p.loads)
print(Page.text.attrname)
