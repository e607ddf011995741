"""pywikibot 9.6.3's make_i18n_dict on a script that keeps its messages in
the script: the script's folder (i18nmods) joins the scripts package, as a
script of pywikibot's scripts folder would be; i18nBot reads the messages
(one renamed, one missing, one without English), prints the dictionary and
writes the JSON bundles under <base_dir>/scripts/i18n/i18n_demo, which are
printed too. GWB_PWB963 names the checkout whose scripts package is
imported.
"""
import os
import sys

sys.path.insert(0, os.environ['GWB_PWB963'])

import scripts  # noqa: E402

scripts.__path__.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'i18nmods'))

from scripts.maintenance.make_i18n_dict import i18nBot  # noqa: E402

from pywikibot import config  # noqa: E402

bot = i18nBot('i18n_demo', 'summary', 'missing', 'nolang', finished='done')
print(sorted(bot.messages.items()))
bot.run()
bot.to_json()
folder = os.path.join(config.base_dir, 'scripts', 'i18n', 'i18n_demo')
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding='utf-8') as f:
        print(name, repr(f.read()))
# a second run keeps what the files hold and adds to it
with open(os.path.join(folder, 'fr.json'), 'w', encoding='utf-8') as f:
    f.write('{"@metadata": {"authors": ["Someone"]}, "i18n_demo-old": "Ancien"}')
bot.to_json()
with open(os.path.join(folder, 'fr.json'), encoding='utf-8') as f:
    print(repr(f.read()))
