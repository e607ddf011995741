"""pywikibot's metadata names, which setup scripts and generate_user_files
copies read (pywikibot.__url__ in the generated user-config.py header)."""
import pywikibot
from pywikibot import __metadata__
from pywikibot.__metadata__ import __copyright__, __url__, __version__

print(__url__, pywikibot.__url__ is __url__)
print(__version__ == pywikibot.__version__, __version__.count('.'))
print(__copyright__.startswith('2003-'), __copyright__.endswith(', Pywikibot team'))
print(__metadata__.__name__)
