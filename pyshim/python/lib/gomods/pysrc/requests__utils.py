"""requests.utils (gowikibot)."""

from urllib.parse import quote, unquote, urlparse
from requests.sessions import default_user_agent, default_headers, _quote_url as requote_uri
from requests.sessions import cookiejar_from_dict
from requests.structures import CaseInsensitiveDict


def dict_from_cookiejar(cj):
    return dict((c.name, c.value) for c in cj)


def add_dict_to_cookiejar(cj, cookie_dict):
    return cookiejar_from_dict(cookie_dict, cj)


def get_encoding_from_headers(headers):
    from requests.sessions import _charset
    return _charset(headers.get('content-type'))


def get_auth_from_url(url):
    parsed = urlparse(url)
    try:
        return (unquote(parsed.username), unquote(parsed.password))
    except (AttributeError, TypeError):
        return ('', '')
