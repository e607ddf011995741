# ElementTree as bots use it: a MediaWiki XML dump and API XML replies.
import xml.etree.ElementTree as ET
import io, os, tempfile

DUMP = '''<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <siteinfo><sitename>Test</sitename></siteinfo>
  <page>
    <title>Main Page</title>
    <ns>0</ns>
    <revision><id>1</id><text xml:space="preserve">Hello &amp; welcome &lt;b&gt;</text></revision>
  </page>
  <page>
    <title>Käse</title>
    <ns>0</ns>
    <revision><id>7</id><text bytes="3">abc</text></revision>
  </page>
</mediawiki>
'''
NS = {'mw': 'http://www.mediawiki.org/xml/export-0.11/'}
root = ET.fromstring(DUMP)
print(root.tag, root.attrib)
for page in root.findall('mw:page', NS):
    print(page.find('mw:title', NS).text, page.findtext('mw:revision/mw:id', namespaces=NS),
          repr(page.find('mw:revision/mw:text', NS).text), page.find('mw:revision/mw:text', NS).attrib)
print(len(root.findall('.//{http://www.mediawiki.org/xml/export-0.11/}title')), root.findtext('mw:nothing', 'dflt', NS))
print([e.tag.split('}')[1] for e in root.iter()][:6])

path = os.path.join(tempfile.mkdtemp(), 'dump.xml')
with open(path, 'w', encoding='utf-8') as f:
    f.write(DUMP)
titles = []
for event, elem in ET.iterparse(path, events=('start', 'end')):
    if event == 'end' and elem.tag.endswith('}title'):
        titles.append(elem.text)
    if event == 'end' and elem.tag.endswith('}page'):
        elem.clear()
print(titles)
print([(ev, x if ev == 'start-ns' else x.tag) for ev, x in ET.iterparse(io.BytesIO(b'<a xmlns:p="urn:p"><p:b/></a>'), events=('start-ns', 'end'))])
tree = ET.parse(path)
print(tree.getroot().tag == root.tag, len(tree.findall('{http://www.mediawiki.org/xml/export-0.11/}page')))

api = ET.fromstring(b'<?xml version="1.0"?><api><query><pages><page pageid="1" ns="0" title="A"/>'
                    b'<page ns="0" title="B" missing=""/></pages></query></api>')
print([p.get('title') for p in api.iter('page')], [p.get('title') for p in api.findall(".//page[@missing]")])
print(api.find('query/pages/page[2]').get('title'), api.find(".//page[@title='A']").attrib)
print(api.find('query').find('pages')[0].get('pageid'), len(api.find('query/pages')), list(api.find('query/pages'))[1].keys())

doc = ET.Element('root', {'version': '1'})
child = ET.SubElement(doc, 'child', name='x "y" & <z>')
child.text = 'text & more <tags>'
child.tail = '\n'
ET.SubElement(doc, 'empty')
c = ET.Comment(' note ')
doc.append(c)
print(ET.tostring(doc))
print(ET.tostring(doc, encoding='unicode'))
e = ET.Element('p')
e.text = 'Käse €'
print(ET.tostring(e), ET.tostring(e, encoding='utf-8'), ET.tostring(e, encoding='unicode'))
print(ET.tostring(ET.fromstring('<a xmlns="urn:x"><b c="1">t</b>tail</a>'), encoding='unicode'))
print(ET.tostring(ET.fromstring('<r><x/><y>1</y></r>'), encoding='unicode', method='text'))
print(''.join(ET.fromstring('<p>a<b>b</b>c<i>d</i>e</p>').itertext()))
r = ET.fromstring('<r><a>1</a><b>2</b></r>')
r.remove(r[0])
r.insert(0, ET.Element('z'))
r.set('k', 'v')
print(ET.tostring(r, encoding='unicode'), r.get('k'), r.get('no', 'default'), len(r))
ET.indent(r)
print(ET.tostring(r, encoding='unicode'))
buf = io.BytesIO()
ET.ElementTree(r).write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue())
for bad in ['<a><b></a>', '<a>', '', '<a/><b/>', 'text']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print('ParseError', isinstance(err, SyntaxError), err.position[0])
