#!/usr/bin/env python3
"""The bot classes of pywikibot.bot.

This is one of gowikibot's own start-up test scripts: it imports what the
pywikibot script named above imports and does nothing else.

-always           An option, never used.
"""
import pywikibot
from pywikibot.bot import (AutomaticTWSummaryBot, CreatingPageBot, ExistingPageBot, FollowRedirectPageBot,
    InteractiveReplace, NoRedirectPageBot, RedirectPageBot, WikidataBot, open_webbrowser, suggest_help)
from pywikibot.bot_choice import InteractiveReplace as IR2


def main(*args):
    """Parse the command line (-help prints the docstring and exits)."""
    for arg in pywikibot.handle_args(args):
        pass
    pywikibot.info('nothing to do')


if __name__ == '__main__':
    main()
