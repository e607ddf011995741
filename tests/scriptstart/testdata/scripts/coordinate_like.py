#!/usr/bin/env python3
"""Imports coordinates, as coordinate_import.py does.

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.bot import ConfigParserBot, WikidataBot
from pywikibot.exceptions import CoordinateGlobeUnknownError
from pywikibot import Coordinate, ItemPage, Claim, PropertyPage, WbQuantity, WbMonolingualText
from pywikibot.page import ItemPage as ItemPage2, PropertyPage as PropertyPage2, WikibasePage
from pywikibot.site import DataSite


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
