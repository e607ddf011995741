"""The package's metadata, where pywikibot keeps it: the pywikibot release
whose behaviour gowikibot follows, the project page and the copyright
(made on first use: reading the year imports time, which `import
pywikibot` otherwise does not need)."""

__version__ = '9.6.3'
__url__ = 'https://www.mediawiki.org/wiki/Manual:Pywikibot'


def __getattr__(name):
    if name == '__copyright__':
        from time import strftime
        return '2003-{}, Pywikibot team'.format(strftime('%Y'))
    raise AttributeError("module 'pywikibot.__metadata__' has no attribute '{}'".format(name))
