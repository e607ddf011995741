"""pywikibot.backports has 9.6.3's names only: List, Optional, Union, ...
are gone since 7.7.3, so a user-config.py or script importing them
(amasotti/wikivoyage-nastoshka-bot's example user-config.py) stops with
ImportError under pywikibot; gowikibot went on."""
import pywikibot.backports as b

names = ['Any', 'Callable', 'Container', 'Counter', 'DefaultDict', 'Dict', 'FrozenSet', 'Generator',
         'Iterable', 'Iterator', 'List', 'Mapping', 'Match', 'NoneType', 'Optional', 'OrderedDict',
         'Pattern', 'Sequence', 'Set', 'Tuple', 'Type', 'Union', 'batched', 'cache', 'pairwise',
         'removeprefix', 'removesuffix']
print([n for n in names if hasattr(b, n)])
print([n for n in names if not hasattr(b, n)])
try:
    from pywikibot.backports import List  # noqa: F401
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
