"""Family file for the company's internal wikis (hand-written)."""
from __future__ import annotations

from pywikibot import family


class Family(family.SubdomainFamily):

    """Wikis at <code>.wiki.corp.example."""

    name = 'company'
    domain = 'wiki.corp.example'
    codes = ['hr', 'it', 'sales']

    def scriptpath(self, code: str) -> str:
        # The HR wiki was installed at the web root.
        if code == 'hr':
            return ''
        return super().scriptpath(code)

    def verify_SSL_certificate(self, code: str) -> bool:
        return False  # self-signed certificates
