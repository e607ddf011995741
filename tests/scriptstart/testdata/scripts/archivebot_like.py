#!/usr/bin/env python3
"""Archives talk pages, as archivebot.py does (pywikibot.time).

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.time import MW_KEYS, parse_duration, str2timedelta
from pywikibot.textlib import (
    TimeStripper,
    case_escape,
    extract_sections,
    findmarker,
    replaceExcept,
    to_local_digits,
)


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
