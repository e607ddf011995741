# functools.partialmethod: on instances (functions), classmethods, nested, on the
# class, and its TypeError.
import functools
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, note=''):
        self._alive = bool(state)
        return (state, note)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note='rip')
    @classmethod
    def make(cls, x, y):
        return (cls.__name__, x, y)
    make1 = functools.partialmethod(make, 1)
    both = functools.partialmethod(functools.partialmethod(set_state, 7), note='n')
c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(note='x'), Cell.make1(2), c.make1(3), c.both())
print(Cell.set_alive(c), callable(Cell.set_dead))
try:
    functools.partialmethod(5)
except TypeError as e:
    print(e)
