"""IndexError of a subscript through pywikibot's module (a module with
__getattr__): eseiver/cr_miraheze_scripts' cr_modules/ep.py reads
pywikibot.config.user_script_paths[0] at import; with none configured
9.6.3 stops with 'IndexError: list index out of range' (gowikibot said
'index out of range'). A container made by a call (tuple(x)[0]) is
still worded 'index out of range' (the rewording re-reads only names and
module attributes)."""
import pywikibot
from pywikibot import config

print(config.user_script_paths)
for get in (lambda: pywikibot.config.user_script_paths[0], lambda: config.user_script_paths[0],
            lambda: pywikibot.config.family[99]):
    try:
        get()
    except IndexError as e:
        print('IndexError', e)
