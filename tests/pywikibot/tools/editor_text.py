"""pywikibot.editor.TextEditor with a configured editor and without one."""
import os
import shutil
import tempfile

from pywikibot import config, editor

folder = tempfile.mkdtemp()
script = os.path.join(folder, 'fake-editor')
seen = os.path.join(folder, 'seen.txt')
with open(script, 'w') as f:
    f.write('#!/bin/sh\n'
            'for last in "$@"; do :; done\n'
            'echo "$# $(basename "$last" | sed "s/.*\\.//")" > ' + seen + '\n'
            'cat "$last" >> ' + seen + '\n'
            'if [ -n "$FAKE_EDIT" ]; then sleep 0.05; printf "%s" "$FAKE_EDIT" >> "$last"; fi\n'
            'exit "${FAKE_STATUS:-0}"\n')
os.chmod(script, 0o755)


def show(label, value):
    print(label + ': ' + repr(value))


def seen_text():
    with open(seen) as f:
        return f.read()


config.editor = script
config.editor_filename_extension = 'wiki'
os.environ['FAKE_EDIT'] = ' (edited €)'
show('edited', editor.TextEditor().edit('Some wiki text – ünïcode\n'))
show('editor saw', seen_text())
del os.environ['FAKE_EDIT']
show('unchanged', editor.TextEditor().edit('Untouched text', jumpIndex=3, highlight='x'))
show('editor saw', seen_text())
config.editor_filename_extension = 'txt'
editor.TextEditor().edit('x')
show('extension', seen_text())

text = 'line one\nline two\nthird'
jump = text.index('two')
for name in ['kate', 'gedit', 'emacs', 'jedit', 'vim', 'nano', 'C:\\notepad++.exe', 'ed']:
    config.editor = name
    show(name, editor.TextEditor._command('/tmp/f.wiki', text, jump))
config.editor = 'vim'
show('no jump', editor.TextEditor._command('/tmp/f.wiki', text))
show('concat', editor.TextEditor._concat(['my editor', '-x', 'a file']))

config.editor = None
os.environ.pop('EDITOR', None)  # pywikibot 9 runs $EDITOR when config.editor is None
try:
    editor.TextEditor().edit('text')
except ImportError as e:
    show('ImportError', str(e))
shutil.rmtree(folder)
