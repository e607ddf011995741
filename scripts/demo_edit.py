"""Demo for "make demo": edit the bot's sandbox page and show its history.

Usage: gowikibot demo_edit [-page:TITLE] [-text:TEXT]
"""
import pywikibot


def main(*args):
    options = {'page': None, 'text': 'Hello from gowikibot!'}
    for arg in pywikibot.handle_args(args):
        name, _, value = arg.partition(':')
        if name in ('-page', '-text'):
            options[name[1:]] = value
    site = pywikibot.Site()
    site.login()
    title = options['page'] or 'User:{}/sandbox'.format(site.user())
    page = pywikibot.Page(site, title)
    old = page.text if page.exists() else ''
    page.text = old + ('\n' if old else '') + options['text']
    page.save(summary='gowikibot demo edit', minor=True)
    pywikibot.stdout('History of {}:'.format(page.title(as_link=True)))
    for rev in page.revisions(total=5):
        flags = ('m' if rev['minor'] else '-')
        pywikibot.stdout('  {} {} {} {}'.format(rev['timestamp'], flags, rev['user'], rev.get('comment', '')))
    pywikibot.stdout('Text now:\n' + page.get(force=True))


if __name__ == '__main__':
    main()
