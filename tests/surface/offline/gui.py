"""pywikibot.userinterfaces.gui on a Python without Tk (Debian's python3
without python3-tk, and gowikibot): the module imports, its windows raise
the ImportError of _tkinter; pywikibot.editor imports it, so importing
specialbots (which imports editor) lists gui in pywikibot.userinterfaces:
the same output from real pywikibot 9.6.3 (gui.out) and gowikibot."""
import pywikibot
import pywikibot.userinterfaces as userinterfaces

print('gui' in dir(userinterfaces))
import pywikibot.specialbots  # noqa: E402,F401

print('gui' in dir(userinterfaces))
from pywikibot import editor  # noqa: E402
from pywikibot.userinterfaces import gui  # noqa: E402

print(editor.gui is gui is userinterfaces.gui, sorted(gui.__all__))
print(type(gui.tkinter).__name__, gui.tkinter, gui.idlelib is gui.tkinter,
      gui.Frame is gui.ScrolledText is object, gui.EditBoxWindow.__mro__[1].__name__)
for cls, args in ((gui.EditBoxWindow, ()), (gui.TextEditor, ()), (gui.Tkdialog, ('desc', 'photo', 'name'))):
    try:
        cls(*args)
    except ImportError as e:
        print(cls.__name__, type(e).__name__, e, e is gui.tkinter)
