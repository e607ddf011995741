"""pywikibot.show_help (pywikibot.bot.show_help): print a script's help,
as handle_args does for -help, without exiting."""
import re
import sys

__all__ = ('show_help',)

# pywikibot.bot._GLOBAL_HELP: the help of the global options, with one {}
# for the script's name (scripts use it as an argparse epilog). gowikibot's
# own wording of the options it takes.
_GLOBAL_HELP = """
GLOBAL OPTIONS
==============
(Global arguments available for all bots)

-dir:PATH         Read the bot's configuration (user-config.py, password
                  file, throttle and logs) from PATH.

-config:FILE      Use FILE (in the configuration directory) instead of
                  user-config.py.

-lang:xx          Work on the wiki with language code xx (mylang); -code:xx
                  is the same.

-family:NAME      Work on a wiki of family NAME (family).

-site:NAME:xx     Both at once: family NAME, code xx.

-user:NAME        Log in as NAME for this run.

-putthrottle:N    Wait at least N seconds between edits (put_throttle);
-pt:N             short form.

-log              Write a log file; -log:NAME names it.

-nolog            Write no log file.

-cosmeticchanges  Switch cosmetic changes on or off for this run; -cc is
                  the short form, -cc:yes and -cc:no set it.

-simulate         Change nothing on the wiki: every write is only shown.

-debug:LAYER      Log the given layer (e.g. -debug:http) in detail.

-verbose          More output (-v is the same; repeat for even more).

-daemonize:FILE   Accepted for pywikibot's command lines.

-<variable>:N     Set any numeric config variable for this run, for
                  example -maxlag:10 or -max_retries:3.

-help             Show the help of {} and exit.
"""

# pywikibot.bot._GLOBAL_HELP_NOTE: what -help prints after a script's help.
_GLOBAL_HELP_NOTE = """
GLOBAL OPTIONS
==============
For global options use -help:global or run pwb.py -help

"""


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
    if show_global:
        from pywikibot import calledModuleName
        stdout(_GLOBAL_HELP.format(module_name or calledModuleName()))
    else:
        stdout(_GLOBAL_HELP_NOTE)

