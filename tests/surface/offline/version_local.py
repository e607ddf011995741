"""pywikibot.version.getversion_nightly reads a nightly dump's 'version'
file (tag, rev, date as a time.struct_time, hash; a bad file is an error)
and getversion_package gives pywikibot 9.6.3's tuple for an installed
package. Same output from real pywikibot 9.6.3 (version_local.out) and
gowikibot."""
import os
import shutil
import tempfile
import time

from pywikibot import version

folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'version'), 'w') as f:
    f.write('nightly/core_stable\n1\n2015-09-03T10:54:34\ne8f64f2\n')
tag, rev, date, hsh = version.getversion_nightly(folder)
print(tag, rev, isinstance(date, time.struct_time), tuple(date)[:6], hsh)
with open(os.path.join(folder, 'version'), 'w') as f:
    f.write('nightly\n1\n2015-09-03T10:54:34\n')
try:
    version.getversion_nightly(folder)
except ValueError as e:
    print('ValueError')
os.remove(os.path.join(folder, 'version'))
try:
    version.getversion_nightly(folder)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(folder)
tag, rev, date, hsh, *rest = version.getversion_package()
print(tag, rev, isinstance(date, time.struct_time), date.tm_year > 2000, repr(hsh), rest)
