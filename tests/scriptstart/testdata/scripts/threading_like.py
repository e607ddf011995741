#!/usr/bin/env python3
"""Threads, as weblinkchecker.py and watchlist.py do.

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.tools.threading import ThreadList, BoundedPoolExecutor, RLock
from pywikibot.data.memento import get_closest_memento_url


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
