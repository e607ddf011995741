"""pywikibot.tools.threading.ThreadedGenerator: items made in a thread of
its own, in order: the same output from real pywikibot 9.6.3 (threads.out)
and gowikibot."""
import threading

from pywikibot.tools.threading import ThreadedGenerator


def squares(n, offset=0):
    for i in range(n):
        yield i * i + offset


gen = ThreadedGenerator(target=squares, args=(5,), kwargs={'offset': 1}, qsize=2)
print(isinstance(gen, threading.Thread), gen.name, gen.daemon)
print(list(gen), gen.finished.is_set())
print(list(ThreadedGenerator(target=['a', 'b', 'c'])))


class Letters(ThreadedGenerator):
    def generator(self):
        yield from 'xyz'


print(list(Letters()))
try:
    ThreadedGenerator()
except RuntimeError as e:
    print('RuntimeError:', e)
g = ThreadedGenerator(target=squares, args=(1000,), qsize=4)
it = iter(g)
print(next(it), next(it), next(it))
g.stop()
g.join(5)
print(g.is_alive(), g.finished.is_set())
