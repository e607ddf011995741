from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', 'g.', '.g', 'g..', '..g']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('https://en.wikipedia.org/wiki/Main_Page', '/w/api.php'))
print(urljoin('https://en.wikipedia.org/wiki/', 'Foo'))
print(urljoin('', 'x'), urljoin('http://a/', ''))
