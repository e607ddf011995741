"""pywikibot.data.wikistats: the tables of WikiStats
(wikistats.wmcloud.org): wikis of a family with their sizes."""
import pywikibot
from pywikibot.comms import http

__all__ = ('WikiStats',)

_data = {}


class WikiStats:
    """The WikiStats tables, read as CSV and cached for the run. Table
    names are WikiStats' own or pywikibot family names."""

    FAMILY_MAPPING = {'wikipedia': 'wikipedias', 'wikiquote': 'wikiquotes',
                      'wikisource': 'wikisources', 'wiktionary': 'wiktionaries'}
    MISC_SITES_TABLE = 'mediawikis'
    WMF_MULTILANG_TABLES = {'wikipedias', 'wiktionaries', 'wikisources', 'wikinews',
                            'wikibooks', 'wikiquotes', 'wikivoyage', 'wikiversity'}
    OTHER_MULTILANG_TABLES = {'uncyclomedia', 'rodovid', 'wikifur', 'wikitravel', 'scoutwiki',
                              'opensuse', 'metapedias', 'lxde', 'pardus', 'gentoo'}
    OTHER_TABLES = {'mediawikis', 'wikia', 'wikimedia', 'wikispaces', 'wikkii', 'gratiswiki',
                    'anarchopedias', 'wikifur'}
    ALL_TABLES = {MISC_SITES_TABLE} | WMF_MULTILANG_TABLES | OTHER_MULTILANG_TABLES | OTHER_TABLES
    ALL_KEYS = set(FAMILY_MAPPING) | ALL_TABLES

    def __init__(self, url='https://wikistats.wmcloud.org/'):
        self.url = url

    def get(self, table):
        """The rows of table, as dicts."""
        if table in _data:
            return _data[table]
        if table not in self.ALL_KEYS:
            pywikibot.warning('WikiStats unknown table ' + table)
        table = self.FAMILY_MAPPING.get(table, table)
        r = http.fetch(self.url + '/api.php?action=dump&table={}&format=csv'.format(table))
        import csv
        import io
        data = list(csv.DictReader(io.StringIO(r.text)))
        _data[table] = data
        return data

    def get_dict(self, table):
        """The rows of table by their prefix (language code)."""
        return {row['prefix']: row for row in self.get(table)}

    def sorted(self, table, key, reverse=None):
        """The rows of table sorted by key (numbers descending unless
        reverse is False)."""
        rows = self.get(table)
        if rows and rows[0][key].isdigit():
            return sorted(rows, key=lambda d: int(d[key]), reverse=True if reverse is None else reverse)
        return sorted(rows, key=lambda d: d[key], reverse=bool(reverse))

    def languages_by_size(self, table):
        """The language codes of table, largest wiki first."""
        return [row['prefix'] for row in self.sorted(table, 'good')]
