#!/usr/bin/env python3
"""Reverts edits, as revertbot.py does (pywikibot.date, backports.Container).

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.date import format_date, formatYear
from pywikibot.backports import Container
from pywikibot.bot import OptionHandler
from pywikibot.exceptions import APIError, Error


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
