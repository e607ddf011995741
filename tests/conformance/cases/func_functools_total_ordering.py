from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        return self.major * 1000 + self.minor == other.major * 1000 + other.minor
    def __lt__(self, other):
        return self.major * 1000 + self.minor < other.major * 1000 + other.minor
    def __repr__(self):
        return 'V%d.%d' % (self.major, self.minor)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b)
print(sorted([Version(2, 0), a, b]))
print(max([a, b]), min([a, b]))
