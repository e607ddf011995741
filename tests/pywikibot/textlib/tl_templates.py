"""extract_templates_and_params, glue, MultiTemplateMatchBuilder."""
from fixture import make_site
from pywikibot import textlib

site = make_site()

TEXT = """{{Infobox person
| name = Ada Example
| birth_date = {{birth date|1815|12|10}}
| occupation = [[Mathematician|mathematician]]
| 2 = explicit
}}
Text {{cite web|url=http://example.org|title=Example}} more.
{{#if: x | yes | no}} {{{param|default}}}
{{ Stub }}
{{Navbox|list1={{Flatlist|a|b}}|x<!-- c -->}}
"""


def show(label, value):
    print(label + ': ' + repr(value))


def dump(label, templates):
    for name, params in templates:
        show(label, (name, list(params.items())))


dump('plain', textlib.extract_templates_and_params(TEXT))
dump('strip', textlib.extract_templates_and_params(TEXT, strip=True))
dump('disabled', textlib.extract_templates_and_params(
    TEXT, remove_disabled_parts=True, strip=True))
dump('simple', textlib.extract_templates_and_params_regex_simple(
    '{{a|b=c|d}} {{e}} {{f|g|h=i=j}}'))
show('type', type(textlib.extract_templates_and_params('{{a|b}}')[0][1])
     .__name__)
show('glue', textlib.glue_template_and_params(
    ('Cite', {'title': 'T', 'year': '2020'})))
show('glue empty', textlib.glue_template_and_params(('Clear', {})))
builder = textlib.MultiTemplateMatchBuilder(site)
regex = builder.pattern('Citation needed')
for s in ['{{Citation needed}}', '{{citation_needed|date=May}}',
          '{{Template:Citation needed}}', '{{msg:Citation needed}}',
          '{{Citation needed more}}', '{{ citation needed | a={{b}} }}']:
    m = regex.search(s)
    show('match ' + s, m.group(0) if m else None)
pred = builder.search_any_predicate(['Stub', 'Unreferenced'])
show('any', [pred(t) for t in ['{{stub}}', '{{Unreferenced|x}}', '{{Other}}']])
try:
    builder.pattern(42)
except ValueError as e:
    show('bad template', str(e))
for case in ['{{DEFAULTSORT:Foo, Bar}}', '{{subst:welcome|name=x}}', '{{a {{b}}',
             '{{a|b}} }}', '[[File:X.jpg|{{c|d}}]]', '{{a|[[b|c]]|d=[[e|f]]}}',
             '{{{{a}}}}', '{{a\n|b\n}}', '{{ a <!-- x --> |b}}',
             '{{a|b={{c|d=e}}|f}}', '{{lc:ABC}}', '{{a|=x|y}}',
             '{{a| 1 = x | y }}', '{{Foo|bar|baz=qux}}{{Foo|zip}}',
             '{{a|b|c|1=d}}', '{{#invoke:M|f|x={{y}}}}',
             '<nowiki>{{a}}</nowiki>', '{{a|<nowiki>|</nowiki>}}',
             '{{a|{{{1|}}}}}', '{{}}', '{{a|}}', '{{a||}}',
             '{{a|<!-- | -->b}}', '<pre>{{p}}</pre>{{q}}']:
    dump('case ' + case, textlib.extract_templates_and_params(case))
    dump('strip ' + case, textlib.extract_templates_and_params(case,
                                                              strip=True))
