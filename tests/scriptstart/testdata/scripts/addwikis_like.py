#!/usr/bin/env python3
"""Adds wikis, as maintenance/addwikis.py (11.7.0) calls pywikibot.show_help.

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.
"""
import pywikibot
from pywikibot.bot import show_help


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
