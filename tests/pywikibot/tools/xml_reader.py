"""pywikibot.xmlreader: entries of a dump, latest or all revisions."""
from pywikibot import xmlreader


def show(entry):
    print(repr((entry.title, entry.ns, entry.id, entry.revisionid, entry.timestamp,
                entry.username, entry.ipedit, entry.comment, entry.editRestriction,
                entry.moveRestriction, entry.isredirect)))
    print('  text: ' + repr(entry.text))


print('first revision of each page:')
for entry in xmlreader.XmlDump('xml_dump.xml').parse():
    show(entry)
print('all revisions:')
for entry in xmlreader.XmlDump('xml_dump.xml', allrevisions=True).parse():
    show(entry)
for restrictions in ['', None, 'sysop', 'edit=sysop', 'move=autoconfirmed', 'edit=a:move=b']:
    print(repr(restrictions), xmlreader.parseRestrictions(restrictions))
