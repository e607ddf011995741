"""The bodies of the less common generators of pywikibot.pagegenerators,
loaded on their first call: pages of years and days, the Wikibase ones,
ProofreadPage's quality filter and the Wikidata Query Service."""
import calendar

import pywikibot
from pywikibot import date
from pywikibot.exceptions import NoPageError

__all__ = ('DayPageGenerator', 'ItemClaimFilterPageGenerator', 'LiveRCPageGenerator',
           'QualityFilterPageGenerator', 'SupersetPageGenerator', 'WikibaseItemFilterPageGenerator',
           'WikibaseItemGenerator', 'WikibaseSearchItemPageGenerator', 'WikidataPageFromItemGenerator',
           'WikidataSPARQLPageGenerator', 'YearPageGenerator')


def YearPageGenerator(start=1, end=2050, site=None):
    """The pages of the years start to end (no year 0), titled as the
    site's language writes a year."""
    if site is None:
        site = pywikibot.Site()
    pywikibot.info('Starting with year {}'.format(start))
    for i in range(start, end + 1):
        if i % 100 == 0:
            pywikibot.info('Preparing {}...'.format(i))
        if i != 0:
            yield pywikibot.Page(pywikibot.Link(date.formatYear(site.lang, i), site))


def DayPageGenerator(start_month=1, end_month=12, site=None, year=2000):
    """The pages of the days of the months start_month to end_month (as
    many days as they have in year), titled in the site's language."""
    if site is None:
        site = pywikibot.Site()
    lang = site.lang
    first_page = pywikibot.Page(site, date.format_date(start_month, 1, lang))
    pywikibot.info('Starting with {}'.format(first_page.title(as_link=True)))
    for month in range(start_month, end_month + 1):
        for day in range(1, calendar.monthrange(year, month)[1] + 1):
            yield pywikibot.Page(pywikibot.Link(date.format_date(month, day, lang), site))


def WikibaseItemGenerator(gen):
    """The Wikibase item of each page (a page of the repository itself is
    taken as its item)."""
    for page in gen:
        if isinstance(page, pywikibot.ItemPage):
            yield page
        elif page.site.data_repository() == page.site:
            yield pywikibot.ItemPage(page.site, page.title())
        else:
            yield pywikibot.ItemPage.fromPage(page)


def WikidataPageFromItemGenerator(gen, site):
    """The pages of site that the items of gen link to, 50 items a request."""
    repo = site.data_repository()
    batch = []

    def pages(items):
        data = repo.simple_request(ids=[item.id for item in items], sitefilter=site.dbName(),
                                   action='wbgetentities', props='sitelinks').submit()
        for entity in data['entities'].values():
            links = entity.get('sitelinks') or {}
            if site.dbName() in links:
                yield pywikibot.Page(site, links[site.dbName()]['title'])

    for item in gen:
        batch.append(item)
        if len(batch) == 50:
            yield from pages(batch)
            batch = []
    if batch:
        yield from pages(batch)


def WikidataSPARQLPageGenerator(query, site=None, item_name='item', endpoint=None, entity_url=None,
                                result_type=set):
    """The pages (of site; the items on a repository) of the items a SPARQL
    query finds."""
    from pywikibot.data import sparql
    if site is None:
        site = pywikibot.Site()
    repo = site.data_repository()
    dependencies = {'endpoint': endpoint, 'entity_url': entity_url}
    if not endpoint or not entity_url:
        dependencies['repo'] = repo
    data = sparql.SparqlQuery(**dependencies).get_items(query, item_name=item_name, result_type=result_type)
    entities = (repo.get_entity_for_entity_id(entity) for entity in data)
    if isinstance(site, pywikibot.site.DataSite):
        return entities
    return WikidataPageFromItemGenerator(entities, site)


def WikibaseSearchItemPageGenerator(text, language=None, total=None, site=None):
    """The items whose label or alias matches text (in language, the
    site's by default)."""
    if site is None:
        site = pywikibot.Site()
    if language is None:
        language = site.lang
    repo = site.data_repository()
    data = repo.search_entities(text, language, total=total)
    return (pywikibot.ItemPage(repo, item['id']) for item in data)


def WikibaseItemFilterPageGenerator(generator, has_item=True, show_filtered=False):
    """The pages that have a Wikibase item (with has_item false: that
    have none); with show_filtered the others are named as skipped."""
    why = "doesn't" if has_item else 'has'
    for page in generator or []:
        try:
            item = pywikibot.ItemPage.fromPage(page, lazy_load=False)
        except NoPageError:
            item = None
        if bool(item) != has_item:
            if show_filtered:
                pywikibot.info('{} {} a wikidata item. Skipping.'.format(page, why))
            continue
        yield page


def ItemClaimFilterPageGenerator(generator, prop, claim, qualifiers=None, negate=False):
    """The pages whose item has a claim prop = claim (with the qualifiers
    given); with negate those without."""
    qualifiers = qualifiers or {}
    for page in generator:
        if _has_claim(page, prop, claim, qualifiers) != negate:
            yield page


def _has_claim(page, prop, claim, qualifiers):
    if not isinstance(page, pywikibot.page.WikibasePage):
        try:
            page = pywikibot.ItemPage.fromPage(page)
        except NoPageError:
            return False
    for page_claim in page.get()['claims'].get(prop, []):
        if page_claim.target_equals(claim) and all(page_claim.has_qualifier(p, v) for p, v in qualifiers.items()):
            return True
    return False


def QualityFilterPageGenerator(generator, quality):
    """The pages of the ProofreadPage Page namespace whose quality level
    is in quality, and the pages of other namespaces."""
    from pywikibot.proofreadpage import ProofreadPage
    for page in generator:
        if page.namespace() == page.site.proofread_page_ns:
            page = ProofreadPage(page)
            if page.quality_level in quality:
                yield page
        else:
            yield page


def LiveRCPageGenerator(site=None, total=None):
    """The pages of the recent changes stream (Wikimedia EventStreams),
    which needs the sseclient package, as in pywikibot; gowikibot has no
    EventStreams client even with it: NotImplementedError."""
    if site is None:
        site = pywikibot.Site()
    try:
        import sseclient  # noqa: F401
    except ImportError:
        raise ImportError('sseclient is required for EventStreams;\n'
                          'install it with "pip install sseclient"\n') from None
    from pywikibot.family import Family, WikimediaFamily
    if not isinstance(Family.load(site.family.name), WikimediaFamily):
        raise NotImplementedError('This family does not support EventStreams')
    raise NotImplementedError('LiveRCPageGenerator needs an EventStreams client, which gowikibot does not '
                              'have; use RecentChangesPageGenerator (-recentchanges) instead')
    yield  # a generator, as pywikibot's


def SupersetPageGenerator(query, site=None, schema_name=None, database_id=None):
    """The pages of a Superset SQL query (Wikimedia's superset.wmcloud.org).
    gowikibot has no pywikibot.data.superset: NotImplementedError."""
    raise NotImplementedError('SupersetPageGenerator needs pywikibot.data.superset (an OAuth login to '
                              'superset.wmcloud.org), which gowikibot does not have')
    yield  # a generator, as pywikibot's
