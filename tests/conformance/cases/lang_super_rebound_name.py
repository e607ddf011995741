# Zero-argument super() keeps the class the method was defined in, also when
# the class's name is later bound to a subclass (a user script replacing a
# bot class of a pywikibot script module by its own subclass), deleted, or
# the class was made inside a function; classmethods and __new__ too.
class Bot:
    def __init__(self):
        print('Bot init')

    @classmethod
    def make(cls):
        print('Bot.make', cls.__name__)
        return cls.__new__(cls)


class SpeedyBot(Bot):
    def __init__(self):
        super().__init__()
        print('SpeedyBot init')

    @classmethod
    def make(cls):
        print('SpeedyBot.make')
        return super().make()


class Local(SpeedyBot):
    def __init__(self):
        super().__init__()
        print('Local init')


SpeedyBot = Local
Local()
print(type(Local.make()).__name__)


class A:
    def f(self):
        return 'A'

    def __new__(cls, *args):
        print('A.__new__', cls.__name__)
        return super().__new__(cls)


class B(A):
    def f(self):
        return 'B' + super().f()


B2 = B
del B
print(B2().f())


def factory():
    class Inner(A):
        def f(self):
            return 'Inner' + super().f()
    return Inner


Inner = factory()
print(Inner().f())
Inner2 = factory()
print(Inner2().f(), Inner is Inner2)
