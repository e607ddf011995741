"""Parse MediaWiki tables into rows of cells and render them as text.

A small, self-contained parser in the style of the helpers found in bot
frameworks: it understands table start/end, captions, header and data
cells (inline "||" and "!!" separators), cell attributes and row
separators, and nested markup inside cells is kept as is.
"""
import re

TABLE_START = re.compile(r'^\s*\{\|(?P<attrs>.*)$')
TABLE_END = re.compile(r'^\s*\|\}\s*$')
ROW_SEP = re.compile(r'^\s*\|-(?P<attrs>.*)$')
CAPTION = re.compile(r'^\s*\|\+(?P<text>.*)$')
ATTR = re.compile(r'(?P<name>[\w-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|\'(?P<sq>[^\']*)\'|(?P<bare>[^\s"\']+))')


def parse_attrs(text):
    attrs = {}
    for m in ATTR.finditer(text):
        value = m.group('dq')
        if value is None:
            value = m.group('sq')
        if value is None:
            value = m.group('bare')
        attrs[m.group('name').lower()] = value
    return attrs


def split_cell(raw):
    """Split 'attrs | content' when the first '|' is not part of a link."""
    depth = 0
    i = 0
    while i < len(raw):
        two = raw[i:i + 2]
        if two in ('[[', '{{'):
            depth += 1
            i += 2
            continue
        if two in (']]', '}}'):
            depth -= 1
            i += 2
            continue
        if raw[i] == '|' and depth == 0:
            return parse_attrs(raw[:i]), raw[i + 1:].strip()
        i += 1
    return {}, raw.strip()


class Cell:
    def __init__(self, text, header=False, attrs=None):
        self.text = text
        self.header = header
        self.attrs = attrs or {}

    def span(self):
        return int(self.attrs.get('colspan', '1')), int(self.attrs.get('rowspan', '1'))

    def __repr__(self):
        kind = 'H' if self.header else 'D'
        return '%s(%r)' % (kind, self.text)


class Table:
    def __init__(self, attrs):
        self.attrs = attrs
        self.caption = None
        self.rows = []

    def new_row(self):
        self.rows.append([])

    def add_cells(self, line, header):
        if not self.rows:
            self.new_row()
        sep = '!!' if header else '||'
        body = line[1:]
        parts = body.split(sep)
        if header and '||' in body:
            parts = re.split(r'!!|\|\|', body)
        for part in parts:
            attrs, text = split_cell(part)
            self.rows[-1].append(Cell(text, header, attrs))

    def width(self):
        return max([sum(c.span()[0] for c in row) for row in self.rows] + [0])


def parse_tables(text):
    tables = []
    stack = []
    for line in text.splitlines():
        m = TABLE_START.match(line)
        if m:
            stack.append(Table(parse_attrs(m.group('attrs'))))
            continue
        if not stack:
            continue
        table = stack[-1]
        if TABLE_END.match(line):
            tables.append(stack.pop())
            continue
        m = CAPTION.match(line)
        if m:
            table.caption = m.group('text').strip()
            continue
        if ROW_SEP.match(line):
            table.new_row()
            continue
        stripped = line.strip()
        if stripped.startswith('!'):
            table.add_cells(stripped, True)
        elif stripped.startswith('|'):
            table.add_cells(stripped, False)
        elif table.rows and table.rows[-1]:
            # continuation of the previous cell
            last = table.rows[-1][-1]
            last.text = (last.text + '\n' + stripped).strip()
    for t in tables:
        t.rows = [r for r in t.rows if r]
    return tables


def strip_markup(text):
    text = re.sub(r'\[\[(?:[^\]|]*\|)?([^\]]*)\]\]', r'\1', text)
    text = re.sub(r"'''?", '', text)
    text = re.sub(r'\{\{[^}]*\}\}', '', text)
    text = re.sub(r'<ref[^>]*>.*?</ref>', '', text)
    return text.strip()


def render(table):
    grid = [[strip_markup(c.text) for c in row] for row in table.rows]
    ncols = max(len(r) for r in grid)
    for r in grid:
        while len(r) < ncols:
            r.append('')
    widths = [max(len(r[i]) for r in grid) for i in range(ncols)]
    lines = []
    if table.caption:
        lines.append(table.caption.center(sum(widths) + 3 * (ncols - 1)))
    for n, r in enumerate(grid):
        lines.append(' | '.join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
        if n == 0 and all(c.header for c in table.rows[0]):
            lines.append('-+-'.join('-' * w for w in widths))
    return '\n'.join(lines)


SAMPLE = """Intro text.
{| class="wikitable sortable" style="width:100%"
|+ Largest cities
|-
! Rank !! City !! Population
|-
| 1 || [[Tokyo]] || 37,400,068
|-
| 2 || [[Delhi|New Delhi]] || 28,514,000<ref>UN 2018</ref>
|-
| 3
| [[Shanghai]]
| 25,582,000
|-
| style="color:red" | 4 || '''[[São Paulo]]''' || 21,650,000
|}
Between tables.
{|
! Key
! Value
|-
| colspan="2" | merged {{note|x}}
|-
| a || b
|}
"""

if __name__ == '__main__':
    tables = parse_tables(SAMPLE)
    print('tables:', len(tables))
    for t in tables:
        print('attrs:', sorted(t.attrs.items()))
        print('rows:', len(t.rows), 'width:', t.width())
        for row in t.rows:
            print('  ', row)
        print(render(t))
        print()
    first = tables[0]
    pops = []
    for row in first.rows[1:]:
        value = strip_markup(row[2].text).replace(',', '')
        pops.append((int(value), strip_markup(row[1].text)))
    pops.sort(reverse=True)
    print('by population:', [name for _, name in pops])
    print('total:', sum(p for p, _ in pops))
    print('styled cell attrs:', first.rows[4][0].attrs)
