# The repr (and str) of functions, methods, built-ins, generators and
# modules, addresses removed: debugging output and logs of bot scripts show
# them ("<function simplify_link at 0x...>" in a user-fixes.py listing).
import re


def show(o):
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', repr(o)), '|', re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(o)))


def simplify_link(match, text=None):
    """A replacement function."""
    return match.group(0)


class Fixer:
    def apply(self, text):
        return text

    def __repr__(self):
        return 'Fixer()'

    class Inner:
        def deep(self):
            pass


def outer():
    def inner():
        pass
    return inner


def gen():
    yield 1


show(simplify_link)
show(Fixer.apply)
show(Fixer().apply)
show(Fixer.Inner.deep)
show(outer())
show(lambda x: x)
show(len)
show(print)
show([].append)
show(gen())
show((x for x in ()))

print('%r' % simplify_link == repr(simplify_link), '{!r}'.format(simplify_link) == repr(simplify_link))
print(f'{simplify_link!r}' == repr(simplify_link), str([simplify_link]) == '[' + repr(simplify_link) + ']')
