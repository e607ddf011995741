#!/usr/bin/env python3
"""Fixes redirects, as redirect.py does (pywikibot.data.api).

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
import pywikibot.data
from pywikibot.data import api
from pywikibot.data.api import CachedRequest, QueryGenerator, ListGenerator, PageGenerator, PropertyGenerator, ParamInfo, Request
from pywikibot.exceptions import CircularRedirectError, InterwikiRedirectPageError


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
