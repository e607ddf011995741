"""The package's metadata, where pywikibot keeps it: the pywikibot release
whose behaviour gowikibot follows, the project page and the copyright."""
from time import strftime

__version__ = '9.6.3'
__url__ = 'https://www.mediawiki.org/wiki/Manual:Pywikibot'
__copyright__ = '2003-{}, Pywikibot team'.format(strftime('%Y'))
