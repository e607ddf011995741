"""pywikibot.show_help (pywikibot.bot.show_help): print a script's help,
as handle_args does for -help, without exiting."""
import re
import sys

__all__ = ('show_help',)


def show_help(module_name=None, show_global=False):
    """Print the docstring of module_name (default: the running script),
    its docuReplacements applied, and the note on global options."""
    from pywikibot import stdout
    main = sys.modules.get('__main__')
    module = main
    if module_name and module_name != getattr(main, '__name__', None):
        import importlib
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            stdout('Sorry, no help available for ' + module_name)
            module = None
    if module is not None:
        doc = re.sub(r'^\.\. version(added|changed)::.+', '', getattr(module, '__doc__', None) or '',
                     flags=re.MULTILINE | re.DOTALL)
        for key, value in (getattr(module, 'docuReplacements', None) or {}).items():
            doc = doc.replace(key, value.strip())
        stdout(doc)
    stdout('\nGLOBAL OPTIONS\n==============\nFor global options use -help:global or run pwb.py -help\n\n')
