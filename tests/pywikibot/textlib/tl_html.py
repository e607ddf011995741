"""removeHTMLParts."""
from pywikibot import textlib


def show(label, value):
    print(label + ': ' + repr(value))


show('doc example', textlib.removeHTMLParts(
    '<div><b><ref><tt>Hi all!</tt></ref></b></div>'))
show('attributes', textlib.removeHTMLParts(
    '<span style="color:red" class=x>red</span> <small id="a">s</small>'))
show('comment', textlib.removeHTMLParts('a<!-- b -->c'))
show('entities', textlib.removeHTMLParts('a &amp; b &lt;c&gt; &#65;&#x42;'))
show('self closing', textlib.removeHTMLParts('line<br/>next<br />x<sup/>'))
show('keep', textlib.removeHTMLParts('<p>x<b>y</b></p>', keeptags=['p']))
show('upper', textlib.removeHTMLParts('<TT>T</TT><SMALL>s</Small>'))
show('not tags', textlib.removeHTMLParts('1 < 2 and 3 > 2 <3'))
show('wikitext', textlib.removeHTMLParts(
    "'''Bold''' [[link|text]] {{tpl}} <nowiki>[[x]]</nowiki>"))
show('doctype', textlib.removeHTMLParts('<!DOCTYPE html><html>z</html>'))
