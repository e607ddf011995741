"""pywikibot.exception() and the output functions' exc_info as pywikibot
9.6.3's: the message, then the traceback of the exception being handled
(or of the exception given) on the next lines, the last one without a line
end; exc_info=False gives the message alone. Same output from real
pywikibot 9.6.3 (exception_traceback.out) and gowikibot (file paths cut to
their names)."""
import io
import os
import re
from contextlib import redirect_stderr

import pywikibot


class ExampleError(Exception):
    pass


def fail():
    raise ExampleError('Testing Exception')


def show(call):
    err = io.StringIO()
    with redirect_stderr(err):
        try:
            fail()
        except ExampleError as e:
            call(e)
    print(repr(re.sub(r'File "[^"]*"', lambda m: 'File "{}"'.format(os.path.basename(m.group()[6:-1])),
                      err.getvalue())))


show(lambda e: pywikibot.exception())
show(lambda e: pywikibot.exception(exc_info=False))
show(lambda e: pywikibot.exception('custom message'))
show(lambda e: pywikibot.exception(e, exc_info=False))
show(lambda e: pywikibot.error('plain error'))
show(lambda e: pywikibot.error('error with traceback', exc_info=True))
show(lambda e: pywikibot.warning('warning with traceback', exc_info=e))
show(lambda e: pywikibot.critical('critical', exc_info=False))
err = io.StringIO()
with redirect_stderr(err):
    pywikibot.error('no exception handled', exc_info=True)
print(repr(err.getvalue()))
