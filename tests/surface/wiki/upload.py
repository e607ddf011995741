"""APISite.upload and the FilePage methods on a fresh test wiki: a PNG
(dot.png, written by the Go test) is uploaded, uploaded again (the wiki
warns), and read back."""
import pywikibot
from pywikibot.exceptions import UploadError

site = pywikibot.Site()
fp = pywikibot.FilePage(site, 'File:Surface dot.png')
print('upload:', site.upload(fp, source_filename='dot.png', comment='surface upload', text='A dot.'))
try:
    site.upload(fp, source_filename='dot.png', comment='again')
except UploadError as e:
    print('again: UploadError', e.code, e.message, e.file_key is not None)
print('again, warnings not ignored:', site.upload(fp, source_filename='dot.png', comment='again',
                                                  ignore_warnings=lambda ws: False))
try:
    site.upload(fp, source_filename='no-such.png', comment='x')
except ValueError as e:
    print('missing file:', e)
try:
    site.upload(fp, source_filename='dot.png', source_url='http://example.org/x.png', comment='x')
except ValueError as e:
    print('both:', e)

fp = pywikibot.FilePage(site, 'File:Surface dot.png')
info = fp.latest_file_info
print('latest_file_info:', info.size, info.user, info.mime, len(info.sha1))
print('get_file_url ends:', fp.get_file_url().endswith('/Surface_dot.png'))
print('history:', len(fp.get_file_history()), 'shared:', fp.file_is_shared(), 'used:', fp.file_is_used)
user = pywikibot.Page(site, 'Uses dot')
user.text = '[[File:Surface dot.png]]'
user.save('use the dot')
print('using_pages:', [p.title() for p in fp.using_pages()], fp.file_is_used)
print('imagelinks:', [f.title() for f in pywikibot.Page(site, 'Uses dot').imagelinks()])
print('allimages:', [f.title() for f in site.allimages(prefix='Surface')])
print('uploadedImages:', [(f.title(), c) for f, t, c, new in pywikibot.User(site, 'TestBot').uploadedImages()])
try:
    pywikibot.FilePage(site, 'File:No extension')
except ValueError as e:
    print('FilePage without extension:', e)
print('ignore_extension:', pywikibot.FilePage(site, 'File:Odd.xyz', ignore_extension=True).title())
