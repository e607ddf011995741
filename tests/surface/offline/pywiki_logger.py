"""Records logged to the 'pywiki' logger (and its children) are shown as
pywikibot 9.6.3's handlers show them once a user interface is set: STDOUT
on stdout, INFO to INPUT on stderr, WARNING and above on stderr after their
level's name, nothing else; the record's 'newline' ends the line. The
buffer interface keeps the messages (from INFO). The handlers are set up
by the first output (here pywikibot.log, which shows nothing) and set up
again by set_interface after that; the logger then does not propagate. Same output from real
pywikibot 9.6.3 (pywiki_logger.out) and gowikibot."""
import io
import logging
import sys

import pywikibot
from pywikibot import bot
from pywikibot.bot import CRITICAL, DEBUG, ERROR, INFO, INPUT, STDOUT, VERBOSE, WARNING

context = {'caller_name': 'test', 'caller_file': 'test', 'caller_line': 0, 'newline': '\n'}
levels = [('debug', DEBUG), ('verbose', VERBOSE), ('info', INFO), ('stdout', STDOUT),
          ('input', INPUT), ('warning', WARNING), ('error', ERROR), ('critical', CRITICAL),
          ('seventeen', 17), ('twenty-two', 22), ('twenty-seven', 27), ('forty-five', 45)]


def run():
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        bot.set_interface('terminal')
        pywikibot.log('set up')
        logger = logging.getLogger('pywiki')
        for text, level in levels:
            logger.log(level, text, extra=context)
        logging.getLogger('pywiki.child').log(WARNING, 'child %s', 'of pywiki', extra=context)
        logger.log(INFO, 'no line end', extra=dict(context, newline=''))
        logger.log(INFO, ' after', extra=context)
        logger.log(STDOUT, 'stdout %d', 2, extra=context)
        got = sys.stdout.getvalue(), sys.stderr.getvalue()
    finally:
        sys.stdout, sys.stderr = out, err
    print(logger.propagate, logger.level)
    print('stdout', repr(got[0]))
    print('stderr', repr(got[1]))


run()
bot.set_interface('buffer')
for text, level in levels:
    logging.getLogger('pywiki').log(level, text, extra=context)
print('buffer', pywikibot.bot.ui.pop_output())
