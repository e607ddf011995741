"""WikidataBot of pywikibot.bot, in a module of its own so that scripts
that do not use it do not compile it (pywikibot.bot loads it on the
first `from pywikibot.bot import WikidataBot`)."""
import pywikibot
from pywikibot import log
from pywikibot.bot import Bot, ExistingPageBot

__all__ = ('WikidataBot',)


class WikidataBot(Bot, ExistingPageBot):
    """A bot working on the Wikibase items of pages (use_from_page: take
    each page's item; treat_missing_item: treat pages without one). The
    site must be connected to a data repository: WikiBaseError otherwise,
    as pywikibot raises it."""

    use_from_page = True
    treat_missing_item = False

    def __init__(self, **kwargs):
        from pywikibot.exceptions import WikiBaseError
        self.create_missing_item = False
        super().__init__(**kwargs)
        self.site = pywikibot.Site()
        self.repo = self.site.data_repository()
        if self.repo is None:
            raise WikiBaseError('{} is not connected to a data repository'.format(self.site))

    def cacheSources(self):
        """Read the repository's list of source items per wiki."""
        import json
        page = pywikibot.Page(self.repo, 'List of wikis/python', ns=4)
        self.source_values = json.loads(page.get())
        for family_code, family in self.source_values.items():
            for source_lang in family:
                self.source_values[family_code][source_lang] = pywikibot.ItemPage(
                    self.repo, family[source_lang])

    def getSource(self, site):
        """The 'imported from' (P143) claim for site, or None."""
        if not hasattr(self, 'source_values'):
            return None
        family = self.source_values.get(site.family.name, {})
        if site.code in family:
            source = pywikibot.Claim(self.repo, 'P143')
            source.setTarget(family[site.code])
            return source
        return None

    def get_property_by_name(self, property_name):
        """The id of the property named property_name (asked when not found)."""
        ns = self.repo.property_namespace
        for page in self.repo.search(property_name, total=1, namespaces=ns):
            prop = pywikibot.PropertyPage(self.repo, page.title())
            pywikibot.info('Assuming that {} property is {}.'.format(property_name, prop.id))
            return prop.id
        return pywikibot.input('Property {} was not found. Please enter the property ID '
                               '(e.g. P123) of it:'.format(property_name)).upper()

    def user_edit_entity(self, entity, data=None, ignore_save_related_errors=None,
                         ignore_server_errors=None, **kwargs):
        """Edit entity with data after the user's confirmation."""
        if not self.user_confirm('Do you want to save this change?'):
            return False
        entity.editEntity(data, **kwargs)
        self._save_counter += 1
        return True

    def user_add_claim(self, item, claim, source=None, bot=True, **kwargs):
        """Add claim to item after the user's confirmation."""
        if source:
            claim.addSource(source, bot=bot)
        pywikibot.info('Adding {} --> {}'.format(claim.getID(), claim.getTarget()))
        if not self.user_confirm('Do you want to add this claim?'):
            return False
        item.addClaim(claim, bot=bot, **kwargs)
        self._save_counter += 1
        return True

    def user_add_claim_unless_exists(self, item, claim, exists_arg='', source=None,
                                     logger_callback=log, **kwargs):
        """Add claim unless item has a claim of that property already."""
        if claim.getID() in item.get().get('claims', {}) and 'p' not in exists_arg:
            logger_callback('Skipping {} because claim with same property already exists'
                            .format(claim.getID()))
            return False
        return self.user_add_claim(item, claim, source, **kwargs)

    def create_item_for_page(self, page, data=None, summary=None, **kwargs):
        """Create an item for page (with its label and site link)."""
        if not summary:
            summary = 'Bot: New item with sitelink from {}'.format(page.title(as_link=True,
                                                                            insite=self.repo))
        if data is None:
            data = {'sitelinks': {page.site.dbName(): {'site': page.site.dbName(),
                                                       'title': page.title()}},
                    'labels': {page.site.lang: {'language': page.site.lang,
                                                'value': page.title(without_brackets=True)}}}
        item = pywikibot.ItemPage(page.site.data_repository())
        if not self.user_edit_entity(item, data, summary=summary, **kwargs):
            return None
        return item

    def treat_page(self):
        self.treat_page_and_item(self.current_page, self.current_item)

    def treat_page_and_item(self, page, item):
        """Treat page and its item; subclasses override it."""
        raise NotImplementedError('Method {}.treat_page_and_item() not implemented.'
                                  .format(self.__class__.__name__))

    def treat(self, page):
        item = None
        if isinstance(page, pywikibot.ItemPage):
            item, page = page, None
        elif self.use_from_page is not False:
            try:
                item = pywikibot.ItemPage.fromPage(page)
            except pywikibot.exceptions.NoPageError:
                item = None
            if item is None and self.create_missing_item:
                item = self.create_item_for_page(page, asynchronous=False)
            if item is None and not self.treat_missing_item:
                pywikibot.info("{} doesn't have a Wikidata item.".format(page))
                return
        self.current_item = item
        self.current_page = page
        self.treat_page_and_item(page, item)

