"""pywikibot.editor.TextEditor runs $EDITOR when config.editor is None,
and nothing that edits (the 'true' command) when it is False: the same
output from real pywikibot 9.6.3 (editor_env.out) and gowikibot."""
import os
import shutil
import tempfile

from pywikibot import config, editor

folder = tempfile.mkdtemp()
script = os.path.join(folder, 'fake-editor')
with open(script, 'w') as f:
    f.write('#!/bin/sh\nfor last in "$@"; do :; done\nsleep 0.05\nprintf " (edited)" >> "$last"\n')
os.chmod(script, 0o755)
os.environ['EDITOR'] = script
config.editor = None
print(repr(editor.TextEditor().edit('Some text')))
config.editor = False
print(repr(editor.TextEditor().edit('Other text')))
shutil.rmtree(folder)
