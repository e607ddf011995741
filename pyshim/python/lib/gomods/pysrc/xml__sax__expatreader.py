"""The SAX parser of xml.sax (CPython's drives expat; gowikibot's reads the
tokens of Go's encoding/xml)."""
import _gwb_xml
from xml.sax import handler, xmlreader
from xml.sax._exceptions import SAXNotRecognizedException, SAXParseException

version = "0.20"


class _Locator(xmlreader.Locator):
    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        return self._parser._col

    def getLineNumber(self):
        return self._parser._line

    def getPublicId(self):
        return self._parser._source.getPublicId() if self._parser._source else None

    def getSystemId(self):
        return self._parser._source.getSystemId() if self._parser._source else None


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX parser: parse(source) or feed(data) ... close()."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._buffer = []
        self._line = 1
        self._col = 0

    def getColumnNumber(self):
        return self._col

    def getLineNumber(self):
        return self._line

    def getPublicId(self):
        return self._source.getPublicId() if self._source else None

    def getSystemId(self):
        return self._source.getSystemId() if self._source else None

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_string_interning, handler.feature_validation,
                    handler.feature_external_pes, handler.feature_namespace_prefixes,
                    handler.feature_external_ges):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in handler.all_features:
            pass
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def parse(self, source):
        """Parse a system id (file name or URL), a file object or an
        InputSource."""
        source = _prepare(source)
        self._source = source
        data = None
        stream = source.getCharacterStream() or source.getByteStream()
        if stream is not None:
            data = stream.read()
        else:
            with open(source.getSystemId(), 'rb') as f:
                data = f.read()
        self._run(data)

    def feed(self, data, isFinal=False):
        self._buffer.append(data)
        if isFinal:
            self.close()

    def close(self):
        if self._buffer:
            first = self._buffer[0]
            data = (first[:0]).join(self._buffer)
            self._buffer = []
            self._run(data)

    def reset(self):
        self._buffer = []

    def _run(self, data):
        h = self._cont_handler
        h.setDocumentLocator(_Locator(self))
        h.startDocument()
        reader = _gwb_xml.reader(data, not self._namespaces)
        ns_stack = []
        lex = self._lex_handler_prop
        while True:
            batch = reader.tokens(512)
            if isinstance(batch, tuple):
                reader.close()
                self._line, self._col = batch[2], batch[3]
                msg = batch[1]
                cut = msg.rfind(': line ')
                if cut > 0:
                    msg = msg[:cut]
                exc = SAXParseException(msg, None, self)
                self._err_handler.fatalError(exc)
                return
            if not batch:
                break
            for tok in batch:
                kind = tok[0]
                if kind == 'start':
                    if self._namespaces:
                        for prefix, uri in tok[3]:
                            h.startPrefixMapping(prefix or None, uri)
                        ns_stack.append(tok[3])
                        attrs, qnames = {}, {}
                        for k, v in tok[2]:
                            key = _split(k)
                            attrs[key] = v
                            qnames[key] = key[1]
                        h.startElementNS(_split(tok[1]), None, xmlreader.AttributesNSImpl(attrs, qnames))
                    else:
                        h.startElement(tok[1], xmlreader.AttributesImpl(dict(tok[2])))
                elif kind == 'end':
                    if self._namespaces:
                        h.endElementNS(_split(tok[1]), None)
                        for prefix, uri in ns_stack.pop():
                            h.endPrefixMapping(prefix or None)
                    else:
                        h.endElement(tok[1])
                elif kind == 'data':
                    h.characters(tok[1])
                elif kind == 'pi':
                    h.processingInstruction(tok[1], tok[2])
                elif kind == 'comment' and lex is not None:
                    lex.comment(tok[1])
        reader.close()
        h.endDocument()


def _split(name):
    if name.startswith('{'):
        uri, _, local = name[1:].partition('}')
        return (uri, local)
    return (None, name)


def _prepare(source):
    if isinstance(source, xmlreader.InputSource):
        return source
    if hasattr(source, 'read'):
        inp = xmlreader.InputSource(getattr(source, 'name', None))
        if isinstance(source.read(0), str):
            inp.setCharacterStream(source)
        else:
            inp.setByteStream(source)
        return inp
    if hasattr(source, '__fspath__'):
        source = source.__fspath__()
    return xmlreader.InputSource(source)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
