"""Predefined replacement sets for the replace script (gowikibot's version).

fixes maps a fix name to a dict with 'regex', 'msg' (a summary, or an i18n
key or dict), 'replacements' (pairs), and optionally 'exceptions' and
'nocase'. gowikibot ships no predefined fixes of its own; a user-fixes.py
in the config directory is executed as pywikibot does and adds its
entries to fixes (user_fixes_loaded says whether it was found).
"""
import os.path

from pywikibot import config

parameter_help = """
                  gowikibot has no predefined fixes; define your own in
                  user-fixes.py in the config directory, e.g.
                  fixes['name'] = {'regex': False, 'msg': 'summary',
                                   'replacements': [('old', 'new')]}
"""

if __doc__ is not None:
    __doc__ += parameter_help

fixes = {}


def _load_file(filename):
    """Run the fixes file filename in this module (True if it exists)."""
    if not os.path.exists(filename):
        return False
    with open(filename, 'rb') as f:
        source = f.read().decode('utf-8-sig')
    exec(compile(source, filename, 'exec'), globals())
    return True


filename = config.datafilepath('user-fixes.py')
user_fixes_loaded = _load_file(filename)
