"""Log in (or out) on the configured wiki, as ``pwb.py login`` does.

gowikibot's own implementation of pywikibot's ``login`` script:

    -all            log in on every site in usernames
    -logout         log out instead
    -autocreate     create a local account from a global one
    -oauth          show the authenticate line for an OAuth consumer
    -async          accepted for compatibility (sites are done in turn)
"""
import datetime

import pywikibot
from pywikibot.bot import suggest_help
from pywikibot import config
from pywikibot.exceptions import NoUsernameError, SiteDefinitionError


def login_one_site(code, family, oauth, logout, autocreate):
    """Log in or out on one site and say what happened."""
    try:
        site = pywikibot.Site(code, family)
    except SiteDefinitionError:
        pywikibot.error('{}:{} is not a valid site, please remove it from your user-config'.format(family, code))
        return
    if oauth:
        key = pywikibot.input('OAuth consumer key on {}:{}'.format(site.code, site.family))
        secret = pywikibot.input('OAuth consumer secret for consumer {}'.format(key), password=True)
        pywikibot.info('NOTE: To use OAuth, you need to copy the following line to your user config file:\n'
                       'authenticate[{!r}] = ({!r}, {!r}, ACCESS_KEY, ACCESS_SECRET)'.format(site.hostname(), key, secret))
        return
    if logout:
        site.logout()
    else:
        try:
            site.login(autocreate=autocreate)
        except NoUsernameError as e:
            pywikibot.error(e)
    user = site.user()
    if user:
        pywikibot.info('Logged in on {} as {}.'.format(site, user))
    elif logout:
        pywikibot.info('Logged out of {}.'.format(site))
    else:
        pywikibot.info('Not logged in on {}.'.format(site))


def main(*args):
    """Parse the command line and log in."""
    flags = {'-all': False, '-logout': False, '-oauth': False, '-autocreate': False, '-async': False}
    unknown = []
    for arg in pywikibot.handle_args(args):
        if arg in flags:
            flags[arg] = True
        else:
            unknown.append(arg)
    if suggest_help(unknown_parameters=unknown):
        return
    if flags['-all']:
        sites = [(fam, code) for fam in config.usernames for code in config.usernames[fam]]
    else:
        site = pywikibot.Site()
        sites = [(site.family.name, site.code)]
    for fam, code in sites:
        login_one_site(code, fam, flags['-oauth'], flags['-logout'], flags['-autocreate'])


if __name__ == '__main__':
    started = datetime.datetime.now()
    try:
        main()
    except KeyboardInterrupt:
        pass
    pywikibot.info('\nExecution time: {} seconds'.format((datetime.datetime.now() - started).seconds))
