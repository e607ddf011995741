"""Print the URLs of every family pywikibot itself knows, as JSON (a test
driver of gowikibot: family/family_test.go compares its own loading of the
same family files with it).

Usage: /usr/bin/python3 dump_families.py PYWIKIBOT_CHECKOUT
"""
import json, os, sys
src = sys.argv[1]
sys.path.insert(0, src)
os.environ['PYWIKIBOT_NO_USER_CONFIG'] = '2'
import pywikibot
from pywikibot.family import Family
out = {}
for name in sorted(pywikibot.config.family_files):
    try:
        f = Family.load(name)
        out[name] = {c: [f.protocol(c), f.hostname(c), f.scriptpath(c)] for c in f.langs}
    except Exception as e:
        out[name] = {'error': repr(e)}
print(json.dumps(out, sort_keys=True))
