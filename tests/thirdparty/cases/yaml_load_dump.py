import yaml
doc = """
site:
  family: wikipedia
  lang: en
pages: [Main Page, Sandbox]
limits: {edits: 10, delay: 2.5}
enabled: true
nothing: null
multi: |
  line one
  line two
date: 2024-02-29
anchors:
  base: &b {x: 1}
  copy: *b
"""
data = yaml.safe_load(doc)
print(sorted(data), data['site'], data['pages'], data['limits'], data['enabled'], data['nothing'])
print(repr(data['multi']), data['date'], type(data['date']).__name__, data['anchors'])
print(yaml.safe_dump(data, sort_keys=True, default_flow_style=False))
print(yaml.dump({'a': [1, 2, {'b': 'c'}], 'u': 'héllo'}, allow_unicode=True))
print(list(yaml.safe_load_all("a: 1\n---\nb: 2\n")))
try:
    yaml.safe_load("a: [1, 2")
except yaml.YAMLError as e:
    print(type(e).__name__, str(e).splitlines()[0])
