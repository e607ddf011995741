# config.usernames is a defaultdict(dict) in pywikibot: a family never
# named in user-config.py gives {} (JackPotte/JackBot indexes
# config.usernames[family][code] for any family).
from pywikibot import config
u = config.usernames
print(type(u).__name__)
print(u['nosuchfamily'])
print('nosuchfamily' in u)
print(sorted(u['demowiki'].items()))
try:
    u['otherfamily']['xx']
except KeyError as e:
    print('KeyError', e)
