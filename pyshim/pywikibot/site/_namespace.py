"""Namespaces (pywikibot 9.6.3's site._namespace): Namespace,
NamespacesDict and the enum of MediaWiki's built-in namespaces."""
from enum import IntEnum

from pywikibot.site import Namespace, NamespacesDict

__all__ = ('BuiltinNamespace', 'Namespace', 'NamespacesDict')


class BuiltinNamespace(IntEnum):
    """MediaWiki's built-in namespaces."""

    MEDIA = -2
    SPECIAL = -1
    MAIN = 0
    TALK = 1
    USER = 2
    USER_TALK = 3
    PROJECT = 4
    PROJECT_TALK = 5
    FILE = 6
    FILE_TALK = 7
    MEDIAWIKI = 8
    MEDIAWIKI_TALK = 9
    TEMPLATE = 10
    TEMPLATE_TALK = 11
    HELP = 12
    HELP_TALK = 13
    CATEGORY = 14
    CATEGORY_TALK = 15

    @property
    def canonical(self):
        """The canonical name ('' for the main namespace)."""
        name = '' if self == 0 else self.name.capitalize().replace('_', ' ')
        return name.replace('Mediawiki', 'MediaWiki')
