import operator

rows = [('bob', 30, 'b'), ('alice', 25, 'a'), ('carol', 35, 'c')]
print(sorted(rows, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(0, 2), rows)))
print(operator.itemgetter('k')({'k': 'v'}), operator.itemgetter(slice(1, 3))('abcd'))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Box:
    def __init__(self, p):
        self.corner = p

boxes = [Box(Point(3, 1)), Box(Point(1, 2))]
print([b.corner.x for b in sorted(boxes, key=operator.attrgetter('corner.x'))])
print(operator.attrgetter('x', 'y')(Point(5, 6)))
up = operator.methodcaller('split', ',')
print(up('a,b,c'))
print(operator.methodcaller('replace', 'a', 'o')('banana'))
