"""pywikibot.proofreadpage: pages of the ProofreadPage extension
(Wikisource's Page: and Index: namespaces).

gowikibot has the classes and their constants; on a site without the
extension they raise UnknownExtensionError as pywikibot does. Editing
proofread pages (header/body/footer, OCR) is not implemented.
"""
import pywikibot
from pywikibot import textlib  # noqa: F401 (pywikibot.proofreadpage.textlib, as pywikibot's)
from pywikibot._extensions import has_extension
from pywikibot.comms import http  # noqa: F401 (as pywikibot's)
from pywikibot.data.api import ListGenerator, Request  # noqa: F401 (as pywikibot's)
from pywikibot.exceptions import Error, InvalidTitleError, OtherPageSaveError, UnknownExtensionError  # noqa: F401
from pywikibot.tools import MediaWikiVersion, cached, remove_last_args  # noqa: F401 (as pywikibot's)

__all__ = ('IndexPage', 'ProofreadPage')


def _require(site):
    if not has_extension(site, 'ProofreadPage'):
        raise UnknownExtensionError('Method "_cache_proofreadinfo" is not implemented without '
                                    'the extension ProofreadPage')
    raise NotImplementedError('ProofreadPage pages are not implemented by gowikibot')


class ProofreadPage(pywikibot.Page):
    """A page of the Page: namespace, with its proofreading level."""

    WITHOUT_TEXT = 0
    NOT_PROOFREAD = 1
    PROBLEMATIC = 2
    PROOFREAD = 3
    VALIDATED = 4
    PROOFREAD_LEVELS = [WITHOUT_TEXT, NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED]
    open_tag = '<noinclude>'
    close_tag = '</noinclude>'

    def __init__(self, source, title=''):
        site = source if isinstance(source, pywikibot.site.APISite) else source.site
        _require(site)


class IndexPage(pywikibot.Page):
    """A page of the Index: namespace, listing the pages of a book."""

    INDEX_TEMPLATE = ':MediaWiki:Proofreadpage_index_template'

    def __init__(self, source, title=''):
        site = source if isinstance(source, pywikibot.site.APISite) else source.site
        _require(site)
