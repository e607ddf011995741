"""HTTP for humans: gowikibot's own requests, on Go's net/http.

It has the API bot scripts use (the functions, Session, Response, the
exceptions) and takes precedence over an installed requests package.
"""

from requests import exceptions
from requests.exceptions import (RequestException, Timeout, URLRequired, TooManyRedirects,
                                 HTTPError, ConnectionError, FileModeWarning, ConnectTimeout,
                                 ReadTimeout, JSONDecodeError)
from requests import structures
from requests import auth
from requests import sessions
from requests.sessions import (Request, PreparedRequest, Response, Session, session,
                               __version__)
from requests import status_codes
from requests.status_codes import codes
from requests import adapters
from requests import models
from requests import cookies
from requests import utils

__title__ = 'requests'
__author__ = 'gowikibot'
__license__ = 'MIT'


def request(method, url, **kwargs):
    """Send a request (a new Session each time, as requests does)."""
    with sessions.Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    return request('options', url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    return request('delete', url, **kwargs)
