"""removeDisabledParts and isDisabled."""
from pywikibot import textlib

TEXT = ("Intro <!-- hidden [[Category:X]] --> text <nowiki>[[no]]</nowiki> "
        "<pre>pre [[text]]</pre> <includeonly>inc</includeonly> "
        "<syntaxhighlight lang=\"js\">var a;</syntaxhighlight> "
        "<source>src</source> <math>x^2</math> <ref name=\"a\">r</ref> end")


def show(label, value):
    print(label + ': ' + repr(value))


show('default', textlib.removeDisabledParts(TEXT))
show('comment only', textlib.removeDisabledParts(TEXT, ['comment']))
show('tags math ref', textlib.removeDisabledParts(TEXT, ['math', 'ref']))
show('include nowiki', textlib.removeDisabledParts(TEXT,
                                                   include=['nowiki']))
show('source alias', textlib.removeDisabledParts(TEXT, ['source']))
show('upper tags', textlib.removeDisabledParts('a<NoWiki>b</NOWIKI>c'))
show('attr tag', textlib.removeDisabledParts('a<pre class="x">b</pre >c'))
show('unclosed', textlib.removeDisabledParts('a <!-- b'))
show('self closing', textlib.removeDisabledParts('a <nowiki/> b'))
for i in [0, 8, 14, 30, 50, len(TEXT) - 1]:
    show('isDisabled %d' % i, textlib.isDisabled(TEXT, i))
show('isDisabled tags', textlib.isDisabled(TEXT, 8, tags=['nowiki']))
show('findmarker', textlib.findmarker('@@ @@@'))
show('findmarker custom', textlib.findmarker('#', '#', '!'))
