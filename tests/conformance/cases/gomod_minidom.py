from xml.dom import minidom, Node

doc = minidom.parseString('<?xml version="1.0"?>\n<api xmlns:x="urn:x"><query a="1" b="two &amp; &quot;q&quot;">'
                          '<page title="Main Page" ns="0">text &lt;here&gt;</page><!-- c --><x:page title="B"/>'
                          '</query></api>')
root = doc.documentElement
print(root.tagName, root.nodeName, root.nodeType == Node.ELEMENT_NODE, doc.nodeName)
q = root.firstChild
print(q.getAttribute('b'), q.getAttribute('missing') == '', q.hasAttribute('a'), q.attributes.length, list(q.attributes.keys()))
pages = doc.getElementsByTagName('page')
print(len(pages), pages.length, pages[0].getAttribute('title'), pages[0].firstChild.data, pages[0].firstChild.nodeValue)
print([n.nodeType for n in q.childNodes], q.childNodes[1].data, q.lastChild.tagName, q.lastChild.prefix, q.lastChild.localName)
print(q.lastChild.namespaceURI, pages[0].parentNode is q, pages[0].nextSibling.nodeType, q.lastChild.previousSibling.nodeName)
print(root.toxml())
print(doc.toxml())
new = doc.createElement('new')
new.setAttribute('k', 'v<>"&')
new.appendChild(doc.createTextNode('Käse & bread'))
q.appendChild(new)
q.removeChild(q.childNodes[1])
print(q.toxml())
print(doc.toxml(encoding='utf-8')[:60])
d2 = minidom.parseString(b'<a><b>1</b><c><d/></c></a>')
print(d2.toprettyxml(indent='  '))
print(d2.documentElement.toprettyxml())
impl = minidom.getDOMImplementation()
d3 = impl.createDocument(None, 'root', None)
d3.documentElement.appendChild(d3.createComment('made'))
print(d3.toxml())
print(minidom.parseString('<r> x <i>y</i> z </r>').documentElement.childNodes.length)
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__)
