"""User interfaces of the pywikibot package (gowikibot: the terminal).

The submodules pywikibot's package has as attributes are stand-ins that
import them on first use (pywikibot._lazy); gui (tkinter) is not part of
gowikibot."""


def _install_submodules():
    from pywikibot._lazy import _Submodule
    for name in ('terminal_interface', 'terminal_interface_base', 'terminal_interface_unix', 'transliteration'):
        if name not in globals():
            globals()[name] = _Submodule('pywikibot.userinterfaces.' + name)


_install_submodules()
