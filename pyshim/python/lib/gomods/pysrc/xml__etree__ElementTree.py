"""Lightweight XML support (gowikibot: Go's encoding/xml tokenizes, Python builds the tree).

Element, SubElement, ElementTree, parse, fromstring/XML, iterparse,
tostring, dump, and the ElementPath subset scripts use in find(),
findall(), findtext() and iterfind().
"""

import re
import _gwb_xml

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'indent',
           'iselement', 'iterparse', 'parse', 'ParseError', 'PI', 'ProcessingInstruction', 'QName',
           'SubElement', 'tostring', 'tostringlist', 'TreeBuilder', 'VERSION', 'XML', 'XMLID',
           'XMLParser', 'XMLPullParser', 'register_namespace', 'canonicalize']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    """An XML document could not be parsed; .position is (line, column)."""

    def __init__(self, msg, position=(0, 0), code=None):
        SyntaxError.__init__(self, msg)
        self.msg = msg
        self.position = position
        self.code = code

    def __str__(self):
        return self.msg


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and children."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not %s' % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = dict(attrib)
        self.attrib.update(extra)
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            self._children[index] = list(element)
        else:
            self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._children.append(subelement)

    def extend(self, elements):
        self._children.extend(elements)

    def insert(self, index, subelement):
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        for e in _select(self, path, namespaces):
            return e
        return None

    def findtext(self, path, default=None, namespaces=None):
        e = self.find(path, namespaces)
        if e is None:
            return default
        return e.text or ''

    def findall(self, path, namespaces=None):
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return iter(_select(self, path, namespaces))

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        out = []
        stack = [self]
        while stack:
            e = stack.pop()
            if tag is None or e.tag == tag:
                out.append(e)
            stack.extend(reversed(e._children))
        return iter(out)

    def itertext(self):
        out = []

        def walk(e):
            if not isinstance(e.tag, str) and e.tag is not None:
                return
            if e.text:
                out.append(e.text)
            for c in e._children:
                walk(c)
                if c.tail:
                    out.append(c.tail)
        walk(self)
        return iter(out)


def SubElement(parent, tag, attrib={}, **extra):
    """Make an element and append it to parent."""
    attrib = dict(attrib)
    attrib.update(extra)
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# --- ElementPath (the subset of XPath ElementTree supports) ---

_token = re.compile(r"""('[^']*'|"[^"]*"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+""")


def _xpath_tokens(pattern, namespaces):
    default = namespaces.get('') if namespaces else None
    for m in _token.finditer(pattern):
        op, tag = m.group(1), m.group(2)
        if tag and tag[0] != '{':
            if ':' in tag:
                prefix, uri = tag.split(':', 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield op, '{%s}%s' % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix)
            elif default and not op:
                yield op, '{%s}%s' % (default, tag)
            else:
                yield op, tag
        elif op or tag:
            yield op, tag


def _matches(e, tag):
    if tag == '*':
        return isinstance(e.tag, str)
    if tag.startswith('{*}'):
        t = e.tag if isinstance(e.tag, str) else ''
        return t == tag[3:] or t.endswith('}' + tag[3:])
    if tag.endswith('}*'):
        return isinstance(e.tag, str) and e.tag.startswith(tag[:-1])
    return e.tag == tag


def _parse_path(path, namespaces):
    """Steps of a path: ('child', tag), ('desc', tag), ('self',), ('parent',), ('pred', kind, ...)."""
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    tokens = list(_xpath_tokens(path, namespaces))
    steps = []
    i = 0
    descend = False
    while i < len(tokens):
        op, tag = tokens[i]
        if op == '/':
            i += 1
            continue
        if op == '//':
            descend = True
            i += 1
            continue
        if op == '.':
            if descend:
                steps.append(('desc', '*'))
                steps.append(('self',))
                descend = False
            else:
                steps.append(('self',))
            i += 1
            continue
        if op == '..':
            steps.append(('parent',))
            i += 1
            continue
        if op == '*' or tag:
            name = '*' if op == '*' else tag
            steps.append(('desc' if descend else 'child', name))
            descend = False
            i += 1
            continue
        if op == '[':
            j = i + 1
            parts = []
            while j < len(tokens) and tokens[j][0] != ']':
                parts.append(tokens[j])
                j += 1
            if j >= len(tokens):
                raise SyntaxError('invalid path')
            steps.append(('pred', _predicate(parts)))
            i = j + 1
            continue
        raise SyntaxError('invalid path')
    return steps


def _unquote(s):
    return s[1:-1]


def _predicate(parts):
    sig = ''.join(('@' if op == '@' else ('=' if op == '=' else ('!' if op == '!=' else ('-' if tag and tag[:1] not in '\'"' and not op else ("'" if op and op[:1] in '\'"' else op or '?'))))) for op, tag in parts)
    if sig == '@-':
        key = parts[1][1]
        return lambda e: e.get(key) is not None
    if sig in ("@-='", '@-!\''):
        key, value = parts[1][1], _unquote(parts[3][0])
        if sig == "@-='":
            return lambda e: e.get(key) == value
        return lambda e: e.get(key) is not None and e.get(key) != value
    if sig == '-' and parts[0][1].lstrip('-').isdigit():
        index = int(parts[0][1])
        if index < 1:
            raise SyntaxError('XPath position >= 1 expected')
        return ('index', index - 1)
    if sig == '-':
        tag = parts[0][1]
        return lambda e: any(_matches(c, tag) for c in e)
    if sig in ("-='", "-!'"):
        tag, value = parts[0][1], _unquote(parts[2][0])
        if sig == "-='":
            return lambda e: any(_matches(c, tag) and ''.join(c.itertext()) == value for c in e)
        return lambda e: any(_matches(c, tag) and ''.join(c.itertext()) != value for c in e)
    if sig in (".='", ".!'"):
        value = _unquote(parts[2][0])
        if sig == ".='":
            return lambda e: ''.join(e.itertext()) == value
        return lambda e: ''.join(e.itertext()) != value
    joined = ''.join((op or '') + (tag or '') for op, tag in parts)
    if joined == 'last()':
        return ('index', -1)
    m = re.match(r'^last\(\)-(\d+)$', joined)
    if m:
        return ('index', -1 - int(m.group(1)))
    raise SyntaxError('invalid predicate')


def _select(elem, path, namespaces):
    steps = _parse_path(path, namespaces)
    current = [elem]
    parents = None
    for step in steps:
        kind = step[0]
        if kind == 'self':
            continue
        if kind == 'child':
            current = [c for e in current for c in e if _matches(c, step[1])]
        elif kind == 'desc':
            out = []
            for e in current:
                for d in e.iter():
                    if d is not e and _matches(d, step[1]):
                        out.append(d)
            current = out
        elif kind == 'parent':
            if parents is None:
                parents = {}
                for p in elem.iter():
                    for c in p:
                        parents[id(c)] = p
            seen = set()
            out = []
            for e in current:
                p = parents.get(id(e))
                if p is not None and id(p) not in seen:
                    seen.add(id(p))
                    out.append(p)
            current = out
        elif kind == 'pred':
            pred = step[1]
            if isinstance(pred, tuple):
                # [n] counts among the siblings of the same parent
                if parents is None:
                    parents = {}
                    for p in elem.iter():
                        for c in p:
                            parents[id(c)] = p
                out = []
                for e in current:
                    p = parents.get(id(e))
                    if p is None:
                        continue
                    sibs = [c for c in p if c.tag == e.tag]
                    try:
                        if sibs[pred[1]] is e:
                            out.append(e)
                    except IndexError:
                        pass
                current = out
            else:
                current = [e for e in current if pred(e)]
    seen = set()
    result = []
    for e in current:
        if id(e) not in seen:
            seen.add(id(e))
            result.append(e)
    return result


# --- parsing ---

def _source(source):
    if isinstance(source, str):
        return ('file', source)
    if hasattr(source, '__fspath__'):
        return ('file', source.__fspath__())
    if isinstance(source, bytes):
        return ('file', source.decode())
    if hasattr(source, 'read'):
        return source
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(source).__name__)


class TreeBuilder:
    """Builds an element tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory or Element
        self._stack = []
        self._last = None
        self._root = None
        self._data = []
        self._tail = False
        self._insert_comments = insert_comments
        self._insert_pis = insert_pis

    def _flush(self):
        if self._data:
            text = ''.join(self._data)
            self._data = []
            if self._last is not None:
                if self._tail:
                    self._last.tail = (self._last.tail or '') + text
                else:
                    self._last.text = (self._last.text or '') + text

    def start(self, tag, attrs):
        self._flush()
        elem = self._factory(tag, attrs)
        if self._stack:
            self._stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._stack.append(elem)
        self._last = elem
        self._tail = False
        return elem

    def data(self, data):
        self._data.append(data)

    def end(self, tag):
        self._flush()
        self._last = self._stack.pop()
        self._tail = True
        return self._last

    def comment(self, text):
        self._flush()
        if self._insert_comments and self._stack:
            elem = Comment(text)
            self._stack[-1].append(elem)
            self._last = elem
            self._tail = True
            return elem
        return None

    def pi(self, target, text=None):
        self._flush()
        if self._insert_pis and self._stack:
            elem = PI(target, text)
            self._stack[-1].append(elem)
            self._last = elem
            self._tail = True
            return elem
        return None

    def close(self):
        if self._root is None:
            raise ParseError('no element found: line 1, column 0', (1, 0), 3)
        return self._root


def _tokens(reader):
    while True:
        batch = reader.tokens(512)
        if isinstance(batch, tuple):
            reader.close()
            raise ParseError(batch[1], (batch[2], batch[3]))
        if not batch:
            reader.close()
            return
        for tok in batch:
            yield tok


def _build(source, target=None):
    builder = target if target is not None else TreeBuilder()
    for tok in _tokens(_gwb_xml.reader(source)):
        kind = tok[0]
        if kind == 'start':
            builder.start(tok[1], dict(tok[2]))
        elif kind == 'end':
            builder.end(tok[1])
        elif kind == 'data':
            builder.data(tok[1])
        elif kind == 'comment' and hasattr(builder, 'comment'):
            builder.comment(tok[1])
        elif kind == 'pi' and hasattr(builder, 'pi'):
            builder.pi(tok[1], tok[2])
    return builder.close()


class XMLParser:
    """A parser fed with data (feed/close); builds with target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._chunks = []
        self.version = 'Expat 2.5.0 (gowikibot: encoding/xml)'

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        if self._chunks and isinstance(self._chunks[0], bytes):
            data = b''.join(self._chunks)
        else:
            data = ''.join(self._chunks)
        return _build(data, self.target)


def XML(text, parser=None):
    """Parse an XML document from a string (str or bytes); return the root element."""
    if parser is not None:
        parser.feed(text)
        return parser.close()
    return _build(text)


fromstring = XML


def fromstringlist(sequence, parser=None):
    if sequence and isinstance(sequence[0], bytes):
        return XML(b''.join(sequence), parser)
    return XML(''.join(sequence), parser)


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get('id')
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    """Parse a file (a path or a file object) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    def __init__(self, source, events):
        self._reader = _gwb_xml.reader(_source(source))
        self._events = set(events or ('end',))
        for ev in self._events:
            if ev not in ('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'):
                raise ValueError('unknown event %r' % ev)
        self._builder = TreeBuilder()
        self._gen = self._run()
        self.root = None

    def _run(self):
        b = self._builder
        ns_stack = []
        for tok in _tokens(self._reader):
            kind = tok[0]
            if kind == 'start':
                ns_stack.append(len(tok[3]))
                if 'start-ns' in self._events:
                    for prefix, uri in tok[3]:
                        yield 'start-ns', (prefix, uri)
                e = b.start(tok[1], dict(tok[2]))
                if self.root is None:
                    self.root = e
                if 'start' in self._events:
                    yield 'start', e
            elif kind == 'end':
                e = b.end(tok[1])
                if 'end' in self._events:
                    yield 'end', e
                n = ns_stack.pop()
                if 'end-ns' in self._events:
                    for _ in range(n):
                        yield 'end-ns', None
            elif kind == 'data':
                b.data(tok[1])
            elif kind == 'comment' and 'comment' in self._events:
                yield 'comment', Comment(tok[1])
            elif kind == 'pi' and 'pi' in self._events:
                yield 'pi', PI(tok[1], tok[2])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """Parse incrementally, yielding (event, element) pairs ('end' events by default)."""
    return _IterParseIterator(source, events)


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events_wanted = events or ('end',)
        self._chunks = []
        self._ready = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        data = b''.join(self._chunks) if self._chunks and isinstance(self._chunks[0], bytes) else ''.join(self._chunks)
        import io
        src = io.BytesIO(data if isinstance(data, bytes) else data.encode('utf-8'))
        self._ready.extend(iterparse(src, self._events_wanted))

    def read_events(self):
        while self._ready:
            yield self._ready.pop(0)


class ElementTree:
    """An element hierarchy with its root; parse() and write() a document."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if parser is not None:
            if hasattr(source, 'read'):
                parser.feed(source.read())
            else:
                with open(source, 'rb') as f:
                    parser.feed(f.read())
            self._root = parser.close()
        else:
            self._root = _build(_source(source))
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == '/':
            path = '.' + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        if not encoding:
            encoding = 'us-ascii'
        text = _tostring(self._root, encoding, method or 'xml', short_empty_elements, default_namespace)
        decl = xml_declaration or (xml_declaration is None and encoding.lower() not in ('utf-8', 'us-ascii', 'unicode'))
        if decl and encoding.lower() != 'unicode':
            text = "<?xml version='1.0' encoding='%s'?>\n" % encoding + text
        elif decl:
            text = "<?xml version='1.0' encoding='UTF-8'?>\n" + text
        if hasattr(file_or_filename, 'write'):
            if encoding.lower() == 'unicode':
                file_or_filename.write(text)
            else:
                file_or_filename.write(_encode(text, encoding))
        else:
            if encoding.lower() == 'unicode':
                with open(file_or_filename, 'w', encoding='utf-8') as f:
                    f.write(text)
            else:
                with open(file_or_filename, 'wb') as f:
                    f.write(_encode(text, encoding))


# --- serialization ---

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    """Use prefix for uri when serializing."""
    if re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_text(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


def _escape_attrib(text):
    text = _escape_text(text)
    return text.replace('"', '&quot;').replace('\r', '&#13;').replace('\n', '&#10;').replace('\t', '&#09;')


def _qnames(elem, default_namespace):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add(qname):
        if qname[:1] == '{':
            uri, tag = qname[1:].rsplit('}', 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = 'ns%d' % len(namespaces)
                if prefix != 'xml':
                    namespaces[uri] = prefix
            if prefix:
                qnames[qname] = '%s:%s' % (prefix, tag)
            else:
                qnames[qname] = tag
        else:
            if default_namespace:
                raise ValueError('cannot use non-qualified names with default_namespace option')
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            tag = tag.text
        if isinstance(tag, str) and tag not in qnames:
            add(tag)
        for key in e.keys():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
    return qnames, namespaces


def _serialize(write, elem, qnames, namespaces, short_empty, method):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % text)
    elif tag is ProcessingInstruction:
        write('<?%s?>' % text)
    else:
        if isinstance(tag, QName):
            tag = tag.text
        if tag is None:
            if text:
                write(_escape_text(text))
            for e in elem:
                _serialize(write, e, qnames, None, short_empty, method)
        else:
            name = qnames[tag]
            write('<' + name)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
                    write(' xmlns%s="%s"' % (':' + prefix if prefix else '', _escape_attrib(uri)))
            for k, v in elem.items():
                if isinstance(k, QName):
                    k = k.text
                if isinstance(v, QName):
                    v = qnames[v.text]
                else:
                    v = _escape_attrib(v)
                write(' %s="%s"' % (qnames[k], v))
            if text or len(elem) or not short_empty or method == 'html':
                write('>')
                if text:
                    write(_escape_text(text))
                for e in elem:
                    _serialize(write, e, qnames, None, short_empty, method)
                write('</' + name + '>')
            else:
                write(' />')
    if elem.tail:
        write(_escape_text(elem.tail))


def _tostring(element, encoding, method, short_empty, default_namespace=None):
    out = []
    if method == 'text':
        return ''.join(element.itertext())
    qnames, namespaces = _qnames(element, default_namespace)
    _serialize(out.append, element, qnames, namespaces, short_empty, method)
    return ''.join(out)


def _encode(text, encoding):
    enc = encoding.lower()
    if enc in ('us-ascii', 'ascii'):
        return ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in text).encode('ascii')
    if enc in ('latin-1', 'latin1', 'iso-8859-1'):
        return ''.join(c if ord(c) < 256 else '&#%d;' % ord(c) for c in text).encode('latin-1')
    return text.encode(encoding)


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The XML text of element: bytes (us-ascii by default) or str with encoding='unicode'."""
    if not encoding:
        encoding = 'us-ascii'
    text = _tostring(element, encoding, method or 'xml', short_empty_elements, default_namespace)
    if xml_declaration or (xml_declaration is None and encoding.lower() not in ('utf-8', 'us-ascii', 'unicode')):
        text = "<?xml version='1.0' encoding='%s'?>\n" % (encoding if encoding.lower() != 'unicode' else 'UTF-8') + text
    if encoding.lower() == 'unicode':
        return text
    return _encode(text, encoding)


def tostringlist(element, encoding=None, method=None, **kwargs):
    return [tostring(element, encoding, method, **kwargs)]


def dump(elem):
    """Write elem as XML to sys.stdout (for debugging)."""
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    text = tostring(elem.getroot(), encoding='unicode')
    sys.stdout.write(text)
    if not text.endswith('\n'):
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Indent tree in place for pretty-printing."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError('Initial indentation level must be >= 0, got %d' % level)
    if not len(tree):
        return

    def _indent(elem, level):
        child_indentation = '\n' + (level + 1) * space
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent(child, level + 1)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = '\n' + level * space

    _indent(tree, level)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError('canonicalize() is not supported by gowikibot')
