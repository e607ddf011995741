"""GeneratorFactory's -ql as pywikibot 9.6.3's: UnknownExtensionError on
a site without ProofreadPage; else the levels are kept (a warning lists
the valid ones when a level is out of 0-4). A stand-in site (a real one
asks the wiki who we are). Same output from real pywikibot 9.6.3
(factory_ql.out) and gowikibot."""
from pywikibot import pagegenerators
from pywikibot.exceptions import UnknownExtensionError


class Stand:
    def __init__(self, extensions):
        self.extensions = extensions
        self.proofread_levels = {0: 'Without text', 1: 'Not proofread', 3: 'Proofread'}

    def has_extension(self, name):
        return name in self.extensions


gf = pagegenerators.GeneratorFactory(site=Stand([]))
try:
    gf.handle_arg('-ql:2')
except UnknownExtensionError as e:
    print('UnknownExtensionError', e)
gf = pagegenerators.GeneratorFactory(site=Stand(['ProofreadPage']))
print(gf.handle_arg('-ql:1,3'), gf.qualityfilter_list)
print(gf.handle_arg('-ql:0,7'), gf.qualityfilter_list)
