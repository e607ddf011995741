"""Convert a small Markdown subset to HTML: headings, paragraphs, lists,
emphasis, inline code, links, code blocks and block quotes."""
import re
import html

INLINE = [
    (re.compile(r'`([^`]+)`'), lambda m: '<code>%s</code>' % m.group(1)),
    (re.compile(r'\*\*(.+?)\*\*'), lambda m: '<strong>%s</strong>' % m.group(1)),
    (re.compile(r'(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])'), lambda m: '<em>%s</em>' % m.group(1)),
    (re.compile(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)'),
     lambda m: '<a href="%s"%s>%s</a>' % (m.group(2), ' title="%s"' % m.group(3) if m.group(3) else '', m.group(1))),
]


def inline(text):
    text = html.escape(text, quote=False)
    # protect code spans from further formatting
    codes = []

    def stash(m):
        codes.append(m.group(1))
        return '\x00%d\x00' % (len(codes) - 1)
    text = re.sub(r'`([^`]+)`', stash, text)
    for rx, fn in INLINE[1:]:
        text = rx.sub(fn, text)
    return re.sub(r'\x00(\d+)\x00', lambda m: '<code>%s</code>' % codes[int(m.group(1))], text)


def convert(src):
    lines = src.split('\n')
    out = []
    para = []
    i = 0

    def flush():
        if para:
            out.append('<p>%s</p>' % inline(' '.join(para)))
            del para[:]

    while i < len(lines):
        line = lines[i]
        m = re.match(r'^(#{1,6})\s+(.*?)\s*#*$', line)
        if m:
            flush()
            level = len(m.group(1))
            slug = re.sub(r'[^\w]+', '-', m.group(2).lower()).strip('-')
            out.append('<h%d id="%s">%s</h%d>' % (level, slug, inline(m.group(2)), level))
            i += 1
            continue
        if line.startswith('```'):
            flush()
            lang = line[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith('```'):
                body.append(html.escape(lines[i]))
                i += 1
            i += 1
            cls = ' class="language-%s"' % lang if lang else ''
            out.append('<pre><code%s>%s</code></pre>' % (cls, '\n'.join(body)))
            continue
        m = re.match(r'^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$', line)
        if m:
            flush()
            tag = 'ul' if m.group(1) else 'ol'
            items = []
            while i < len(lines):
                m = re.match(r'^\s*(?:[-*+]|\d+[.)])\s+(.*)$', lines[i])
                if not m:
                    break
                items.append('<li>%s</li>' % inline(m.group(1)))
                i += 1
            out.append('<%s>%s</%s>' % (tag, ''.join(items), tag))
            continue
        if line.startswith('>'):
            flush()
            quote = []
            while i < len(lines) and lines[i].startswith('>'):
                quote.append(re.sub(r'^>\s?', '', lines[i]))
                i += 1
            out.append('<blockquote>%s</blockquote>' % convert('\n'.join(quote)))
            continue
        if re.match(r'^\s*$', line):
            flush()
        elif re.match(r'^(?:-{3,}|\*{3,})\s*$', line):
            flush()
            out.append('<hr>')
        else:
            para.append(line.strip())
        i += 1
    flush()
    return '\n'.join(out)


DOC = """# Gowikibot *notes*

A **Go** rewrite of a bot framework; see [the docs](https://example.org/docs "Docs") or `README.md`.
It keeps *behaviour* identical & fast.

## Steps
1. Build the binary
2. Run `gowikibot python x.py`
3. Compare with **CPython**

- unordered *one*
- unordered `two`

> Quoted text with a [link](http://x.y).
> Second line.

---
```python
print("<tag> & more")
```
Trailing paragraph with 2 * 3 = 6 and a_b_c."""

if __name__ == '__main__':
    result = convert(DOC)
    print(result)
    print(len(result.splitlines()), 'lines')
    print(sorted(set(re.findall(r'<(\w+)', result))))


# --- Part 2: tables, footnotes, auto-links and a table of contents --------

def convert_table(lines):
    rows = [[c.strip() for c in line.strip().strip('|').split('|')] for line in lines]
    if len(rows) < 2 or not all(re.match(r'^:?-{3,}:?$', c) for c in rows[1]):
        return None
    aligns = []
    for c in rows[1]:
        if c.startswith(':') and c.endswith(':'):
            aligns.append('center')
        elif c.endswith(':'):
            aligns.append('right')
        else:
            aligns.append('')
    def cell(tag, text, i):
        style = ' style="text-align:%s"' % aligns[i] if i < len(aligns) and aligns[i] else ''
        return '<%s%s>%s</%s>' % (tag, style, inline(text), tag)
    out = ['<table>', '<tr>' + ''.join(cell('th', c, i) for i, c in enumerate(rows[0])) + '</tr>']
    for r in rows[2:]:
        out.append('<tr>' + ''.join(cell('td', c, i) for i, c in enumerate(r)) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def footnotes(text):
    notes = {}
    def grab(m):
        notes[m.group(1)] = m.group(2).strip()
        return ''
    text = re.sub(r'^\[\^(\w+)\]:\s*(.+)$\n?', grab, text, flags=re.M)
    order = []
    def ref(m):
        key = m.group(1)
        if key not in order:
            order.append(key)
        n = order.index(key) + 1
        return '<sup id="ref-%s"><a href="#fn-%s">%d</a></sup>' % (key, key, n)
    text = re.sub(r'\[\^(\w+)\]', ref, text)
    items = ['<li id="fn-%s">%s</li>' % (k, inline(notes.get(k, '?'))) for k in order]
    return text, ('<ol class="footnotes">%s</ol>' % ''.join(items)) if items else ''


def autolink(html_text):
    return re.sub(r'(?<!["=>])\b(https?://[^\s<]+[^\s<.,;:!?)])', r'<a href="\1">\1</a>', html_text)


def toc(html_text):
    entries = re.findall(r'<h([1-6]) id="([^"]*)">(.*?)</h\1>', html_text)
    lines = []
    for level, slug, title in entries:
        plain = re.sub(r'<[^>]+>', '', title)
        lines.append('%s- [%s](#%s)' % ('  ' * (int(level) - 1), plain, slug))
    return '\n'.join(lines)


DOC2 = """# Report

| Name | Count | Share |
|:-----|------:|:-----:|
| *alpha* | 10 | 50% |
| `beta` | 5 | 25% |

See https://example.org/page, and the note[^a]. Another[^b] and again[^a].

## Details
Plain text.

[^a]: First note with **bold**.
[^b]: Second note."""


def part2():
    text, notes = footnotes(DOC2)
    lines = text.split('\n')
    table_lines = [l for l in lines if l.startswith('|')]
    rest = '\n'.join(l for l in lines if not l.startswith('|'))
    body = convert(rest)
    print(convert_table(table_lines))
    print(autolink(body))
    print(notes)
    print(toc(body + '\n' + convert(DOC)))
    print(convert_table(['| a | b |', '| x | y |']))


if __name__ == '__main__':
    print()
    part2()
