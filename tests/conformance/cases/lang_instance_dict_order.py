# An instance's __dict__ keeps the order its attributes were first set in:
# vars(obj), obj.__dict__, their keys/items/values, json of it; a deleted
# and set again attribute moves to the end. (Iterating the dict itself,
# `for k in vars(obj)`, is not covered: gowikibot's follows no order.)
import json


class Page:
    def __init__(self, title):
        self.title = title
        self.site = 'en'
        self.revid = 0
        self.bot = True

    def touch(self):
        self.zeta = 1
        self.alpha = 2


p = Page('Main')
print(vars(p))
p.touch()
p.middle = 3
print(p.__dict__)
print(list(vars(p).keys()), list(p.__dict__.values()))
print([k for k, v in vars(p).items()])
del p.site
p.site = 'de'
print(vars(p))
p.__dict__['direct'] = 4
print(vars(p), p.direct)
print(json.dumps(vars(p)))
print(dict(vars(p)), str(p.__dict__))


class Slotless:
    pass


s = Slotless()
s.b, s.a = 1, 2
print(vars(s), repr(vars(Slotless())))
