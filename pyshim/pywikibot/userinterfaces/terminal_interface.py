"""The terminal interface of this platform (pywikibot.userinterfaces.
terminal_interface): UI is UnixUI (gowikibot has no Windows console UI of
its own; its output functions colour the Windows console themselves)."""
from pywikibot.userinterfaces.terminal_interface_unix import UnixUI as UI

__all__ = ('UI',)
