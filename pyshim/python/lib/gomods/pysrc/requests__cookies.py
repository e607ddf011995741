"""requests.cookies (gowikibot)."""

from requests.sessions import RequestsCookieJar, Cookie, cookiejar_from_dict
