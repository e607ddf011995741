"""A small DOM (gowikibot: Go's encoding/xml tokenizes, Python builds the nodes).

parse/parseString, Document, Element, Text, Comment, attributes, the tree
navigation and editing methods, toxml/toprettyxml/writexml.
"""

import _gwb_xml
from xml.dom import Node

__all__ = ['parse', 'parseString', 'Document', 'Element', 'Text', 'Comment', 'getDOMImplementation']

XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'


class ExpatError(Exception):
    def __init__(self, msg, lineno=0, offset=0):
        Exception.__init__(self, msg)
        self.lineno = lineno
        self.offset = offset
        self.code = None


def _write_data(writer, data):
    if data:
        data = data.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;').replace('>', '&gt;')
        writer.write(data)


class NodeList(list):
    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


class _Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


class _Node(Node):
    parentNode = None
    ownerDocument = None
    nodeValue = None
    prefix = None
    namespaceURI = None

    def __init__(self):
        self.childNodes = NodeList()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        p = self.parentNode
        if p is None:
            return None
        for i, c in enumerate(p.childNodes):
            if c is self:
                j = i + step
                if 0 <= j < len(p.childNodes):
                    return p.childNodes[j]
                return None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in list(node.childNodes):
                self.appendChild(c)
            return node
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        node.parentNode = self
        self.childNodes.append(node)
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        for i, c in enumerate(self.childNodes):
            if c is refChild:
                self.childNodes.insert(i, newChild)
                newChild.parentNode = self
                return newChild
        raise ValueError('refChild is not a child of this node')

    def removeChild(self, oldChild):
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                del self.childNodes[i]
                oldChild.parentNode = None
                return oldChild
        raise ValueError('oldChild is not a child of this node')

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return oldChild
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                self.childNodes[i] = newChild
                newChild.parentNode = self
                oldChild.parentNode = None
                return oldChild
        raise ValueError('oldChild is not a child of this node')

    def normalize(self):
        out = NodeList()
        for c in self.childNodes:
            if c.nodeType == Node.TEXT_NODE:
                if not c.data:
                    continue
                if out and out[-1].nodeType == Node.TEXT_NODE:
                    out[-1].data = out[-1].data + c.data
                    continue
            elif c.nodeType == Node.ELEMENT_NODE:
                c.normalize()
            out.append(c)
        self.childNodes = out

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        w = _Writer()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(w, '', indent, newl, encoding, standalone)
        else:
            self.writexml(w, '', indent, newl)
        text = w.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, 'xmlcharrefreplace')

    def unlink(self):
        self.parentNode = None
        for c in self.childNodes:
            c.unlink()
        self.childNodes = NodeList()

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    def _descendants(self):
        for c in self.childNodes:
            yield c
            for d in c._descendants():
                yield d

    def getElementsByTagName(self, name):
        return NodeList(e for e in self._descendants()
                        if e.nodeType == Node.ELEMENT_NODE and (name == '*' or e.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(e for e in self._descendants()
                        if e.nodeType == Node.ELEMENT_NODE
                        and (namespaceURI == '*' or e.namespaceURI == namespaceURI)
                        and (localName == '*' or e.localName == localName))

    def cloneNode(self, deep):
        raise NotImplementedError


class Attr(_Node):
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, qName, namespaceURI=None, localName=None, prefix=None):
        _Node.__init__(self)
        self.name = self.nodeName = qName
        self.value = ''
        self.namespaceURI = namespaceURI
        self.localName = localName or qName.split(':')[-1]
        self.prefix = prefix
        self.ownerElement = None

    @property
    def nodeValue(self):
        return self.value

    def __repr__(self):
        return '<xml.dom.minidom.Attr object at %s>' % hex(id(self))


class NamedNodeMap:
    """An element's attributes by name."""

    def __init__(self, element):
        self._element = element

    @property
    def length(self):
        return len(self._element._attrs)

    def __len__(self):
        return self.length

    def item(self, index):
        keys = list(self._element._attrs)
        if 0 <= index < len(keys):
            return self._element._attrs[keys[index]]
        return None

    def items(self):
        return [(k, a.value) for k, a in self._element._attrs.items()]

    def keys(self):
        return list(self._element._attrs.keys())

    def values(self):
        return list(self._element._attrs.values())

    def get(self, name, value=None):
        return self._element._attrs.get(name, value)

    def getNamedItem(self, name):
        return self._element._attrs.get(name)

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for a in self._element._attrs.values():
                if (a.namespaceURI, a.localName) == name:
                    return a
            raise KeyError(name)
        return self._element._attrs[name]

    def __contains__(self, name):
        return name in self._element._attrs

    def __iter__(self):
        return iter(self._element._attrs)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE

    def __init__(self, tagName, namespaceURI=None, prefix=None, localName=None):
        _Node.__init__(self)
        self.tagName = self.nodeName = tagName
        self.prefix = prefix if prefix is not None else (tagName.split(':')[0] if ':' in tagName else None)
        self.localName = localName or tagName.split(':')[-1]
        self._ns = namespaceURI
        self._attrs = {}

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    @property
    def namespaceURI(self):
        if self._ns is not None:
            return self._ns
        key = 'xmlns:' + self.prefix if self.prefix else 'xmlns'
        node = self
        while node is not None and node.nodeType == Node.ELEMENT_NODE:
            if key in node._attrs:
                return node._attrs[key].value or None
            node = node.parentNode
        return None

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def getAttribute(self, attname):
        a = self._attrs.get(attname)
        return a.value if a is not None else ''

    def getAttributeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a.value
        return ''

    def setAttribute(self, attname, value):
        a = self._attrs.get(attname)
        if a is None:
            a = Attr(attname)
            a.ownerElement = self
            self._attrs[attname] = a
        a.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        self.setAttribute(qualifiedName, value)
        self._attrs[qualifiedName].namespaceURI = namespaceURI

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr()

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def cloneNode(self, deep):
        e = Element(self.tagName, self._ns, self.prefix, self.localName)
        e.ownerDocument = self.ownerDocument
        for k, a in self._attrs.items():
            e.setAttribute(k, a.value)
        if deep:
            for c in self.childNodes:
                e.appendChild(c.cloneNode(True))
        return e

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, a.value)
            writer.write('"')
        if self.childNodes:
            writer.write('>')
            if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write('</%s>%s' % (self.tagName, newl))
        else:
            writer.write('/>%s' % newl)


class NotFoundErr(Exception):
    pass


class _CharacterData(_Node):
    def __init__(self, data=''):
        _Node.__init__(self)
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = '...' if len(data) > 10 else ''
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'

    @property
    def wholeText(self):
        return self.data

    def cloneNode(self, deep):
        t = Text(self.data)
        t.ownerDocument = self.ownerDocument
        return t

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, '%s%s%s' % (indent, self.data, newl))


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def cloneNode(self, deep):
        return Comment(self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        _Node.__init__(self)
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def cloneNode(self, deep):
        return ProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'

    def __init__(self):
        _Node.__init__(self)
        self.doctype = None

    @property
    def documentElement(self):
        for c in self.childNodes:
            if c.nodeType == Node.ELEMENT_NODE:
                return c
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr('two document elements disallowed')
        return _Node.appendChild(self, node)

    def createElement(self, tagName):
        e = Element(tagName)
        e.ownerDocument = self
        return e

    def createElementNS(self, namespaceURI, qualifiedName):
        e = Element(qualifiedName, namespaceURI)
        e.ownerDocument = self
        return e

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        t = Text(data)
        t.ownerDocument = self
        return t

    def createComment(self, data):
        c = Comment(data)
        c.ownerDocument = self
        return c

    def createProcessingInstruction(self, target, data):
        return ProcessingInstruction(target, data)

    def createDocumentFragment(self):
        return DocumentFragment()

    def createAttribute(self, qName):
        return Attr(qName)

    def getElementById(self, elementId):
        for e in self._descendants():
            if e.nodeType == Node.ELEMENT_NODE and e.getAttribute('id') == elementId:
                return e
        return None

    def cloneNode(self, deep):
        d = Document()
        if deep:
            for c in self.childNodes:
                d.appendChild(c.cloneNode(True))
        return d

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append(' encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append(' standalone="%s"' % ('yes' if standalone else 'no'))
        writer.write('<?xml version="1.0"%s?>%s' % (''.join(declarations) if declarations else ' ', newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class HierarchyRequestErr(Exception):
    pass


def _build(source):
    doc = Document()
    stack = [doc]
    reader = _gwb_xml.reader(source, True)
    while True:
        batch = reader.tokens(512)
        if isinstance(batch, tuple):
            reader.close()
            raise ExpatError(batch[1], batch[2], batch[3])
        if not batch:
            break
        for tok in batch:
            kind = tok[0]
            if kind == 'start':
                e = doc.createElement(tok[1])
                for k, v in tok[2]:
                    e.setAttribute(k, v)
                stack[-1].appendChild(e)
                stack.append(e)
            elif kind == 'end':
                stack.pop()
            elif kind == 'data':
                top = stack[-1]
                if top.childNodes and top.childNodes[-1].nodeType == Node.TEXT_NODE:
                    top.childNodes[-1].data += tok[1]
                else:
                    top.appendChild(doc.createTextNode(tok[1]))
            elif kind == 'comment':
                stack[-1].appendChild(doc.createComment(tok[1]))
            elif kind == 'pi':
                stack[-1].appendChild(ProcessingInstruction(tok[1], tok[2]))
    reader.close()
    return doc


def parseString(string, parser=None):
    """Parse a document from a str or bytes."""
    return _build(string)


def parse(file, parser=None, bufsize=None):
    """Parse a document from a file name or a file object."""
    if isinstance(file, str):
        return _build(('file', file))
    if hasattr(file, '__fspath__'):
        return _build(('file', file.__fspath__()))
    return _build(file.read())


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        doc.doctype = doctype
        return doc


def getDOMImplementation(features=None):
    return DOMImplementation()
