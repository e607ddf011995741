class Page:
    def __init__(self, title):
        self.title = title
    def __str__(self):
        return "Page(" + self.title + ")"
    def __repr__(self):
        return "<Page " + self.title + ">"
p = Page("Main")
print(f"{p}")
print(f"{p!r}")
print(f"{p.title}")
print(f"{None} {True} {False}")
print(f"{[1, 'a']}")
