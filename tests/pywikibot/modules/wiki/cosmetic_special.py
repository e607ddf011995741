"""pywikibot.cosmetic_changes (the language-neutral clean-ups) and the
option checks of pywikibot.specialbots.UploadRobot on the test wiki."""
import pywikibot
from pywikibot.cosmetic_changes import CANCEL, CosmeticChangesToolkit
from pywikibot.specialbots import UploadRobot

site = pywikibot.Site()
page = pywikibot.Page(site, 'Cosmetic test')
cc = CosmeticChangesToolkit(page)
print(cc.title, cc.namespace, cc.template, cc.talkpage, len(cc.common_methods), CANCEL.PAGE, CANCEL.METHOD)
text = 'Some  text   here.  \n==Head==\n*item\n#num\n<b>bold</b> and <i>it</i>\n5&nbsp;%\n<ref name ="a"></ref>\n{| class="prettytable"\n|}\n<hr>\n'
for name in ('removeUselessSpaces', 'cleanUpSectionHeaders', 'putSpacesInLists', 'fixHtml',
             'removeNonBreakingSpaceBeforePercent', 'fixReferences', 'fixStyle'):
    print(name, repr(getattr(cc, name)(text)))
tpl = CosmeticChangesToolkit(pywikibot.Page(site, 'Template:Cosmetic'))
print(tpl.template, repr(tpl.putSpacesInLists('*item\n')))
talk = CosmeticChangesToolkit(pywikibot.Page(site, 'Talk:Cosmetic'))
print(talk.talkpage)


def boom(text):
    raise ValueError('boom')


boom.__name__ = 'boom'
cc_method = CosmeticChangesToolkit(page, ignore=CANCEL.METHOD)
print(repr(cc_method.safe_execute(boom, 'kept')))
cc_all = CosmeticChangesToolkit(page)
try:
    cc_all.safe_execute(boom, 'x')
except ValueError as e:
    print('ValueError', e)

for kwargs in ({'always': True}, {'always': True, 'ignore_warning': True},
               {'always': True, 'aborts': True, 'description': 'd'}):
    try:
        bot = UploadRobot('file.png', **kwargs)
    except ValueError as e:
        print('ValueError', e)
    else:
        print('ok', bot.url, bot.keep_filename, bot.verify_description, bot.aborts, bot.target_site)
bot = UploadRobot(['a.png', 'b.png'], description='d', ignore_warning=['exists'], aborts=['duplicate'])
print(bot.url, [bot._handle_warning(w) for w in ('exists', 'duplicate', 'other')])
bot = UploadRobot('a.png', ignore_warning=True)
print([bot._handle_warning(w) for w in ('exists', 'duplicate')])
bot = UploadRobot('a.png', aborts=True)
print([bot._handle_warning(w) for w in ('exists', 'duplicate')])
