import html

samples = ['<b>bold</b>', 'Tom & "Jerry"', "it's", 'a < b > c', '&amp; already']
for s in samples:
    e = html.escape(s)
    print(e, html.unescape(e) == s)
print(html.unescape(html.escape('<&>"\'', quote=True)))
print(html.unescape('&Aacute;&aacute;&Ccedil;&szlig;&euro;&pound;&yen;'))
