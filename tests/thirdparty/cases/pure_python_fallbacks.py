# Packages with a C extension and a pure-Python fallback: gowikibot uses the
# fallback (the extension raises ImportError), CPython the extension; the
# results are the same.
import mwparserfromhell
import yaml

code = mwparserfromhell.parse('{{a|b=[[c]]}} {{d|{{e}}}}')
print(code.filter_templates()[0].get('b').value.filter_wikilinks()[0].title)
print([str(t.name) for t in code.filter_templates()])
print(yaml.safe_dump({'k': [1, 2], 's': 'x: y'}), end='')
print(yaml.safe_load('- a\n- {b: 1}\n'))
