"""requests.codes: HTTP status codes by name (gowikibot)."""

from requests.structures import LookupDict

_codes = {
    100: ('continue',), 101: ('switching_protocols',), 200: ('ok', 'okay', 'all_ok', 'all_okay', 'all_good'),
    201: ('created',), 202: ('accepted',), 204: ('no_content',), 206: ('partial_content',),
    301: ('moved_permanently', 'moved'), 302: ('found',), 303: ('see_other', 'other'),
    304: ('not_modified',), 307: ('temporary_redirect', 'temporary_moved', 'temporary'),
    308: ('permanent_redirect',), 400: ('bad_request', 'bad'), 401: ('unauthorized',),
    403: ('forbidden',), 404: ('not_found',), 405: ('method_not_allowed', 'not_allowed'),
    408: ('request_timeout',), 409: ('conflict',), 410: ('gone',), 413: ('request_entity_too_large',),
    414: ('request_uri_too_large',), 418: ('im_a_teapot', 'teapot', 'i_am_a_teapot'),
    429: ('too_many_requests', 'too_many'), 500: ('internal_server_error', 'server_error'),
    501: ('not_implemented',), 502: ('bad_gateway',), 503: ('service_unavailable', 'unavailable'),
    504: ('gateway_timeout',),
}

codes = LookupDict(name='status_codes')
for _code, _titles in _codes.items():
    for _title in _titles:
        setattr(codes, _title, _code)
        if not _title.startswith(('\\', '/')):
            setattr(codes, _title.upper(), _code)
