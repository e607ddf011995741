#!/usr/bin/env python3
"""Watchlists, as watchlist.py and maintenance/cache.py do (site.ClosedSite).

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.
"""
import pywikibot
from pywikibot.site import ClosedSite


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
