from html.parser import HTMLParser


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []
        self.text = ''

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.text += data
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))


page = ('<!DOCTYPE html><html><head><title>T &amp; U</title>'
        '<script>if (a < b) { x = "</p>"; }</script></head>'
        '<body class="main" data-x=\'1\'><p id=intro>Hello <b>world</b>&nbsp;&#33;</p>'
        '<br/><img src="a.png" alt="A &quot;pic&quot;" hidden>'
        '<!-- note --><a HREF="/wiki/X">X</a></body></html>')
p = Collector()
p.feed(page)
p.close()
for e in p.events:
    print(e)
print(repr(p.text))


class TextOnly(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


t = TextOnly()
t.feed('<p>One <i>two</i> three</p>')
t.close()
print(t.parts)
