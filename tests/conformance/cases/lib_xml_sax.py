# xml.sax: parseString/parse/make_parser with ContentHandler, namespaces,
# errors, saxutils escape/unescape/quoteattr and XMLGenerator.
import io
import xml.sax
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator
from xml.sax.handler import ContentHandler

print(escape('a < b & c > d'), escape('x"y', {'"': '&quot;'}), unescape('&lt;&amp;&gt;'))
print(quoteattr('plain'), quoteattr('say "hi"'), quoteattr('it\'s "x"'), quoteattr('tab\there'))


class Collect(ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startElement(self, name, attrs):
        self.events.append(('start', name, sorted(attrs.items())))

    def endElement(self, name):
        self.events.append(('end', name))

    def characters(self, content):
        if content.strip():
            self.events.append(('text', content))

    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data))


doc = '<?xml version="1.0"?><root a="1"><page title="A &amp; B">text<x/></page><?tgt data?></root>'
h = Collect()
xml.sax.parseString(doc, h)
print(h.events)
h = Collect()
xml.sax.parseString(doc.encode(), h)
print(len(h.events))
h = Collect()
xml.sax.parse(io.StringIO(doc), h)
print(h.events[0])


class NS(ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, dict(attrs.items()))

    def startPrefixMapping(self, prefix, uri):
        print('prefix', prefix, uri)


p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(NS())
p.parse(io.StringIO('<r xmlns="urn:x" xmlns:q="urn:q"><q:e q:at="v"/></r>'))

try:
    xml.sax.parseString('<a><b></a>', ContentHandler())
except xml.sax.SAXParseException as e:
    print(type(e).__name__, e.getLineNumber() >= 1)
out = io.StringIO()
g = XMLGenerator(out, 'utf-8')
xml.sax.parseString('<r><e k="v &lt;">t &amp; u</e></r>', g)
print(out.getvalue())
