# format() with an empty spec is str(self) for subclasses of built-in types
# that override __str__ (the class layer's rule behind datetime subclasses).
class I(int):
    def __str__(self):
        return 'I' + repr(int(self))


class F(float):
    def __str__(self):
        return 'F!'


class S(str):
    def __str__(self):
        return 'S!'


class L(list):
    def __str__(self):
        return 'L' + repr(list(self))


class Plain(int):
    pass


for x in [I(3), F(1.5), S('ab'), L([1, 2]), Plain(7)]:
    print(type(x).__name__, repr(format(x)), repr(format(x, '')), repr('{}'.format(x)), repr(f'{x}'),
          repr('%s' % (x,)), repr(str(x)))
print(repr(format(I(5), '03d')), repr('{:>4}'.format(I(5))), repr(f'{F(2.5):.2f}'), repr('{:>4}'.format(S('ab'))))
print(repr('{:x}'.format(Plain(255))), repr(f'{Plain(3)!r}'))
