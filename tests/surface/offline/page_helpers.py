"""pywikibot.page's helpers that need no site: Revision, FileInfo,
html2unicode."""
from pywikibot.page import FileInfo, Revision, html2unicode


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


# Revision: the API's revision dict, by key and by attribute
r = Revision(revid=12, parentid=10, user='Alice', timestamp='2024-01-31T12:00:00Z', comment='c',
             slots={'main': {'contentmodel': 'wikitext', '*': 'Hello'}}, minor='', sha1='ab', size=5)
attempt('revid', lambda: (r.revid, r['revid'], r.parentid, r.user, r.comment, r.size, r.sha1))
attempt('timestamp', lambda: (type(r.timestamp).__name__, str(r.timestamp)))
attempt('text', lambda: (r.text, r['text'], r.content_model if hasattr(r, 'content_model') else None))
attempt('flags', lambda: (r.minor, r.anon, r.userhidden, r.commenthidden))
attempt('contentmodel', lambda: r.contentmodel)
attempt('in', lambda: ('revid' in r, 'text' in r))
attempt('missing attr', lambda: r.nothing)
attempt('missing key', lambda: r['nothing'])
attempt('get', lambda: (r.get('user'), r.get('nothing', 'dflt')))
r2 = Revision(revid=1, user='', anon='', timestamp='2024-01-31T12:00:00Z', texthidden='', comment='',
              commenthidden='', userhidden='')
attempt('hidden', lambda: (r2.anon, r2.texthidden, r2.commenthidden, r2.userhidden, r2.minor, r2.text))
attempt('old text key', lambda: Revision(revid=2, timestamp='2024-01-31T12:00:00Z', **{'*': 'old'}).text)
attempt('no slots', lambda: Revision(revid=3, timestamp='2024-01-31T12:00:00Z').text)
attempt('positional', lambda: Revision({'revid': 4}))
attempt('parentid default', lambda: Revision(revid=5, timestamp='2024-01-31T12:00:00Z').parentid)

# FileInfo: one version's imageinfo
info = {'timestamp': '2024-02-01T10:20:30Z', 'user': 'Bob', 'size': 1024, 'width': 10, 'height': 20,
        'url': 'http://example.org/a.png', 'sha1': 'ff', 'mime': 'image/png', 'comment': 'up'}
fi = FileInfo(info, None)
attempt('FileInfo', lambda: (fi.user, fi['size'], fi.width, fi.url, fi.mime, str(fi.timestamp)))
attempt('FileInfo missing', lambda: fi['nothing'])
attempt('FileInfo missing attr', lambda: fi.nothing)
attempt('FileInfo eq', lambda: (fi == FileInfo(dict(info), None), fi == FileInfo(dict(info, size=1), None)))
fi.update({'size': 2048, 'archivename': 'old.png'})
attempt('FileInfo update', lambda: (fi.size, fi.archivename))
attempt('FileInfo vars', lambda: sorted(vars(fi)))
fim = FileInfo(dict(info, metadata=[{'name': 'Width', 'value': 10}]), None)
attempt('FileInfo metadata', lambda: fim.metadata)

# html2unicode
for text in ('&#128;&#130;&#159;&#143;', '&hellip;&euro;&apos;', '&eacute;&#233;&#x41;&amp;', 'a &nbsp; b', '&#129;&#141;', '&#1234567;', '&unknown; &lt;x&gt;',
             '&amp;amp;', 'no entities', '&#39;&quot;', '&#0;', '&#x110000;', '&Eacute&eacute;'):
    attempt('html2unicode ' + repr(text), lambda: html2unicode(text))
attempt('html2unicode ignore', lambda: html2unicode('&amp;&lt;&#65;', ignore=[38, 65]))
attempt('html2unicode ignore 1252', lambda: html2unicode('&#128;&#8364;&euro;', ignore=[128]))
attempt('html2unicode exceptions', lambda: html2unicode('&amp; <nowiki>&amp;</nowiki> <!-- &lt; -->',
                                                         exceptions=['nowiki', 'comment']))
