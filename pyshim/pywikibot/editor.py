"""Edit a text in the user's external editor (gowikibot's own version).

TextEditor().edit(text) writes the text to a temporary file, runs the
editor named by config.editor (or $EDITOR when that is None) on it and
returns the text saved there, or None when the file was not changed.
gowikibot has no graphical editor: without an editor, edit() raises
ImportError as pywikibot does when its Tk editor cannot be loaded.
"""
import codecs
import os
import sys
import tempfile
from textwrap import fill

import _gowikibot
import pywikibot
from pywikibot import config
# as pywikibot's (which lists gui in pywikibot.userinterfaces): the module
# imports, its Tk windows cannot be made here
from pywikibot.userinterfaces import gui  # noqa: F401

__all__ = ['TextEditor']

# gowikibot has no Tk: the reason the graphical editor is unavailable
GUI_ERROR = ImportError("No module named 'tkinter'")


def _editor_name():
    """The editor to run, as pywikibot's TextEditor chooses it:
    config.editor; with None, $EDITOR; with True, none (''); with False,
    'true' (which changes nothing)."""
    editor = config.editor
    if editor is True:
        return ''
    if editor is False:
        return 'true'
    if editor is None:
        return os.environ.get('EDITOR', '')
    return editor


def _editor_args(editor, line, column):
    """Editor-specific arguments that put the cursor at line and column
    (both counted from 1)."""
    if editor.startswith('kate'):
        return ['-l', str(line), '-c', str(column)]
    if editor.startswith(('gedit', 'emacs', 'vim')):
        return ['+%d' % line]
    if editor.startswith('jedit'):
        return ['+line:%d' % line]
    if editor.startswith('nano'):
        return ['+%d,%d' % (line, column)]
    if editor.lower().endswith('notepad++.exe'):
        return ['-n%d' % line]
    return []


class TextEditor:
    """The user's external text editor (config.editor, else $EDITOR)."""

    @staticmethod
    def _command(file_name, text, jump_index=None):
        """The command line that opens file_name in the editor, with the
        cursor at jump_index of text when the editor supports it."""
        line = column = 0
        if jump_index:
            before = text[:jump_index]
            line = before.count('\n')
            column = jump_index - (before.rfind('\n') + 1)
        editor = _editor_name()
        command = [editor] + _editor_args(editor, line + 1, column + 1) + [file_name]
        pywikibot.log('Running editor: {}'.format(TextEditor._concat(command)))
        return command

    @staticmethod
    def _concat(command):
        return ' '.join(repr(part) if ' ' in part else part for part in command)

    def edit(self, text, jumpIndex=None, highlight=None):
        """Let the user change text in the editor; returns the new text, or
        None if the file was left unchanged."""
        if not _editor_name():
            raise ImportError(fill(
                'Could not load GUI modules: {}. No editor available. '
                'Set your favourite editor in user-config.py "editor", '
                'or install python packages tkinter and idlelib, which '
                'are typically part of Python but may be packaged separately '
                'on your platform.'.format(GUI_ERROR)) + '\n')
        handle, base = tempfile.mkstemp()
        file_name = '{}.{}'.format(base, config.editor_filename_extension)
        try:
            with codecs.open(file_name, 'w', encoding=config.editor_encoding) as f:
                f.write(text)
            created = os.stat(file_name).st_mtime
            command = self._command(file_name, text, jumpIndex)
            sys.stdout.flush()
            status = _gowikibot.run_command(command)
            if status != 0:
                raise pywikibot.exceptions.Error(
                    "Command '{}' returned non-zero exit status {}.".format(command, status))
            if os.stat(file_name).st_mtime == created:
                return None
            with codecs.open(file_name, 'r', encoding=config.editor_encoding) as f:
                return f.read()
        finally:
            os.close(handle)
            os.unlink(file_name)
            if os.path.exists(base):
                os.unlink(base)
