"""requests.packages: urllib3 under the name requests once vendored it (gowikibot)."""

import urllib3
