from bs4 import BeautifulSoup
html = """<html><head><title>Test &amp; page</title></head>
<body><div id="content" class="mw-body main"><h1>Heading</h1>
<p class="intro">First <b>bold</b> para with <a href="/wiki/A" title="A">link A</a>.</p>
<p>Second para <a href="/wiki/B">B</a> and <a href="http://x.org" class="external">ext</a></p>
<ul><li>one</li><li>two<br/></li></ul>
<table class="wikitable"><tr><th>h</th></tr><tr><td>1</td></tr></table>
</div></body></html>"""
soup = BeautifulSoup(html, 'html.parser')
print(soup.title.string, soup.h1.get_text())
print([a['href'] for a in soup.find_all('a')])
print([a.get_text() for a in soup.select('div#content p a')])
print([p.get('class') for p in soup.find_all('p')])
print(soup.select_one('a.external')['href'], len(soup.select('li')), soup.select('p.intro b')[0].text)
print(soup.find('a', title='A').text, soup.find(id='content').name)
print([td.text for td in soup.select('table.wikitable td')])
print(soup.p.get_text(' ', strip=True))
for tag in soup.find_all('b'):
    tag.string = 'BOLD'
soup.find('ul').decompose()
print(str(soup.find('div'))[:160])
print(soup.get_text()[:80].split())
print(BeautifulSoup('<p>a<p>b', 'html.parser').prettify())
