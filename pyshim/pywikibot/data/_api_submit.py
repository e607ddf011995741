"""A QueryGenerator's iteration through its request's submit, as pywikibot
9.6.3's QueryGenerator.generator iterates: used when the request's submit
is not gowikibot's own (a script replaced it on the request, or the
request is of a Request subclass with a submit of its own), so that the
responses that submit gives are the ones iterated. (Otherwise gowikibot's
core sends the query and continues it itself: the same requests, without
a Python round trip per batch.)"""

__all__ = ('submit_is_replaced', 'iter_submitted')


def submit_is_replaced(request, base):
    """Whether request (a Request) sends through a submit other than
    base's (Request.submit): one set on the request itself, or a
    subclass's."""
    if 'submit' in getattr(request, '__dict__', {}):
        return True
    return getattr(type(request), 'submit', None) is not base


def _result_items(gen, data):
    """The items of the response's result key (pywikibot's
    _get_resultdata): a dict's values in the order of the response's
    'pageids' when it has them, else of their keys sorted as strings."""
    query = data['query']
    items = query[gen.resultkey]
    if isinstance(items, dict):
        if 'results' in items:
            return items['results']
        if 'pageids' in query:
            return [items[k] for k in query['pageids']]
        return [items[k] for k in sorted(items)]
    return items


def iter_submitted(gen):
    """The items of gen (a QueryGenerator): each response of
    gen.request.submit() (kept as gen.data until it is continued, as
    pywikibot keeps it), gen.result of each item (those outside the
    namespaces set_namespace left to check, gen._namespaces, left out as
    gen._check_result_namespace says); 'continue' values go into the
    request for the next response. A limit above 0 stops after that many
    items (the items of a page's own module counted for a page that has
    them); 0 or below is no limit."""
    count = 0
    limit = gen.limit if gen.limit is not None and gen.limit > 0 else None
    while True:
        if not hasattr(gen, 'data'):
            gen.data = gen.request.submit()
        data = gen.data
        if not data or not isinstance(data, dict):
            break
        if 'query' in data and gen.resultkey in data['query']:
            query = data['query']
            gen.normalized = {item['to']: item['from'] for item in query.get('normalized', [])}
            for item in _result_items(gen, data):
                result = gen.result(item)
                if gen._namespaces and not gen._check_result_namespace(result):
                    continue
                yield result
                own = set(gen.modules) & set(item) if isinstance(item, dict) else set()
                if own:
                    count += sum(len(item[key]) for key in own)
                else:
                    count += 1
                if limit is not None and count >= limit:
                    return
        elif 'continue' not in data:
            break
        if gen.modules and gen.modules[0] == 'random':
            del gen.data
            continue
        if 'continue' not in data:
            break
        gen.continue_update()
        del gen.data
