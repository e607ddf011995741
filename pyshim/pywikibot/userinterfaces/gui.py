"""pywikibot's Tk windows (an edit box, an image dialog), as on a Python
without Tk, which gowikibot is: the module imports, and each window's
initializer raises the ImportError that importing _tkinter gave
(ModuleNotFoundError: No module named '_tkinter'), as pywikibot 9.6.3 does
on Debian's python3 without python3-tk. pywikibot.editor imports it, so
that importing that (or specialbots) lists gui in pywikibot.userinterfaces.
"""
import pywikibot  # noqa: F401 (pywikibot.userinterfaces.gui.pywikibot, as pywikibot's)
from pywikibot.tools import PYTHON_VERSION  # noqa: F401 (as pywikibot's)

try:
    import _tkinter  # noqa: F401 (only whether it imports)
except ImportError as e:
    # the names pywikibot's module takes from tkinter and idlelib: the
    # error, or object for the base classes
    idlelib = tkinter = e
    Frame = simpledialog = ScrolledText = object
    ConfigDialog = ReplaceDialog = SearchDialog = object
    idleConf = MultiCallCreator = object  # noqa: N816 (idlelib's name)

__all__ = ('EditBoxWindow', 'TextEditor', 'Tkdialog')


def _unavailable():
    """Raise the ImportError of tkinter (or idlelib)."""
    for module in (idlelib, tkinter):
        if isinstance(module, ImportError):
            raise module


class TextEditor(ScrolledText):
    """pywikibot's Tk text widget (needs tkinter and idlelib)."""

    def __init__(self, master=None, **kwargs):
        _unavailable()


class EditBoxWindow(Frame):
    """pywikibot's Tk window for editing a text (needs tkinter and
    idlelib); its edit() is what pywikibot.ui.editText shows."""

    def __init__(self, parent=None, **kwargs):
        _unavailable()

    def edit(self, text, jumpIndex=None, highlight=None):  # noqa: N803 (pywikibot's name)
        """Let the user edit text in the window (never reached here: the
        window cannot be made)."""
        _unavailable()


class Tkdialog:
    """pywikibot's Tk dialog showing an image with its suggested file name
    and description (needs tkinter and idlelib)."""

    def __init__(self, photo_description, photo, filename):
        _unavailable()
