"""xml.sax: event-driven XML parsing (parse, parseString, make_parser) over
gowikibot's Go XML tokenizer, with the handler classes of CPython's."""
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException,  # noqa: F401
                                 SAXNotSupportedException, SAXParseException, SAXReaderNotAvailable)
from xml.sax.handler import ContentHandler, ErrorHandler  # noqa: F401
from xml.sax.xmlreader import InputSource  # noqa: F401

__all__ = ['ContentHandler', 'ErrorHandler', 'InputSource', 'SAXException', 'SAXNotRecognizedException',
           'SAXNotSupportedException', 'SAXParseException', 'SAXReaderNotAvailable', 'make_parser',
           'parse', 'parseString']

default_parser_list = ['xml.sax.expatreader']


def make_parser(parser_list=()):
    """A new SAX parser (gowikibot's, on Go's encoding/xml)."""
    from xml.sax.expatreader import create_parser
    return create_parser()


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)
