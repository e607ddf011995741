"""OAuth 1.0a request signing for requests (gowikibot's requests_oauthlib).

OAuth1(client_key, client_secret, resource_owner_key,
resource_owner_secret) is an auth= of gowikibot's requests, as the
requests-oauthlib package's is of the real requests: it signs each request
(RFC 5849) with HMAC-SHA1 (or HMAC-SHA256/512, or PLAINTEXT; not RSA), in the Authorization header (or
the query, or a form body), taking a form-encoded body's parameters into the
signature. pywikibot's comms.http signs the requests of a site whose
config.authenticate entry holds the four OAuth tokens with it (the API
requests of such a site are signed by gowikibot's Go core). The OAuth 2 and
session classes of the package are not here.
"""
import base64
import binascii
import hashlib
import hmac
import os
import time
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from requests.auth import AuthBase

__all__ = ['OAuth1']
__version__ = '1.3.0'

SIGNATURE_HMAC = SIGNATURE_HMAC_SHA1 = 'HMAC-SHA1'
SIGNATURE_HMAC_SHA256 = 'HMAC-SHA256'
SIGNATURE_HMAC_SHA512 = 'HMAC-SHA512'
SIGNATURE_PLAINTEXT = 'PLAINTEXT'
SIGNATURE_TYPE_AUTH_HEADER = 'AUTH_HEADER'
SIGNATURE_TYPE_QUERY = 'QUERY'
SIGNATURE_TYPE_BODY = 'BODY'

_HMAC_DIGESTS = {SIGNATURE_HMAC_SHA1: hashlib.sha1, SIGNATURE_HMAC_SHA256: hashlib.sha256,
                 SIGNATURE_HMAC_SHA512: hashlib.sha512}

CONTENT_TYPE_FORM_URLENCODED = 'application/x-www-form-urlencoded'
CONTENT_TYPE_MULTI_PART = 'multipart/form-data'


def _escape(value):
    """RFC 5849's percent-encoding: all but unreserved characters."""
    if isinstance(value, bytes):
        value = value.decode('utf-8')
    return quote(value, safe='~')


def _form_params(body):
    """The parameters of a form-encoded body (str or bytes), or None when
    it is not one."""
    if body is None:
        return None
    if isinstance(body, bytes):
        try:
            body = body.decode('utf-8')
        except UnicodeDecodeError:
            return None
    if not isinstance(body, str):
        return None
    if body and any(c not in _FORM_CHARS for c in body):
        return None
    return parse_qsl(body, keep_blank_values=True)


# the characters of a form-encoded body (oauthlib's test of one)
_FORM_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
                        '=&;:%+~,*@!()/?\'$-._')


def _base_string_uri(uri):
    """The scheme, host and path of uri as the signature base string has
    them: lower-case, without the default port, query or fragment."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    host = (parts.hostname or '').lower()
    if ':' in host:
        host = '[{}]'.format(host)
    port = parts.port
    if port is not None and not (scheme, port) in (('http', 80), ('https', 443)):
        host = '{}:{}'.format(host, port)
    return urlunsplit((scheme, host, parts.path or '/', '', ''))


class Client:
    """The signing parameters of OAuth1 (oauthlib's Client): the consumer
    key and secret, the token and its secret, and how to sign."""

    def __init__(self, client_key, client_secret=None, resource_owner_key=None,
                 resource_owner_secret=None, callback_uri=None, signature_method=SIGNATURE_HMAC,
                 signature_type=SIGNATURE_TYPE_AUTH_HEADER, rsa_key=None, verifier=None,
                 realm=None, encoding='utf-8', decoding=None, nonce=None, timestamp=None):
        self.client_key = client_key
        self.client_secret = client_secret
        self.resource_owner_key = resource_owner_key
        self.resource_owner_secret = resource_owner_secret
        self.callback_uri = callback_uri
        self.signature_method = signature_method
        self.signature_type = signature_type
        self.rsa_key = rsa_key
        self.verifier = verifier
        self.realm = realm
        self.encoding = encoding
        self.decoding = decoding
        self.nonce = nonce
        self.timestamp = timestamp

    def __repr__(self):
        shown = dict(vars(self))
        for secret in ('client_secret', 'resource_owner_secret'):
            if shown[secret]:
                shown[secret] = '****'
        return '<{} {}>'.format(type(self).__name__, ', '.join(
            '{}={}'.format(k, v) for k, v in shown.items()))

    def oauth_params(self):
        """The oauth_* parameters of one request (a fresh nonce and the time
        unless the client was given them)."""
        nonce = self.nonce
        if nonce is None:
            nonce = str(int(binascii.hexlify(os.urandom(8)), 16)) + str(int(time.time()))
        timestamp = self.timestamp if self.timestamp is not None else str(int(time.time()))
        params = [('oauth_nonce', nonce), ('oauth_timestamp', timestamp), ('oauth_version', '1.0'),
                  ('oauth_signature_method', self.signature_method), ('oauth_consumer_key', self.client_key)]
        if self.resource_owner_key:
            params.append(('oauth_token', self.resource_owner_key))
        if self.callback_uri:
            params.append(('oauth_callback', self.callback_uri))
        if self.verifier:
            params.append(('oauth_verifier', self.verifier))
        return params

    def signature(self, method, uri, params):
        """The oauth_signature of a request: params are its oauth_*, query
        and form parameters."""
        key = '{}&{}'.format(_escape(self.client_secret or ''), _escape(self.resource_owner_secret or ''))
        if self.signature_method == SIGNATURE_PLAINTEXT:
            return key
        digestmod = _HMAC_DIGESTS.get(self.signature_method)
        if digestmod is None:
            # (the RSA methods too: they need a package gowikibot has not)
            raise ValueError('Invalid signature method.')
        normalized = '&'.join('{}={}'.format(k, v) for k, v in
                              sorted((_escape(k), _escape(v)) for k, v in params))
        base = '&'.join((_escape(method.upper()), _escape(_base_string_uri(uri)), _escape(normalized)))
        digest = hmac.new(key.encode('utf-8'), base.encode('utf-8'), digestmod).digest()
        return base64.b64encode(digest).decode('ascii')

    def sign(self, uri, http_method='GET', body=None, headers=None, realm=None):
        """(uri, headers, body) of the request signed: as oauthlib's
        Client.sign, a form-encoded body must say so in its Content-Type
        and GET and HEAD requests take none."""
        headers = dict(headers or {})
        content_type = next((v for k, v in headers.items() if k.lower() == 'content-type'), None)
        form = _form_params(body)
        multipart = content_type is not None and content_type.startswith('multipart/')
        should_have_params = content_type == CONTENT_TYPE_FORM_URLENCODED
        if multipart and form is not None:
            raise ValueError('Headers indicate a multipart body but body contains parameters.')
        if should_have_params and form is None:
            raise ValueError('Headers indicate a formencoded body but body was not decodable.')
        if not should_have_params and form is not None:
            raise ValueError('Body contains parameters but Content-Type header was {} instead of {}'.format(
                content_type or 'not set', CONTENT_TYPE_FORM_URLENCODED))
        if self.signature_type == SIGNATURE_TYPE_BODY and not (should_have_params and form is not None):
            raise ValueError('Body signatures may only be used with form-urlencoded content')
        if http_method.upper() in ('GET', 'HEAD') and form is not None:
            raise ValueError('GET/HEAD requests should not include body.')
        oauth = self.oauth_params()
        query = parse_qsl(urlsplit(uri).query, keep_blank_values=True)
        oauth.append(('oauth_signature', self.signature(http_method, uri, oauth + query + (form or []))))
        realm = realm or self.realm
        if self.signature_type == SIGNATURE_TYPE_AUTH_HEADER:
            fields = ['{}="{}"'.format(_escape(k), _escape(v)) for k, v in oauth]
            if realm:
                fields.insert(0, 'realm="{}"'.format(realm))
            headers['Authorization'] = 'OAuth ' + ', '.join(fields)
        elif self.signature_type == SIGNATURE_TYPE_BODY:
            body = '&'.join('{}={}'.format(_escape(k), _escape(v)) for k, v in form + oauth)
            headers['Content-Type'] = CONTENT_TYPE_FORM_URLENCODED
        elif self.signature_type == SIGNATURE_TYPE_QUERY:
            parts = urlsplit(uri)
            extra = '&'.join('{}={}'.format(_escape(k), _escape(v)) for k, v in oauth)
            uri = urlunsplit(parts._replace(query=parts.query + '&' + extra if parts.query else extra))
        else:
            raise ValueError('Unknown signature type specified.')
        return uri, headers, body


class OAuth1(AuthBase):
    """Signs the request using OAuth 1 (RFC5849)."""

    client_class = Client

    def __init__(self, client_key, client_secret=None, resource_owner_key=None,
                 resource_owner_secret=None, callback_uri=None, signature_method=SIGNATURE_HMAC,
                 signature_type=SIGNATURE_TYPE_AUTH_HEADER, rsa_key=None, verifier=None,
                 decoding='utf-8', client_class=None, force_include_body=False, **kwargs):
        try:
            signature_type = signature_type.upper()
        except AttributeError:
            pass
        client_class = client_class or self.client_class
        self.force_include_body = force_include_body
        self.client = client_class(client_key, client_secret, resource_owner_key, resource_owner_secret,
                                   callback_uri, signature_method, signature_type, rsa_key, verifier,
                                   decoding=decoding, **kwargs)

    def __call__(self, r):
        """Sign the prepared request r: its Authorization header (or URL or
        body) gets the OAuth parameters; a form-encoded body (one without
        a Content-Type that looks like a form counts as one) is signed too."""
        content_type = r.headers.get('Content-Type', '')
        if isinstance(content_type, bytes):
            content_type = content_type.decode('utf-8')
        if (not content_type and _form_params(r.body)) or self.client.signature_type == SIGNATURE_TYPE_BODY:
            content_type = CONTENT_TYPE_FORM_URLENCODED
        body = r.body
        if isinstance(body, bytes) and (CONTENT_TYPE_FORM_URLENCODED in content_type or self.force_include_body):
            body = body.decode('utf-8')
        if CONTENT_TYPE_FORM_URLENCODED in content_type:
            r.headers['Content-Type'] = CONTENT_TYPE_FORM_URLENCODED
            url, headers, body = self.client.sign(str(r.url), str(r.method), body or '', r.headers)
        elif self.force_include_body:
            url, headers, body = self.client.sign(str(r.url), str(r.method), body or '', r.headers)
        else:
            url, headers, _ = self.client.sign(str(r.url), str(r.method), None, r.headers)
            body = r.body
        # as requests-oauthlib's: with a decoding (utf-8 by default) the
        # signed headers' values are bytes, and the body too
        decoding = self.client.decoding
        for k, v in headers.items():
            if decoding and isinstance(v, str):
                v = v.encode(decoding)
            r.headers[k] = v
        if isinstance(body, str):
            body = body.encode(decoding or 'utf-8')
        if body is not None and body != r.body:
            r.body = body
            r.headers['Content-Length'] = str(len(body))
        r.url = url
        return r
