#!/usr/bin/env python3
"""Extends items, as dataextend.py does (pywikibot.comms, data.sparql).

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot import comms
from pywikibot.comms import http
from pywikibot.comms.http import fetch, get_charset_from_content_type, session
from pywikibot.data import sparql
from pywikibot.data.sparql import SparqlQuery
from pywikibot.bot import SingleSiteBot


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
