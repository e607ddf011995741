"""pywikibot.diff: PatchManager hunks, apply(), cherry_pick with answers
from standard input."""
import pywikibot
from pywikibot.diff import Hunk, PatchManager, cherry_pick, get_close_matches_ratio

a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n'
b = 'one\nTWO\nthree\nfour\nfive\nsix and a half\nseven\neight\n'
pm = PatchManager(a, b)
print(len(pm.hunks), [h.a_rng for h in pm.hunks], [h.b_rng for h in pm.hunks], pm.blocks)
print([h.header for h in pm.hunks])
print(repr(pm.hunks[0].diff_plain_text))
for h in pm.hunks:
    h.reviewed = Hunk.APPR
print(repr(''.join(pm.apply())) == repr(b))
pm = PatchManager(a, b, context=1)
pm.hunks[1].reviewed = Hunk.APPR
pm.hunks[0].reviewed = Hunk.NOT_APPR
pm.hunks[2].reviewed = Hunk.NOT_APPR
print(repr(''.join(pm.apply())))
pm.print_hunks()
print(repr(cherry_pick(a, b)))
print(get_close_matches_ratio('appel', ['ape', 'apple', 'peach', 'puppy']))
print(get_close_matches_ratio('Pywikibot', ['Python', 'Wikipedia', 'Robot', 'Framework'], n=2, cutoff=0, ignorecase=True))
