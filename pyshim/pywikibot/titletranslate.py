"""pywikibot.titletranslate: the pages on other wikis that interwiki
hints (-hint:xy:Title, -hint:all:, -hint:10:) name for a page."""
import pywikibot
from pywikibot import config, date  # noqa: F401 (pywikibot.titletranslate.date, as pywikibot's)

__all__ = ('translate',)


def translate(page=None, hints=None, auto=True, removebrackets=False, site=None):
    """Links to pages on other sites of site's family named by hints
    ('code:Title', 'code' for the page's own title, 'all:', 'N:' for the
    N largest wikis, a language group). Date titles are not translated
    by gowikibot (pywikibot's auto mode knows many languages' date
    formats)."""
    if not page and not site:
        raise RuntimeError('Either page or site parameter must be given with translate()')
    site = site or page.site
    result = []
    for h in hints or []:
        codes, _, newname = h.partition(':')
        if not newname:
            if page is None:
                continue
            newname = page.title(with_ns=False, without_brackets=removebrackets)
        family = site.family
        if codes.isdigit():
            codes = list(getattr(family, 'languages_by_size', []))[:int(codes)]
        elif codes == 'all':
            codes = list(family.codes)
        else:
            codes = getattr(family, 'language_groups', {}).get(codes, codes.split(','))
        for newcode in codes:
            if newcode in family.codes:
                if newcode != site.code:
                    ns = page.namespace() if page else 0
                    link = pywikibot.Link(newname, pywikibot.Site(newcode, family.name),
                                          default_namespace=ns)
                    if link not in result:
                        result.append(link)
            elif config.verbose_output:
                pywikibot.info('Ignoring unknown language code {}'.format(newcode))
    return result
