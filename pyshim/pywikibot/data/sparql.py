"""pywikibot.data.sparql: SPARQL queries (the Wikidata Query Service or
any endpoint), sent with pywikibot.comms.http.fetch."""
from urllib.parse import quote

import pywikibot
from pywikibot.comms import http
from pywikibot.exceptions import Error, ServerError

__all__ = ('Bnode', 'Literal', 'SparqlQuery', 'URI', 'VALUE_TYPES')

DEFAULT_HEADERS = {'cache-control': 'no-cache', 'Accept': 'application/sparql-results+json'}


class SparqlQuery:
    """Queries of one SPARQL endpoint: the repo's (Wikidata by default),
    or endpoint with entity_url (the URI prefix of entities)."""

    def __init__(self, endpoint=None, entity_url=None, repo=None, max_retries=None,
                 retry_wait=None):
        if not repo and not endpoint:
            repo = pywikibot.Site('wikidata', 'wikidata')
        if repo:
            self.endpoint = getattr(repo, 'sparql_endpoint', None)
            self.entity_url = getattr(repo, 'concept_base_uri', None)
            if not self.endpoint:
                raise Error('The site {} does not provide a sparql endpoint.'.format(repo))
        else:
            if not entity_url:
                raise Error('If initialised with an endpoint the entity_url must be provided.')
            self.endpoint = endpoint
            self.entity_url = entity_url
        self.last_response = None
        self.max_retries = max_retries if max_retries is not None else pywikibot.config.max_retries
        self.retry_wait = retry_wait if retry_wait is not None else pywikibot.config.retry_wait

    def get_last_response(self):
        """The response of the last query, or None."""
        return self.last_response

    def query(self, query, headers=None):
        """The decoded JSON result of query (None when it is not JSON);
        server errors 500 are retried."""
        url = '{}?query={}'.format(self.endpoint, quote(query))
        self.last_response = None
        tries = 0
        while True:
            try:
                self.last_response = http.fetch(url, headers=dict(headers or DEFAULT_HEADERS))
            except ServerError as e:
                if not str(e).startswith('500') or tries >= self.max_retries:
                    raise
            else:
                break
            tries += 1
            pywikibot.sleep(min(self.retry_wait * 2 ** (tries - 1), pywikibot.config.retry_max))
        try:
            return self.last_response.json()
        except ValueError:
            return None

    def select(self, query, full_data=False, headers=None):
        """The rows of a SELECT query as dicts of variable -> value (the
        value string, or with full_data a URI/Literal/Bnode; None for a
        variable not bound)."""
        data = self.query(query, headers=headers)
        if not data or 'results' not in data:
            return None
        result = []
        for row in data['results']['bindings']:
            values = {}
            for var in data['head']['vars']:
                if var not in row:
                    values[var] = None
                elif full_data:
                    if row[var]['type'] not in VALUE_TYPES:
                        raise ValueError('Unknown type: {}'.format(row[var]['type']))
                    values[var] = VALUE_TYPES[row[var]['type']](row[var], entity_url=self.entity_url)
                else:
                    values[var] = row[var]['value']
            result.append(values)
        return result

    def ask(self, query, headers=None):
        """The answer of an ASK query."""
        return self.query(query, headers=headers)['boolean']

    def get_items(self, query, item_name='item', result_type=set):
        """The entity ids bound to item_name in the rows of query."""
        res = self.select(query, full_data=True)
        if res:
            return result_type(r[item_name].getID() for r in res)
        return result_type()


class SparqlNode:
    """A value of a SPARQL result."""

    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class URI(SparqlNode):
    """A URI; getID() is the entity id when it is an entity's URI."""

    def __init__(self, data, entity_url, **kwargs):
        super().__init__(data.get('value'))
        self.entity_url = entity_url

    def getID(self):
        if self.value.startswith(self.entity_url):
            return self.value[len(self.entity_url):]
        return None

    def __repr__(self):
        return '<' + self.value + '>'


class Literal(SparqlNode):
    """A literal, with its data type or language."""

    def __init__(self, data, **kwargs):
        super().__init__(data.get('value'))
        self.type = data.get('datatype')
        self.language = data.get('xml:lang')

    def __repr__(self):
        if self.type:
            return self.value + '^^' + self.type
        if self.language:
            return self.value + '@' + self.language
        return self.value


class Bnode(SparqlNode):
    """A blank node."""

    def __init__(self, data, **kwargs):
        super().__init__(data.get('value'))

    def __repr__(self):
        return '_:' + self.value


VALUE_TYPES = {'uri': URI, 'literal': Literal, 'bnode': Bnode}
