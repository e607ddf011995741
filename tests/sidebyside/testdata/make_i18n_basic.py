"""pywikibot 9.6.3's make_i18n_dict as its docstring says to use it:
i18nBot('<scriptname>', '<msg dict>'). 9.6.3 looks the script's own name
up in the script's module (for 'basic': scripts.basic.basic), so it stops
at once with an AttributeError, on every script name. GWB_PWB963 names the
checkout whose scripts package is imported.
"""
import os
import sys

sys.path.insert(0, os.environ['GWB_PWB963'])

from scripts.maintenance.make_i18n_dict import i18nBot  # noqa: E402

bot = i18nBot('basic', 'msg')
bot.run()
