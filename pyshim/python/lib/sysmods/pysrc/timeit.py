"""Timing of small code snippets (gowikibot)."""
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


class Timer:
    """Times stmt (source or a callable) after setup."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        self._ns = ns
        if callable(stmt):
            self._stmt = stmt
        else:
            code = compile(stmt, '<timeit-src>', 'exec')

            def run_stmt():
                exec(code, ns)
            self._stmt = run_stmt
        if callable(setup):
            self._setup = setup
        else:
            scode = compile(setup, '<timeit-src>', 'exec')

            def run_setup():
                exec(scode, ns)
            self._setup = run_setup

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        t0 = self.timer()
        for _ in range(number):
            stmt()
        return self.timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
