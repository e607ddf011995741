"""pywikibot.scripts.generate_user_files: pywikibot's names for writing
user-config.py and the password file.

gowikibot writes those files with its command ``gowikibot
generate_user_files`` (written in Go); ``main`` runs that command. The
helpers that scripts and tests call (the file names, the config templates,
``file_exists``, ``get_site_and_lang``, ``ask_for_dir_change``) behave as
pywikibot's. gowikibot's config has no commented ``config.py`` source, so
``parse_sections`` finds no section and ``copy_sections`` returns None
(pywikibot's answer when its config.py has none): the command writes the
small variant of user-config.py only.
"""
import os
import sys
from textwrap import fill
from typing import NamedTuple

import _gowikibot
from pywikibot.scripts import _import_with_no_user_config

# DISABLED_SECTIONS cannot be copied (the variables are set by hand).
DISABLED_SECTIONS = {
    'USER INTERFACE SETTINGS',
}
# OBSOLETE_SECTIONS are written by the generator itself.
OBSOLETE_SECTIONS = {
    'ACCOUNT SETTINGS',
}
# SCRIPT_SECTIONS hold the settings of single scripts.
SCRIPT_SECTIONS = {
    'INTERWIKI SETTINGS',
    'SOLVE_DISAMBIGUATION SETTINGS',
    'WEBLINK CHECKER SETTINGS',
    'REPLICATION BOT SETTINGS',
}

pywikibot = _import_with_no_user_config('pywikibot')
config = pywikibot.config
__url__ = pywikibot.__url__
base_dir = config.base_dir

USER_BASENAME = 'user-config.py'
# The password file gowikibot's command writes (and names in the
# user-config.py it writes as password_file).
PASS_BASENAME = 'user-password.cfg'

# The user-config.py that gowikibot's command writes, as a template.
SMALL_CONFIG = """\
family = '{main_family}'
mylang = '{main_code}'
{usernames}
{botpasswords}
"""

EXTENDED_CONFIG = """\
# user-config.py, written by gowikibot generate_user_files.
# The variables and their defaults are pywikibot's (see
# https://doc.wikimedia.org/pywikibot/master/api_ref/pywikibot.config.html).

# The family of sites to work on (a built-in family or one of
# family_files).
family = '{main_family}'

# The site code (language) of the site to work on.
mylang = '{main_code}'

# The account on each site: usernames[family][code] = name ('*' as the
# code for every site of a family).
{usernames}

# The file holding BotPasswords.
{botpasswords}

{config_text}"""

PASSFILE_CONFIG = """\
# This is an automatically generated file used to store
# BotPasswords.
#
# As a simpler (but less secure) alternative to OAuth, MediaWiki allows bot
# users to uses BotPasswords to limit the permissions given to a bot.
# When using BotPasswords, each instance gets keys. This combination can only
# access the API, not the normal web interface.
#
# See https://www.mediawiki.org/wiki/Manual:Pywikibot/BotPasswords for more
# information.
{botpasswords}"""


class _ConfigSection(NamedTuple):
    head: str
    info: str
    section: str


def change_base_dir():
    """Ask for a new directory for the user files; return it, or None
    when the user keeps the default."""
    while True:
        new_base = pywikibot.input('New user directory? ')
        new_base = os.path.abspath(new_base)
        if os.path.exists(new_base):
            if os.path.isfile(new_base):
                pywikibot.error('there is an existing file with that name.')
                continue
            break
        try:
            os.mkdir(new_base, config.private_folder_permission)
        except Exception as e:
            pywikibot.error(f'directory creation failed: {e}')
            continue
        pywikibot.info(f'Created new directory {new_base}.')
        break
    if new_base == base_dir:
        return None
    return new_base


def file_exists(filename) -> bool:
    """Whether filename exists; says so when it does."""
    if os.path.exists(filename):
        folder, name = os.path.split(filename)
        pywikibot.info(f'{name} already exists in the target directory "{folder}".')
        return True
    return False


def get_site_and_lang(default_family='wikipedia', default_lang='en',
                      default_username=None, force=False):
    """Ask for the family, the site code and the username (the defaults
    are taken when force is true); return them as a tuple. A site code
    the family does not know falls back to 'en' when the family has it."""
    known_families = sorted(config.family_files.keys())
    if default_family not in known_families:
        default_family = None
    fam = pywikibot.bot.input_list_choice(
        'Select family of sites we are working on, just enter the number or name',
        known_families, force=force, default=default_family)
    fam = pywikibot.family.Family.load(fam)
    if hasattr(fam, 'langs'):
        codes = [code for code in fam.codes if code in fam.langs]
        known_langs = codes + sorted(set(fam.langs.keys()).difference(codes))
    else:
        known_langs = []
    if not known_langs:
        pywikibot.info(f'There were no known site codes found in {fam.name}.')
        default_lang = None
    elif len(known_langs) == 1:
        pywikibot.info(f'The only known site code: {known_langs[0]}')
        default_lang = known_langs[0]
    else:
        if default_lang not in known_langs:
            default_lang = 'en' if default_lang != 'en' and 'en' in known_langs else None
        if not force:
            pywikibot.info('This is the list of known site codes:')
            pywikibot.info(fill(', '.join(known_langs), width=79))
    mycode = None
    while not mycode:
        mycode = pywikibot.input("The site code of the site we're working on",
                                 default=default_lang, force=force)
        if known_langs and mycode and mycode not in known_langs and not pywikibot.input_yn(
                fill(f'The site code {mycode!r} is not in the list of known sites.'
                     ' Do you want to continue?'),
                default=False, automatic_quit=False):
            mycode = None
    username = pywikibot.input(f'Username on {mycode}:{fam.name}',
                               default=default_username, force=force)
    if username:
        username = username.replace("'", "\\'")
    return fam.name, mycode, username


def parse_sections() -> list:
    """The commented sections of the config source as _ConfigSection
    tuples: none under gowikibot, whose config is not a Python file."""
    return []


def copy_sections(force=False, default='n'):
    """The config text of the sections chosen for copying: None, as
    parse_sections finds none."""
    return None


def ask_for_dir_change(force):
    """Whether user-config.py and the password file exist already in the
    user directory, as a tuple of two bools; unless force is set (and
    verbose output is off), offers another directory while one does."""
    global base_dir
    pywikibot.info(f'\nYour default user directory is "{base_dir}"')
    while True:
        userfile = file_exists(os.path.join(base_dir, USER_BASENAME))
        passfile = file_exists(os.path.join(base_dir, PASS_BASENAME))
        if force and not config.verbose_output or not (userfile or passfile):
            break
        if pywikibot.input_yn('Would you like to change the directory?',
                              default=True, automatic_quit=False, force=force):
            new_base = change_base_dir()
            if new_base:
                base_dir = new_base
        else:
            break
    return userfile, passfile


def main(*args: str) -> None:
    """Run ``gowikibot generate_user_files`` with args (sys.argv's when
    none are given)."""
    if not args:
        args = tuple(sys.argv[1:])
    status = _gowikibot.run_command([sys.executable, 'generate_user_files', *args])
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
