from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit

for url in ['https://en.wikipedia.org/w/index.php?title=Main_Page&action=edit#top',
            'http://user:secret@Example.COM:8080/path;params?q=1',
            '//commons.wikimedia.org/wiki/File:X.jpg',
            'mailto:someone@example.com',
            '/relative/path?x',
            'ftp://[::1]:21/file',
            'file:///etc/hosts']:
    p = urlparse(url)
    print(p)
    print(' ', p.scheme, p.netloc, p.hostname, p.port, p.path, p.query, p.fragment)
    print(' ', urlunparse(p) == url, p.geturl())
s = urlsplit('https://a.b/c/d?e=f#g')
print(s, s.username, s.password)
print(urlunsplit(('https', 'host', 'p', 'q', 'f')))
print(urlunparse(('http', 'h', 'path', '', '', '')))
scheme, netloc, path, params, query, fragment = urlparse('http://h/p?q')
print(scheme, netloc, path, query)
print(urlparse('http://h/p')._replace(path='/other').geturl())
