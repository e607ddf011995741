import html

print(html.unescape('&lt;p&gt;Caf&eacute; &amp; cr&egrave;me&lt;/p&gt;'))
print(html.unescape('&#65;&#x42;&#X43; &#8212; &#x1F600;'))
print(html.unescape('&copy 2024 &amp no semicolon &ampx'))
print(html.unescape('&nosuch; &; & &#; &#xZZ;'))
print(html.unescape('&#128; &#150; &#0; &#xD800; &#1114112;'))
print(html.unescape('&NotEqualTilde; &nbsp;|&quot;&apos;'))
print(html.unescape('no entities'))
print(ascii(html.unescape('&hellip;&mdash;&ndash;&rsquo;')))
