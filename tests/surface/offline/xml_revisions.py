"""pywikibot.xmlreader.XmlDump as pywikibot 9.6.3's: revisions='latest',
'earliest' (by revision id) or 'all' (another value is a ValueError), and
dumps in UTF-16 (with or without a byte order mark) or declared in another
encoding are read as an XML parser reads them. Same output from real
pywikibot 9.6.3 (xml_revisions.out) and gowikibot."""
import os
import shutil
import tempfile

from pywikibot import xmlreader

DUMP = '''<?xml version="1.0" encoding="{enc}"?>
<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">
  <page>
    <title>Caf\u00e9 \U0001F600</title>
    <ns>0</ns>
    <id>7</id>
    <revision>
      <id>30</id>
      <timestamp>2020-01-03T00:00:00Z</timestamp>
      <contributor><username>B\u00e9a</username><id>2</id></contributor>
      <comment>middle</comment>
      <text xml:space="preserve">second \u00e9t\u00e9</text>
    </revision>
    <revision>
      <id>10</id>
      <timestamp>2020-01-01T00:00:00Z</timestamp>
      <contributor><ip>10.0.0.1</ip></contributor>
      <text xml:space="preserve">first</text>
    </revision>
    <revision>
      <id>50</id>
      <timestamp>2020-01-05T00:00:00Z</timestamp>
      <contributor><username>Cy</username><id>3</id></contributor>
      <comment>last</comment>
      <text xml:space="preserve">third {long}</text>
    </revision>
  </page>
</mediawiki>
'''

folder = tempfile.mkdtemp()
files = []
for enc, codec in (('utf-8', 'utf-8'), ('UTF-16', 'utf-16-be'), ('utf-16', 'utf-16'), ('utf-16', 'utf-16-le')):
    name = os.path.join(folder, codec + '.xml')
    text = DUMP.format(enc=enc, long='\u00e9\U0001F600' * 40000)
    with open(name, 'wb') as f:
        f.write(text.encode(codec))
    files.append(name)
latin = os.path.join(folder, 'latin.xml')
with open(latin, 'wb') as f:
    f.write(DUMP.format(enc='iso-8859-1', long='x').replace('\U0001F600', '').encode('latin-1'))
files.append(latin)

for name in files:
    for revisions in ('latest', 'earliest', 'all'):
        entries = list(xmlreader.XmlDump(name, revisions=revisions).parse())
        print(os.path.basename(name), revisions, [(e.title, e.revisionid, e.username, e.ipedit, e.comment,
                                                   e.text[:12], len(e.text)) for e in entries])
try:
    xmlreader.XmlDump(files[0], revisions='newest')
except ValueError as e:
    print('ValueError', e)
shutil.rmtree(folder)
