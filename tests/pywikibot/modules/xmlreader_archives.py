"""pywikibot.xmlreader reads a dump uncompressed and as .gz, .bz2 and .xz
(through pywikibot.tools.open_archive), with multi-byte characters in the
texts; open_archive also finds the format by the file's first bytes."""
from pywikibot import xmlreader
from pywikibot.tools import open_archive

for name in ('dump.xml', 'dump.xml.gz', 'dump.xml.bz2', 'dump.xml.xz'):
    entries = list(xmlreader.XmlDump('testdata/' + name).parse())
    print(name, len(entries), [(e.title, e.id, e.revisionid, e.username, len(e.text), e.text[-12:])
                               for e in entries])
for name in ('dump.xml.gz', 'dump.xml.bz2', 'dump.xml.xz', 'dump.xml'):
    with open_archive('testdata/' + name, use_extension=False) as f:
        print(name, f.read(14))
try:
    open_archive('testdata/dump.xml', 'x')
except ValueError as e:
    print('ValueError', e)
