"""pywikibot.flow: the boards and topics of the Flow (StructuredDiscussions)
extension, deprecated in pywikibot 9.4.

gowikibot has the classes; on a site without the extension they raise
UnknownExtensionError('site is not Flow-enabled') as pywikibot does.
Reading and writing Flow boards is not implemented.
"""
import pywikibot
from pywikibot._extensions import has_extension
from pywikibot.exceptions import UnknownExtensionError

__all__ = ('Board', 'FlowPage', 'Post', 'Topic')


class FlowPage(pywikibot.page.BasePage):
    """A page of the Flow extension."""

    def __init__(self, source, title=''):
        site = source if isinstance(source, pywikibot.site.APISite) else source.site
        if not has_extension(site, 'Flow'):
            raise UnknownExtensionError('site is not Flow-enabled')
        raise NotImplementedError('Flow pages are not implemented by gowikibot')


class Board(FlowPage):
    """A Flow discussion board."""


class Topic(FlowPage):
    """A Flow topic."""


class Post:
    """A post of a Flow topic."""

    def __init__(self, page, uuid):
        if not isinstance(page, Topic):
            raise TypeError('Page must be a Topic object')
        self.page = page
        self._uuid = uuid
