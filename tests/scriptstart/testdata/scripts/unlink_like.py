#!/usr/bin/env python3
"""Removes links, as unlink.py does.

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.specialbots import BaseUnlinkBot
from pywikibot.bot import SingleSiteBot


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
