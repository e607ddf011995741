#!/usr/bin/env python3
"""Tools helpers that family files and scripts import.

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.tools import deprecated, deprecated_args, classproperty, first_upper, first_lower, ComparableMixin, SelfCallMixin, issue_deprecation_warning, cached, open_archive, PYTHON_VERSION
from pywikibot.tools.itertools import itergroup, intersect_generators, filter_unique, islice_with_ellipsis, roundrobin_generators


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
