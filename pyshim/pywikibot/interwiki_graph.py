"""pywikibot.interwiki_graph: the interwiki script's graphs of which page
links to which (drawn with pydot, which gowikibot does not have: Subject
and getFilename work, GraphDrawer raises the ImportError pywikibot raises
without pydot)."""
import pywikibot
from pywikibot import config  # noqa: F401

PYDOT_ERROR = ImportError("No module named 'pydot'")

__all__ = ('GraphDrawer', 'GraphSavingThread', 'Subject', 'getFilename')


class GraphSavingThread:
    """Saves a graph to files in the background (needs pydot)."""

    def __init__(self, graph, origin):
        raise PYDOT_ERROR


class Subject:
    """A page and, for each page found so far, the pages it was found on."""

    def __init__(self, origin=None):
        self.origin = origin
        self.found_in = {origin: []} if origin else {}


class GraphDrawer:
    """Draws the interwiki graph of a Subject (needs pydot)."""

    def __init__(self, subject):
        raise PYDOT_ERROR

    @staticmethod
    def getLabel(page):
        """'"code:title"' of page."""
        return '"{}:{}"'.format(page.site.code, page.title())


def getFilename(page, extension=None):
    """<family>-<code>-<title as filename>[.extension]"""
    filename = '-'.join((page.site.family.name, page.site.code, page.title(as_filename=True)))
    if extension:
        filename += '.' + extension
    return filename
