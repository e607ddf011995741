#!/usr/bin/env python3
"""Reverts, as revertbot.py (11.7.0) does (page.Contribution).

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.
"""
import pywikibot
from pywikibot.page import Contribution
from pywikibot.tools.collections import DataRecord


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
