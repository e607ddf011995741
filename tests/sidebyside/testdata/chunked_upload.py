"""Chunked uploads and FilePage.download on the test wiki (gowikibot only;
run by TestUploadChunkedOnWiki as TestBot with the big and small PNG files
as arguments)."""
import copy
import sys
import tempfile
import os

import pywikibot
from pywikibot.exceptions import APIError, UploadError, UserRightsError

big, small = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
prefix = sys.argv[3] if len(sys.argv) > 3 else ''
site = pywikibot.Site()

# the undelete right is checked before anything logs in
try:
    site.undelete(pywikibot.Page(site, 'Never deleted'), 'r')
except UserRightsError as e:
    print('before login:', e)
site.login()
try:
    site.undelete(pywikibot.Page(site, 'Never deleted'), 'r')
except UserRightsError as e:
    print('after login:', e)

# a file larger than the chunk size goes up in chunks through the stash
page = pywikibot.FilePage(site, 'File:' + prefix + 'Chunked big.png')
print('chunked:', site.upload(page, source_filename=big, comment='chunked upload',
                              text='A big file, sent in chunks.', chunk_size=1024 * 1024))
info = page.latest_file_info
print('size:', info.size, 'user:', info.user)

# the same bytes again, chunked: the stash answers with warnings
try:
    site.upload(pywikibot.FilePage(site, 'File:' + prefix + 'Chunked copy.png'), source_filename=big,
                comment='copy', text='copy', chunk_size=1024 * 1024)
except UploadError as e:
    print('copy:', e.code, e.offset)
# ignore_warnings as a list of codes: the warning is let through
print('copy ignored:', site.upload(pywikibot.FilePage(site, 'File:' + prefix + 'Chunked copy.png'),
                                   source_filename=big, comment='copy', text='copy',
                                   chunk_size=1024 * 1024, ignore_warnings=['duplicate']))

# a file smaller than the chunk size goes in one request
print('small:', site.upload(pywikibot.FilePage(site, 'File:' + prefix + 'Small one.png'), source_filename=small,
                            comment='small upload', text='A small file.', chunk_size=1024 * 1024))

# downloads: the latest version to a directory, to a named file (the
# suffix becomes the URL's), and a URL the wiki does not have
tmp = tempfile.mkdtemp()
os.chdir(tmp)
print('download:', page.download())
print(sorted(os.listdir(tmp)))
print('download named:', page.download(os.path.join(tmp, 'renamed.jpg')))
print(sorted(os.listdir(tmp)))
with open(os.path.join(tmp, 'renamed.png'), 'rb') as f, open(big, 'rb') as g:
    print('same bytes:', f.read() == g.read())
rev = page.latest_file_info
gone = copy.copy(rev)
gone.url = rev.url.replace('Chunked_big', 'No_such_file')
print('missing:', page.download(os.path.join(tmp, 'missing'), revision=gone))
print(sorted(os.listdir(tmp)))
