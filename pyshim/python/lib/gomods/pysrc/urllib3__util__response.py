"""urllib3.util.response (gowikibot)."""

import http.client as httplib
