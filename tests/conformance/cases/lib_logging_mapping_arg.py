# logging with one mapping argument (MiladyCheese/WikiScripts'
# logging.info("Statistics:\n%s\n", site.siteinfo["statistics"])): the lone
# mapping becomes the format's mapping, and '%s' % mapping prints it whole;
# gowikibot raised "TypeError: format requires a mapping".
import collections
import collections.abc
import logging
import sys


class Counts(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return 'Counts(%r)' % self.d


logging.basicConfig(stream=sys.stdout, format='%(levelname)s|%(message)s', level=logging.INFO)
log = logging.getLogger('probe')
log.info('Statistics:\n%s\n', {'pages': 11, 'edits': 3})
log.info('named %(pages)d pages, %(edits)s edits', {'pages': 11, 'edits': 3})
log.info('mapping %(pages)s', Counts({'pages': 4}))
log.info('whole %s', Counts({'pages': 4}))
log.info('ordered %s', collections.OrderedDict(a=1))
log.info('empty dict %s', {})
log.info('two %s %s', {'a': 1}, {'b': 2})
rec = logging.LogRecord('n', logging.INFO, 'p.py', 1, 'x %(k)s', ({'k': 'v'},), None)
print(type(rec.args).__name__, rec.getMessage())
rec = logging.LogRecord('n', logging.INFO, 'p.py', 1, 'x %s', ({},), None)
print(type(rec.args).__name__, rec.getMessage())
