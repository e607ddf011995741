from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('s', tag, attrs))
    def handle_endtag(self, tag): self.ev.append(('e', tag))
    def handle_data(self, d): self.ev.append(('d', d))
    def handle_entityref(self, n): self.ev.append(('er', n))
    def handle_charref(self, n): self.ev.append(('cr', n))
    def handle_comment(self, d): self.ev.append(('c', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
src = '<div a=1 b c="x>y">a &amp; b &#65; &#x42; &copy</div><?php x ?><p>unclosed <i>x</p> 2 < 3 <style>p{}</style>tail'
for kw in [{}, {'convert_charrefs': False}]:
    p = P(**kw)
    p.feed(src)
    p.close()
    print(p.ev)
p = P()
for ch in ['<p cl', 'ass="x">te', 'xt &am', 'p; more</', 'p>']:
    p.feed(ch)
p.close()
print(p.ev)
