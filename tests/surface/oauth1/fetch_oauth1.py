"""pywikibot.comms.http.fetch signs the requests to a host whose
config.authenticate entry holds four OAuth tokens with
comms.http.requests_oauthlib.OAuth1 (the server checks the signature);
two items are HTTP basic authentication (a bytes body is sent as it is); other hosts get neither. Run by
TestCommsHTTPOAuth1 with the server's URL in $BASE; pywikibot 9.6.3 prints
the same (oauth1/fetch_oauth1.out)."""
import os
from urllib.parse import urlparse

from pywikibot import config
from pywikibot.comms import http

base = os.environ['BASE']
host = urlparse(base).netloc
print(http.requests_oauthlib.__name__, http.requests_oauthlib.OAuth1.__name__)
print(http.fetch(base + '/oauth1/check').text.strip())
config.authenticate[host] = ('consumer-key', 'consumer secret', 'access-token', 'access~secret')
print(http.fetch(base + '/oauth1/check?action=query&titles=K%C3%A4se').text.strip())
print(http.fetch(base + '/oauth1/check', method='POST', data={'action': 'edit', 'text': 'a & b = c'}).text.strip())
print(http.fetch(base + '/oauth1/check', method='POST', data='raw', headers={'Content-Type': 'text/plain'}).text.strip())
print(http.fetch(base + '/oauth1/check', params={'list': 'allpages'}).text.strip())
config.authenticate[host] = ('consumer-key', 'wrong', 'access-token', 'access~secret')
print(http.fetch(base + '/oauth1/check').text.strip())
config.authenticate[host] = ('user', 'pass')
print(http.fetch(base + '/oauth1/check').text.strip())
print(http.fetch(base + '/oauth1/check', method='POST', data=b'bytes body').text.strip())
