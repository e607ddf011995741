"""pywikibot.page.Contribution (pywikibot 11.6+): one user contribution
as a read-only record of the API's item, plus its site and page."""
import pywikibot
from pywikibot._datarecord import DataRecord

__all__ = ('Contribution',)


class Contribution(DataRecord):
    """A user contribution: the list=usercontribs item's keys (title, ns,
    revid, timestamp as a Timestamp, comment, ...), site, and page."""

    @staticmethod
    def normalize(data):
        if 'timestamp' in data:
            data['timestamp'] = pywikibot.Timestamp.fromISOformat(data['timestamp'])
        if 'title' in data:
            data['page'] = pywikibot.Page(data['site'], data['title'], data['ns'])
