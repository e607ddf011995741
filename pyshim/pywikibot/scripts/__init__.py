"""pywikibot.scripts: the package of pywikibot's framework scripts
(gowikibot runs them as commands: generate_family_file, generate_user_files,
login, version, shell) and the helper those scripts import."""
import os

__all__ = ('_import_with_no_user_config',)


def _import_with_no_user_config(*import_args):
    """__import__(*import_args) with PYWIKIBOT_NO_USER_CONFIG set to '2'
    meanwhile (the variable is restored afterwards), as pywikibot's
    framework scripts import site_detect and config before a user config
    exists."""
    before = os.environ.get('PYWIKIBOT_NO_USER_CONFIG')
    os.environ['PYWIKIBOT_NO_USER_CONFIG'] = '2'
    try:
        return __import__(*import_args)
    finally:
        if before:
            os.environ['PYWIKIBOT_NO_USER_CONFIG'] = before
        else:
            del os.environ['PYWIKIBOT_NO_USER_CONFIG']
