"""pywikibot 9.6.3's speedy_delete bot on a wiki of its own.

9.6.3 finds the category of deletion candidates only on a few Wikimedia
wikis (else through Wikibase) and has deletion reasons only for theirs;
this user script keeps the script unmodified, gives its bot class this
wiki's category and reasons, and does what main() does once logged in
(main() asks for the delete right before anything has logged in).
GWB_PWB963 names the pywikibot 9.6.3 checkout whose scripts package is
imported.
"""
import os
import sys

sys.path.insert(0, os.environ['GWB_PWB963'])

import pywikibot  # noqa: E402
from scripts import speedy_delete  # noqa: E402

pywikibot.handle_args()
site = pywikibot.Site()
speedy_delete.SpeedyBot.csd_cat_title = {site.family.name: {site.code: 'Category:Speedy candidates'}}
speedy_delete.SpeedyBot.deletion_messages = {site.family.name: {site.code: {
    '_default': 'Speedy deletion: tagged as a candidate',
    'template:db-spam': 'Speedy deletion: advertising',
}}}
site.login()
bot = speedy_delete.SpeedyBot(site=site)
bot.run()
