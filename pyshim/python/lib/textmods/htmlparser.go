package textmods

import "github.com/go-python/gpython/py"

// htmlParserSrc is html.parser, written in Python so that scripts can
// subclass HTMLParser and override its handle_* methods. It is a compact,
// forgiving tag scanner (not a port of CPython's): it reports start, end
// and self-closing tags with lower-cased names and unescaped attribute
// values, text (with character references converted by default),
// comments, declarations, processing instructions, and keeps the content
// of script and style elements as raw text.
const htmlParserSrc = `
import re
from html import unescape

__all__ = ['HTMLParser']

_START = re.compile(r'<([a-zA-Z][^\s/>]*)')
_ATTR = re.compile(r'''([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?''')
_END = re.compile(r'</\s*([a-zA-Z][^\s>/]*)[^>]*>')
_REF_END = re.compile(r'[\s;]')
_REF = re.compile(r'&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?')


class HTMLParser:
    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._starttag_text = None
        self.lineno = 1
        self.offset = 0
        self._pi = 0

    def getpos(self):
        """(line, column) of the construct being reported."""
        return self.lineno, self.offset

    def _mark(self, raw, i):
        # Advance lineno/offset from self._pi to index i of raw.
        if i > self._pi:
            nl = raw.count('\n', self._pi, i)
            if nl:
                self.lineno += nl
                self.offset = i - (raw.rindex('\n', self._pi, i) + 1)
            else:
                self.offset += i - self._pi
            self._pi = i

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self._scan(False)

    def close(self):
        self._scan(True)

    def get_starttag_text(self):
        return self._starttag_text

    def _text(self, text):
        if not text:
            return
        if self.cdata_elem or self.convert_charrefs:
            self.handle_data(unescape(text) if not self.cdata_elem else text)
            return
        pos = 0
        for m in _REF.finditer(text):
            if m.start() > pos:
                self.handle_data(text[pos:m.start()])
            ref = m.group(1)
            if ref.startswith('#'):
                self.handle_charref(ref[1:])
            else:
                self.handle_entityref(ref)
            pos = m.end()
        if pos < len(text):
            self.handle_data(text[pos:])

    def _tag_end(self, raw, i):
        quote = None
        j = i
        while j < len(raw):
            c = raw[j]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '>':
                return j
            j += 1
        return -1

    def _scan(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            self._mark(raw, i)
            if self.cdata_elem:
                m = re.compile(r'</\s*%s\s*>' % re.escape(self.cdata_elem), re.I).search(raw, i)
                if not m:
                    if end:
                        self._text(raw[i:])
                        i = n
                    break
                self._text(raw[i:m.start()])
                self.handle_endtag(self.cdata_elem)
                self.cdata_elem = None
                i = m.end()
                continue
            j = raw.find('<', i)
            if j < 0:
                if end:
                    self._text(raw[i:])
                    i = n
                else:
                    # a character reference may be cut: wait for more data
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _REF_END.search(raw, amp):
                        break
                    self._text(raw[i:])
                    i = n
                break
            self._text(raw[i:j])
            i = j
            self._mark(raw, i)
            if raw.startswith('<!--', i):
                k = raw.find('-->', i + 4)
                if k < 0:
                    if end:
                        self.handle_comment(raw[i + 4:])
                        i = n
                    break
                self.handle_comment(raw[i + 4:k])
                i = k + 3
            elif raw.startswith('<![', i):
                k = raw.find(']>', i)
                if k < 0:
                    break
                self.unknown_decl(raw[i + 3:k])
                i = k + 2
            elif raw.startswith('<!', i) or raw.startswith('<?', i):
                k = raw.find('>', i)
                if k < 0:
                    break
                if raw[i + 1] == '!':
                    self.handle_decl(raw[i + 2:k])
                else:
                    self.handle_pi(raw[i + 2:k])
                i = k + 1
            elif raw.startswith('</', i):
                m = _END.match(raw, i)
                if not m:
                    k = raw.find('>', i)
                    if k < 0:
                        if end:
                            self._text(raw[i:])
                            i = n
                        break
                    i = k + 1
                    continue
                self.handle_endtag(m.group(1).lower())
                i = m.end()
            else:
                m = _START.match(raw, i)
                if not m:
                    self._text('<')
                    i += 1
                    continue
                k = self._tag_end(raw, m.end())
                if k < 0:
                    if end:
                        self._text(raw[i:])
                        i = n
                    break
                tag = m.group(1).lower()
                body = raw[m.end():k]
                self._starttag_text = raw[i:k + 1]
                attrs = []
                for am in _ATTR.finditer(body):
                    name = am.group(1).lower()
                    value = am.group(2)
                    if value is not None:
                        if value[:1] in '"\'' and value[-1:] == value[:1] and len(value) >= 2:
                            value = value[1:-1]
                        value = unescape(value)
                    attrs.append((name, value))
                self.lasttag = tag
                if body.rstrip().endswith('/'):
                    self.handle_startendtag(tag, attrs)
                else:
                    self.handle_starttag(tag, attrs)
                    if tag in self.CDATA_CONTENT_ELEMENTS:
                        self.cdata_elem = tag
                i = k + 1
        self._mark(raw, i)
        self._pi = 0
        self.rawdata = raw[i:]

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_entityref(self, name):
        pass

    def handle_charref(self, name):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
`

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "html.parser", Doc: "A parser for HTML and XHTML."},
		CodeSrc: htmlParserSrc,
	})
}
