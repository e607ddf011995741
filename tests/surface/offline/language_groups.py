"""pywikibot.family.Family.language_groups (the script groups an interwiki
hint such as 'cyril:Title' stands for), on the base class and on a
family's instance: the same output from real pywikibot 9.6.3
(language_groups.out) and gowikibot."""
import pywikibot
from pywikibot import family

groups = family.Family.language_groups
print(sorted(groups), [len(groups[g]) for g in sorted(groups)])
for name in sorted(groups):
    print(name, ' '.join(groups[name]))
wp = pywikibot.family.Family.load('wikipedia')
print(wp.language_groups is groups, sorted(c for c in groups['scand'] if c in wp.codes))
print(sorted(g for g in groups if 'kk' in groups[g]))
