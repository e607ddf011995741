"""GeneratorFactory as a script with options of its own uses it (found by
this round's GeneratorFactory probe): an option pywikibot 9.6.3 does not
have (-redirectonly, a compat option) is left to the script, not taken as a
generator; -start (allpages, one namespace per request) with several -ns
raises pywikibot's TypeError when the generators are combined."""
import pywikibot
from pywikibot import pagegenerators

site = pywikibot.Site()
for args in (['-redirectonly:Main', '-summary:mine', '-always'],
             ['-start:Main', '-ns:0,1'],
             ['-start:Main', '-ns:0', '-limit:1', '-own']):
    factory = pagegenerators.GeneratorFactory()
    rest = factory.handle_args(args)
    try:
        gen = factory.getCombinedGenerator()
    except TypeError as e:
        print(args, 'TypeError:', e)
        continue
    print(args, 'rest', rest, 'titles', gen and [p.title() for p in gen])
