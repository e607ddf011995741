"""Reading MediaWiki XML dumps (gowikibot's version of pywikibot.xmlreader).

XmlDump(filename).parse() yields an XmlEntry per page of a pages dump
(with allrevisions=True, one per revision). The dump is read piece by
piece, so large files are fine; compressed dumps (.bz2, .gz, .xz, .7z
with the 7za program) are read through pywikibot.tools.open_archive.
"""
import re

__all__ = ['XmlDump', 'XmlEntry', 'ParseError', 'parseRestrictions']


class ParseError(SyntaxError):
    """The dump is not well-formed where a page was expected."""


def parseRestrictions(restrictions):
    """The groups allowed to edit and to move a page, from the text of a
    <restrictions> element (None for no restriction)."""
    if not restrictions:
        return None, None
    edit = move = None
    m = re.search('edit=([^:]*)', restrictions)
    if m:
        edit = m.group(1)
    m = re.search('move=([^:]*)', restrictions)
    if m:
        move = m.group(1)
    if restrictions == 'sysop':
        edit = move = 'sysop'
    return edit, move


class XmlEntry:
    """One revision of a page of the dump."""

    def __init__(self, title, ns, id, text, username, ipedit, timestamp,
                 editRestriction, moveRestriction, revisionid, comment, redirect):
        self.title = title
        self.ns = ns
        self.id = id
        self.text = text
        self.username = username.strip()
        self.ipedit = ipedit
        self.timestamp = timestamp
        self.editRestriction = editRestriction
        self.moveRestriction = moveRestriction
        self.revisionid = revisionid
        self.comment = comment
        self.isredirect = redirect


_ENTITY = re.compile(r'&(#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos);')
_NAMED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}


def _unescape(text):
    def repl(m):
        name = m.group(1)
        if name.startswith('#x'):
            return chr(int(name[2:], 16))
        if name.startswith('#'):
            return chr(int(name[1:]))
        return _NAMED[name]
    return _ENTITY.sub(repl, text)


def _element(chunk, tag):
    """The text of the first <tag> element of chunk, as ElementTree's
    findtext gives it: None when there is none, '' when it is empty.
    Returns (text, end offset) (end -1 when missing)."""
    m = re.search(r'<{}(?:\s[^>]*?)?(/?)>'.format(tag), chunk)
    if not m:
        return None, -1
    if m.group(1):
        return '', m.end()
    end = chunk.find('</{}>'.format(tag), m.end())
    if end < 0:
        raise ParseError('no end tag for <{}>'.format(tag))
    return _unescape(chunk[m.end():end]), end + len(tag) + 3


def _children(chunk, tag):
    """The inner texts (raw) of every <tag>...</tag> (or <tag/>: '') of chunk."""
    out = []
    for m in re.finditer(r'<{}(?:\s[^>]*?)?(/?)>'.format(tag), chunk):
        if m.group(1):
            out.append((m.start(), ''))
            continue
        end = chunk.find('</{}>'.format(tag), m.end())
        if end < 0:
            raise ParseError('no end tag for <{}>'.format(tag))
        out.append((m.start(), chunk[m.end():end]))
    return out


class XmlDump:
    """An XML dump file; parse() yields its entries.

    allrevisions=True yields every revision, else the first revision of
    each page (a current-pages dump has only one). on_error, if given, is
    called with a ParseError instead of raising it."""

    def __init__(self, filename, *, allrevisions=False, on_error=None):
        self.filename = filename
        self.allrevisions = allrevisions
        self.on_error = on_error

    def _text(self):
        """The dump's text, piece by piece (UTF-8, decompressed as
        open_archive does by the file's extension)."""
        from pywikibot.tools import open_archive
        with open_archive(self.filename) as source:
            rest = b''
            while True:
                data = source.read(1 << 16)
                if not data:
                    if rest:
                        yield rest.decode('utf-8')
                    return
                data = rest + data
                # Keep an incomplete UTF-8 sequence at the end for the next piece.
                cut = len(data)
                for back in range(1, min(4, len(data)) + 1):
                    byte = data[-back]
                    if byte < 0x80:
                        break
                    if byte >= 0xC0:
                        need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                        if need > back:
                            cut = len(data) - back
                        break
                rest = data[cut:]
                yield data[:cut].decode('utf-8')

    def _pages(self):
        """The text of each <page>...</page> of the file, in order."""
        buffer = ''
        for data in self._text():
            buffer += data
            while True:
                end = buffer.find('</page>')
                if end < 0:
                    break
                start = buffer.find('<page>')
                if start < 0 or start > end:
                    start = buffer.find('<page ')
                if start < 0 or start > end:
                    raise ParseError('</page> without <page>')
                yield buffer[start + 6:end]
                buffer = buffer[end + 7:]
        if '<page' in buffer:
            raise ParseError('the dump ends inside a page')

    def parse(self):
        """Yield the XmlEntry objects of the dump."""
        pages = self._pages()
        while True:
            try:
                chunk = next(pages)
                entries = self._entries(chunk)
            except StopIteration:
                return
            except ParseError as e:
                if self.on_error:
                    self.on_error(e)
                    return
                raise
            for entry in entries:
                yield entry

    def _entries(self, chunk):
        first_revision = chunk.find('<revision')
        head = chunk if first_revision < 0 else chunk[:first_revision]
        title, _ = _element(head, 'title')
        ns, _ = _element(head, 'ns')
        pageid, _ = _element(head, 'id')
        restrictions, _ = _element(head, 'restrictions')
        redirect, _ = _element(head, 'redirect')
        edit, move = parseRestrictions(restrictions)
        revisions = _children(chunk, 'revision')
        if not self.allrevisions:
            revisions = revisions[:1]
        out = []
        for _, rev in revisions:
            revid, _ = _element(rev, 'id')
            timestamp, _ = _element(rev, 'timestamp')
            comment, _ = _element(rev, 'comment')
            contributors = _children(rev, 'contributor')
            contributor = contributors[0][1] if contributors else ''
            ip, _ = _element(contributor, 'ip')
            username = ip or _element(contributor, 'username')[0]
            text, _ = _element(rev, 'text')
            out.append(XmlEntry(title=title, ns=ns, id=pageid, text=text or '',
                                username=username or '', ipedit=bool(ip), timestamp=timestamp,
                                editRestriction=edit, moveRestriction=move, revisionid=revid,
                                comment=comment, redirect=redirect is not None))
        return out
