import mwparserfromhell

text = """{{Infobox person
| name = Ada Lovelace
| birth_date = {{birth date|1815|12|10}}
| occupation = [[Mathematician]], writer
}}
'''Augusta Ada King''' was an English [[mathematician]] and [[writer|author]].<ref name="a">{{cite web|url=http://example.org|title=Ada}}</ref>

== Early life ==
She was born in [[London]].<!-- comment --> See [http://example.com the site].
* item one
* item {{lang|fr|deux}}

== Work ==
{| class="wikitable"
|-
! Year !! Work
|-
| 1843 || ''Notes''
|}
<nowiki>{{not a template}}</nowiki> &amp; &nbsp;
[[Category:Mathematicians]]
"""
code = mwparserfromhell.parse(text)
print(str(code) == text)
for t in code.filter_templates():
    print(repr(str(t.name).strip()), [str(p.name).strip() for p in t.params])
info = code.filter_templates(matches='Infobox')[0]
print(info.get('name').value.strip(), info.has('occupation'), info.has('nope'))
info.add('death_date', '1852')
info.get('name').value = ' Augusta Ada King\n'
info.remove('occupation')
print([str(l.title) for l in code.filter_wikilinks()])
print([str(h.title).strip() for h in code.filter_headings()], [h.level for h in code.filter_headings()])
print([str(e.url) for e in code.filter_external_links()])
print([str(c) for c in code.filter_comments()], [t.tag for t in code.filter_tags()][:8])
print(len(code.get_sections(levels=[2])), str(code.get_sections(levels=[2])[0]).splitlines()[0])
for link in code.filter_wikilinks():
    if str(link.title) == 'London':
        code.replace(link, '[[London, England|London]]')
code.remove(code.filter_comments()[0])
print(code.strip_code()[:200])
print(str(code))
tpl = mwparserfromhell.nodes.Template('cite book')
tpl.add('title', 'X')
tpl.add(1, 'positional')
print(str(tpl), tpl.name, tpl.get(1).value)
print(mwparserfromhell.parse('a{{b|c=d}}e').nodes)
w = mwparserfromhell.parse("{{a|{{b|{{c}}}}}}")
print([str(t.name) for t in w.filter_templates(recursive=True)], [str(t.name) for t in w.filter_templates(recursive=False)])
print(mwparserfromhell.__version__, type(code).__name__)
