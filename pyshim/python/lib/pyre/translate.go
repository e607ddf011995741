package pyre

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Python re flag values (as in CPython's re module).
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256
)

// SyntaxError is a Python regular expression syntax error, reported as
// re.error with CPython's message.
type SyntaxError struct {
	Msg     string
	Pattern string
	Pos     int // -1 when the message has no position
}

// Error formats the message as CPython does ("... at position N").
func (e *SyntaxError) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

// Translated is a Python pattern rewritten into regexp2's (.NET) syntax.
type Translated struct {
	Expr       string         // .NET syntax; every capture group is explicitly numbered
	Flags      int            // Python flags after inline global flags are applied
	Groups     int            // number of capture groups
	GroupIndex map[string]int // name -> number
	GroupNames []string       // number -> name ("" for unnamed); index 0 unused
	Parent     []int          // number -> enclosing group number (0 for none)
	// Literal is set when the pattern is a plain, case-sensitive string
	// (searched without the regex engine).
	Literal []rune
	// Required is a string every match contains (empty when unknown): a
	// subject without it cannot match.
	Required string
}

type translator struct {
	src     []rune
	pat     string
	i       int
	out     strings.Builder
	flags   int
	verbose []bool // verbose state per open group (top = current)
	ascii   []bool
	t       *Translated
	open    []int // stack of open capture group numbers (0 for non-capturing)
	// prevWordLit reports that the atom just emitted is a literal word
	// character (lets \b after it be a plain negative lookahead).
	prevWordLit bool
	// pendingLB is a lookbehind to emit right after the next literal (a
	// \b before a word literal, placed after it so that regexp2 can use
	// the literal as a search prefix).
	pendingLB string
	// lit collects the pattern's characters while it is a plain literal;
	// nonLit is set by anything else.
	lit    []rune
	nonLit bool
	// run is the current run of top-level literal characters; best is the
	// longest finished run; topAlt records a top-level '|'.
	run, best []rune
	topAlt    bool
}

// endRun finishes the current top-level literal run.
func (tr *translator) endRun() {
	if len(tr.run) > len(tr.best) {
		tr.best = tr.run
	}
	tr.run = nil
}

// litChar records a literal character at top level, unless a quantifier
// follows it (then it may be absent or repeated, which ends the run).
func (tr *translator) litChar(depth int, c rune) {
	if depth != 0 {
		return
	}
	j := tr.i
	if tr.isVerbose() {
		for j < len(tr.src) && strings.ContainsRune(" \t\n\r\f\v", tr.src[j]) {
			j++
		}
	}
	if j < len(tr.src) && strings.ContainsRune("*+?{", tr.src[j]) {
		tr.endRun()
		return
	}
	tr.run = append(append([]rune(nil), tr.run...), c)
}

func (tr *translator) errAt(pos int, format string, a ...interface{}) error {
	return &SyntaxError{Msg: fmt.Sprintf(format, a...), Pattern: tr.pat, Pos: pos}
}

// Translate converts a Python regular expression into regexp2 syntax.
func Translate(pattern string, flags int) (*Translated, error) {
	tr := &translator{src: []rune(pattern), pat: pattern, flags: flags}
	tr.t = &Translated{GroupIndex: map[string]int{}, GroupNames: []string{""}, Parent: []int{0}}
	if flags&FlagLocale != 0 {
		return nil, &SyntaxError{Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
	}
	if flags&FlagASCII != 0 && flags&FlagUnicode != 0 {
		return nil, &SyntaxError{Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	tr.verbose = []bool{flags&FlagVerbose != 0}
	tr.ascii = []bool{flags&FlagASCII != 0}
	// A global (?x) anywhere at the start changes how the whole pattern is read.
	if err := tr.parseSeq(0); err != nil {
		return nil, err
	}
	tr.t.Expr = tr.out.String()
	tr.t.Flags = tr.flags
	if !tr.nonLit && len(tr.lit) > 0 && tr.flags&FlagIgnoreCase == 0 {
		tr.t.Literal = tr.lit
	}
	tr.endRun()
	if !tr.topAlt && tr.flags&FlagIgnoreCase == 0 && len(tr.best) > 0 {
		tr.t.Required = string(tr.best)
	}
	if tr.t.Flags&FlagASCII == 0 {
		tr.t.Flags |= FlagUnicode
	}
	return tr.t, nil
}

func (tr *translator) isVerbose() bool { return tr.verbose[len(tr.verbose)-1] }
func (tr *translator) isASCII() bool   { return tr.ascii[len(tr.ascii)-1] }

func (tr *translator) more() bool { return tr.i < len(tr.src) }

func (tr *translator) peek() rune {
	if tr.i < len(tr.src) {
		return tr.src[tr.i]
	}
	return 0
}

// skipVerbose skips whitespace and comments in verbose mode.
func (tr *translator) skipVerbose() {
	if !tr.isVerbose() {
		return
	}
	for tr.i < len(tr.src) {
		c := tr.src[tr.i]
		if c == '#' {
			for tr.i < len(tr.src) && tr.src[tr.i] != '\n' {
				tr.i++
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			tr.i++
			continue
		}
		break
	}
}

const (
	lastNone = iota
	lastAtom
	lastRepeat
)

// parseSeq parses until an unmatched ')' (depth > 0) or the end.
func (tr *translator) parseSeq(depth int) error {
	last := lastNone
	atomStart := 0
	for {
		tr.skipVerbose()
		if !tr.more() {
			if depth > 0 {
				return nil
			}
			return nil
		}
		start := tr.i
		c := tr.src[tr.i]
		prevWordLit := tr.prevWordLit
		tr.prevWordLit = false
		if c != '\\' && strings.ContainsRune(")|^$.[(*+?{", c) {
			tr.endRun()
		}
		switch c {
		case ')':
			if depth == 0 {
				return tr.errAt(tr.i, "unbalanced parenthesis")
			}
			return nil
		case '|':
			tr.nonLit = true
			if depth == 0 {
				tr.topAlt = true
			}
			tr.i++
			tr.out.WriteByte('|')
			last = lastNone
		case '^', '$':
			tr.nonLit = true
			tr.i++
			tr.out.WriteRune(c)
			last = lastNone
			if c == '$' {
				last = lastNone
			}
		case '.':
			tr.nonLit = true
			tr.i++
			atomStart = tr.out.Len()
			tr.out.WriteByte('.')
			last = lastAtom
		case '[':
			tr.nonLit = true
			atomStart = tr.out.Len()
			if err := tr.parseClass(); err != nil {
				return err
			}
			last = lastAtom
		case '(':
			tr.nonLit = true
			atomStart = tr.out.Len()
			isAtom, err := tr.parseGroup(depth, start)
			if err != nil {
				return err
			}
			if isAtom {
				last = lastAtom
			} else {
				last = lastNone
			}
		case '\\':
			atomStart = tr.out.Len()
			isAtom, err := tr.parseEscape(prevWordLit, depth)
			if err != nil {
				return err
			}
			if isAtom {
				last = lastAtom
			} else {
				last = lastNone
			}
		case '*', '+', '?', '{':
			tr.nonLit = true
			q, ok, err := tr.readQuantifier()
			if err != nil {
				return err
			}
			if !ok { // a literal '{'
				atomStart = tr.out.Len()
				tr.out.WriteString(`\{`)
				last = lastAtom
				continue
			}
			if last == lastNone {
				return tr.errAt(start, "nothing to repeat")
			}
			if last == lastRepeat {
				return tr.errAt(start, "multiple repeat")
			}
			possessive := false
			if tr.more() && tr.peek() == '?' {
				q += "?"
				tr.i++
			} else if tr.more() && tr.peek() == '+' {
				possessive = true
				tr.i++
			}
			if possessive {
				cur := tr.out.String()
				tr.out.Reset()
				tr.out.WriteString(cur[:atomStart])
				tr.out.WriteString("(?>")
				tr.out.WriteString(cur[atomStart:])
				tr.out.WriteString(q)
				tr.out.WriteString(")")
			} else {
				tr.out.WriteString(q)
			}
			last = lastRepeat
		default:
			tr.i++
			atomStart = tr.out.Len()
			writeLiteral(&tr.out, c)
			tr.lit = append(tr.lit, c)
			tr.litChar(depth, c)
			last = lastAtom
			tr.prevWordLit = tr.isWordRune(c)
			if tr.pendingLB != "" {
				tr.out.WriteString(tr.pendingLB)
				tr.pendingLB = ""
			}
		}
	}
}

// readQuantifier reads a quantifier at tr.i. ok is false for a '{' that is
// not a valid repeat (a literal, as in Python).
func (tr *translator) readQuantifier() (string, bool, error) {
	c := tr.src[tr.i]
	if c != '{' {
		tr.i++
		return string(c), true, nil
	}
	start := tr.i
	j := tr.i + 1
	lo := ""
	for j < len(tr.src) && tr.src[j] >= '0' && tr.src[j] <= '9' {
		lo += string(tr.src[j])
		j++
	}
	hi := lo
	comma := false
	if j < len(tr.src) && tr.src[j] == ',' {
		comma = true
		j++
		hi = ""
		for j < len(tr.src) && tr.src[j] >= '0' && tr.src[j] <= '9' {
			hi += string(tr.src[j])
			j++
		}
	}
	if j >= len(tr.src) || tr.src[j] != '}' || (lo == "" && !comma) {
		tr.i++
		return "", false, nil
	}
	tr.i = j + 1
	if lo == "" {
		lo = "0"
	}
	if lo != "" && hi != "" {
		l, _ := strconv.Atoi(lo)
		h, _ := strconv.Atoi(hi)
		if h < l {
			return "", false, tr.errAt(start+1, "min repeat greater than max repeat")
		}
	}
	if !comma {
		return "{" + lo + "}", true, nil
	}
	return "{" + lo + "," + hi + "}", true, nil
}

func writeLiteral(b *strings.Builder, c rune) {
	switch c {
	case '\\', '*', '+', '?', '|', '{', '}', '[', ']', '(', ')', '^', '$', '.', '#', ' ', '\t', '\n', '\r', '\f', '\v':
		switch c {
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		case '\v':
			b.WriteString(`\v`)
		default:
			b.WriteByte('\\')
			b.WriteRune(c)
		}
	default:
		if c < 0x20 || c == 0x7f {
			fmt.Fprintf(b, `\x%02x`, c)
			return
		}
		b.WriteRune(c)
	}
}

func writeClassLiteral(b *strings.Builder, c rune) {
	switch c {
	case '\\', ']', '[', '^', '-':
		b.WriteByte('\\')
		b.WriteRune(c)
	case '\n':
		b.WriteString(`\n`)
	case '\t':
		b.WriteString(`\t`)
	case '\r':
		b.WriteString(`\r`)
	default:
		if c < 0x20 || c == 0x7f {
			fmt.Fprintf(b, `\x%02x`, c)
			return
		}
		b.WriteRune(c)
	}
}

func isIdent(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return true
}

func (tr *translator) isOpen(n int) bool {
	for _, g := range tr.open {
		if g == n {
			return true
		}
	}
	return false
}

func (tr *translator) currentParent() int {
	for k := len(tr.open) - 1; k >= 0; k-- {
		if tr.open[k] != 0 {
			return tr.open[k]
		}
	}
	return 0
}

func (tr *translator) newGroup(name string) int {
	tr.t.Groups++
	n := tr.t.Groups
	tr.t.GroupNames = append(tr.t.GroupNames, name)
	tr.t.Parent = append(tr.t.Parent, tr.currentParent())
	if name != "" {
		tr.t.GroupIndex[name] = n
	}
	return n
}

// readName reads a group name up to term, starting at tr.i.
func (tr *translator) readName(term rune, what string) (string, int, error) {
	start := tr.i
	for tr.i < len(tr.src) && tr.src[tr.i] != term {
		tr.i++
	}
	if tr.i >= len(tr.src) {
		if what == "" {
			what = "group name"
		}
		return "", start, tr.errAt(start, "missing %c, unterminated name", term)
	}
	name := string(tr.src[start:tr.i])
	tr.i++ // term
	if name == "" {
		return "", start, tr.errAt(start, "missing group name")
	}
	return name, start, nil
}

// parseGroup parses a parenthesised construct starting at tr.i ('(').
func (tr *translator) parseGroup(depth, start int) (bool, error) {
	tr.i++
	closeGroup := func(capture int, pushVerbose, pushASCII bool) error {
		tr.open = append(tr.open, capture)
		if pushVerbose {
			defer func() { tr.verbose = tr.verbose[:len(tr.verbose)-1] }()
		}
		if pushASCII {
			defer func() { tr.ascii = tr.ascii[:len(tr.ascii)-1] }()
		}
		if err := tr.parseSeq(depth + 1); err != nil {
			return err
		}
		tr.open = tr.open[:len(tr.open)-1]
		if !tr.more() {
			return tr.errAt(start, "missing ), unterminated subpattern")
		}
		tr.i++ // ')'
		tr.out.WriteByte(')')
		return nil
	}
	if !tr.more() || tr.peek() != '?' {
		n := tr.newGroup("")
		fmt.Fprintf(&tr.out, "(?<%d>", n)
		return true, closeGroup(n, false, false)
	}
	tr.i++ // '?'
	if !tr.more() {
		return false, tr.errAt(tr.i, "unexpected end of pattern")
	}
	c := tr.src[tr.i]
	switch c {
	case ':':
		tr.i++
		tr.out.WriteString("(?:")
		return true, closeGroup(0, false, false)
	case '>':
		tr.i++
		tr.out.WriteString("(?>")
		return true, closeGroup(0, false, false)
	case '=', '!':
		tr.i++
		tr.out.WriteString("(?")
		tr.out.WriteRune(c)
		return false, closeGroup(0, false, false)
	case '#':
		for tr.i < len(tr.src) && tr.src[tr.i] != ')' {
			tr.i++
		}
		if !tr.more() {
			return false, tr.errAt(start, "missing ), unterminated comment")
		}
		tr.i++
		return false, nil
	case '<':
		tr.i++
		if tr.more() && (tr.peek() == '=' || tr.peek() == '!') {
			d := tr.peek()
			tr.i++
			tr.out.WriteString("(?<")
			tr.out.WriteRune(d)
			return false, closeGroup(0, false, false)
		}
		if !tr.more() {
			return false, tr.errAt(tr.i, "unexpected end of pattern")
		}
		return false, tr.errAt(start+1, "unknown extension ?<%c", tr.peek())
	case 'P':
		tr.i++
		if !tr.more() {
			return false, tr.errAt(tr.i, "unexpected end of pattern")
		}
		switch tr.peek() {
		case '<':
			tr.i++
			name, nstart, err := tr.readName('>', "")
			if err != nil {
				return false, err
			}
			if !isIdent(name) {
				return false, tr.errAt(nstart, "bad character in group name '%s'", name)
			}
			if old, dup := tr.t.GroupIndex[name]; dup {
				return false, tr.errAt(nstart, "redefinition of group name '%s' as group %d; was group %d", name, tr.t.Groups+1, old)
			}
			n := tr.newGroup(name)
			fmt.Fprintf(&tr.out, "(?<%d>", n)
			return true, closeGroup(n, false, false)
		case '=':
			tr.i++
			name, nstart, err := tr.readName(')', "")
			if err != nil {
				return false, err
			}
			if !isIdent(name) {
				return false, tr.errAt(nstart, "bad character in group name '%s'", name)
			}
			n, ok := tr.t.GroupIndex[name]
			if !ok {
				return false, tr.errAt(nstart, "unknown group name '%s'", name)
			}
			if tr.isOpen(n) {
				return false, tr.errAt(nstart, "cannot refer to an open group")
			}
			fmt.Fprintf(&tr.out, `\k<%d>`, n)
			return true, nil
		default:
			return false, tr.errAt(start+1, "unknown extension ?P%c", tr.peek())
		}
	case '(':
		tr.i++
		name, nstart, err := tr.readName(')', "")
		if err != nil {
			return false, err
		}
		n := 0
		if v, err := strconv.Atoi(name); err == nil {
			if v >= 100 || v < 0 {
				return false, tr.errAt(nstart, "invalid group reference %d", v)
			}
			if v == 0 {
				return false, tr.errAt(nstart, "bad group number")
			}
			if v > tr.t.Groups {
				return false, tr.errAt(nstart, "invalid group reference %d", v)
			}
			n = v
		} else {
			if !isIdent(name) {
				return false, tr.errAt(nstart, "bad character in group name '%s'", name)
			}
			v, ok := tr.t.GroupIndex[name]
			if !ok {
				return false, tr.errAt(nstart, "unknown group name '%s'", name)
			}
			n = v
		}
		fmt.Fprintf(&tr.out, "(?(%d)", n)
		if err := closeGroup(0, false, false); err != nil {
			return false, err
		}
		return true, nil
	}
	// Inline flags: (?aiLmsux) or (?aiLmsux-imsx:...)
	if strings.ContainsRune("aiLmsux-", c) {
		on, off := 0, 0
		flagStart := tr.i
		neg := false
		for tr.more() {
			c = tr.peek()
			var f int
			switch c {
			case 'a':
				f = FlagASCII
			case 'i':
				f = FlagIgnoreCase
			case 'L':
				f = FlagLocale
			case 'm':
				f = FlagMultiline
			case 's':
				f = FlagDotAll
			case 'u':
				f = FlagUnicode
			case 'x':
				f = FlagVerbose
			case '-':
				if neg {
					return false, tr.errAt(tr.i, "bad inline flags: flag turned on and off")
				}
				neg = true
				tr.i++
				continue
			default:
				f = 0
			}
			if f == 0 {
				break
			}
			if neg {
				if f == FlagASCII || f == FlagUnicode || f == FlagLocale {
					return false, tr.errAt(tr.i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
				}
				off |= f
			} else {
				on |= f
			}
			tr.i++
		}
		if !tr.more() {
			return false, tr.errAt(tr.i, "missing -, : or )")
		}
		if on&FlagLocale != 0 {
			return false, tr.errAt(flagStart, "bad inline flags: cannot use 'L' flag with a str pattern")
		}
		if on&FlagASCII != 0 && on&FlagUnicode != 0 {
			return false, tr.errAt(flagStart, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
		}
		c = tr.peek()
		if c == ')' {
			tr.i++
			if neg {
				return false, tr.errAt(tr.i-1, "missing :")
			}
			if start != 0 {
				return false, tr.errAt(start, "global flags not at the start of the expression")
			}
			tr.flags |= on
			if on&FlagASCII != 0 {
				tr.ascii[0] = true
			}
			if on&FlagVerbose != 0 {
				tr.verbose[0] = true
			}
			// regexp2 supports i, m, s inline
			var fs string
			for _, p := range []struct {
				f int
				c string
			}{{FlagIgnoreCase, "i"}, {FlagMultiline, "m"}, {FlagDotAll, "s"}} {
				if on&p.f != 0 {
					fs += p.c
				}
			}
			if fs != "" {
				tr.out.WriteString("(?" + fs + ")")
			}
			return false, nil
		}
		if c != ':' {
			if c == '-' || strings.ContainsRune("aiLmsux", c) {
				return false, tr.errAt(tr.i, "bad inline flags")
			}
			return false, tr.errAt(tr.i, "unknown flag")
		}
		tr.i++
		var fs string
		for _, p := range []struct {
			f int
			c string
		}{{FlagIgnoreCase, "i"}, {FlagMultiline, "m"}, {FlagDotAll, "s"}} {
			if on&p.f != 0 {
				fs += p.c
			}
		}
		var fo string
		for _, p := range []struct {
			f int
			c string
		}{{FlagIgnoreCase, "i"}, {FlagMultiline, "m"}, {FlagDotAll, "s"}} {
			if off&p.f != 0 {
				fo += p.c
			}
		}
		tr.out.WriteString("(?" + fs)
		if fo != "" {
			tr.out.WriteString("-" + fo)
		}
		tr.out.WriteString(":")
		v := tr.isVerbose()
		if on&FlagVerbose != 0 {
			v = true
		}
		if off&FlagVerbose != 0 {
			v = false
		}
		a := tr.isASCII()
		if on&FlagASCII != 0 {
			a = true
		}
		if on&FlagUnicode != 0 {
			a = false
		}
		tr.verbose = append(tr.verbose, v)
		tr.ascii = append(tr.ascii, a)
		return true, closeGroup(0, true, true)
	}
	return false, tr.errAt(tr.i-1, "unknown extension ?%c", c)
}

const asciiWord = `a-zA-Z0-9_`
const asciiSpace = ` \t\n\r\f\v`

// parseEscape handles a backslash escape outside a class. It reports whether
// the result can be repeated.
func (tr *translator) parseEscape(prevWordLit bool, depth int) (bool, error) {
	start := tr.i
	tr.i++
	if !tr.more() {
		return false, tr.errAt(start, "bad escape (end of pattern)")
	}
	c := tr.src[tr.i]
	tr.i++
	switch c {
	case 'A', 'Z', 'b', 'B', 'd', 'D', 's', 'S', 'w', 'W':
		tr.nonLit = true
		tr.endRun()
	}
	switch c {
	case 'A':
		tr.out.WriteString(`\A`)
		return false, nil
	case 'Z':
		tr.out.WriteString(`\z`)
		return false, nil
	case 'b', 'B':
		// Word boundaries follow Python's \w (so combining marks are not
		// word characters, unlike .NET's \b); \B never matches in an
		// empty string. Next to a literal word character, \b reduces to a
		// single lookaround.
		body, _ := classBody('w', tr.isASCII())
		w := `[` + body + `]`
		switch {
		case c == 'b' && prevWordLit:
			tr.out.WriteString(`(?!` + w + `)`)
		case c == 'b' && tr.nextIsWordLit():
			tr.pendingLB = `(?<!` + w + `[\s\S])`
		case c == 'b':
			tr.out.WriteString(`(?:(?<=` + w + `)(?!` + w + `)|(?<!` + w + `)(?=` + w + `))`)
		default:
			tr.out.WriteString(`(?!\A\z)(?:(?<=` + w + `)(?=` + w + `)|(?<!` + w + `)(?!` + w + `))`)
		}
		return false, nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		tr.out.WriteString(classEscape(c, tr.isASCII()))
		return true, nil
	}
	r, ok, err := tr.literalEscape(c, start, false)
	if err != nil {
		return false, err
	}
	if ok {
		writeLiteral(&tr.out, r)
		tr.lit = append(tr.lit, r)
		tr.litChar(depth, r)
		return true, nil
	}
	tr.nonLit = true
	tr.endRun()
	// group reference
	if c >= '1' && c <= '9' {
		num := string(c)
		if tr.more() && tr.peek() >= '0' && tr.peek() <= '9' {
			num += string(tr.peek())
			tr.i++
		}
		n, _ := strconv.Atoi(num)
		if n > tr.t.Groups {
			return false, tr.errAt(start+1, "invalid group reference %d", n)
		}
		if tr.isOpen(n) {
			return false, tr.errAt(start+1, "cannot refer to an open group")
		}
		fmt.Fprintf(&tr.out, `\k<%d>`, n)
		return true, nil
	}
	return false, tr.errAt(start, "bad escape %s", string(tr.src[start:tr.i]))
}

// classBody returns the class body for \d \D \s \S \w \W and whether the
// escape is the complement of that body.
func classBody(c rune, ascii bool) (string, bool) {
	var body string
	switch c {
	case 'd', 'D':
		body = `0-9\p{Nd}`
		if ascii {
			body = `0-9`
		}
	case 's', 'S':
		body = `\t-\r \x1c-\x1f\s`
		if ascii {
			body = asciiSpace
		}
	default:
		// Python's \w is str.isalnum() plus '_'.
		// ASCII ranges first: regexp2 tests ranges before categories.
		body = `a-zA-Z0-9_\p{L}\p{N}`
		if ascii {
			body = asciiWord
		}
	}
	return body, c == 'D' || c == 'S' || c == 'W'
}

// classEscape translates \d \D \s \S \w \W outside a class.
func classEscape(c rune, ascii bool) string {
	body, neg := classBody(c, ascii)
	if neg {
		return `[^` + body + `]`
	}
	return `[` + body + `]`
}

// literalEscape decodes escapes that stand for one character. ok is false
// when c starts a group reference (outside a class).
func (tr *translator) literalEscape(c rune, start int, inClass bool) (rune, bool, error) {
	switch c {
	case 'a':
		return 7, true, nil
	case 'f':
		return '\f', true, nil
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'v':
		return '\v', true, nil
	case '\\':
		return '\\', true, nil
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		j := tr.i
		for j < len(tr.src) && j-tr.i < n && isHex(tr.src[j]) {
			j++
		}
		if j-tr.i < n {
			return 0, false, tr.errAt(start, "incomplete escape %s", string(tr.src[start:j]))
		}
		v, _ := strconv.ParseUint(string(tr.src[tr.i:j]), 16, 32)
		tr.i = j
		if v > unicode.MaxRune {
			return 0, false, tr.errAt(start, "bad escape %s", string(tr.src[start:j]))
		}
		return rune(v), true, nil
	case 'N':
		if !tr.more() || tr.peek() != '{' {
			return 0, false, tr.errAt(start, "missing {")
		}
		j := tr.i + 1
		for j < len(tr.src) && tr.src[j] != '}' {
			j++
		}
		if j >= len(tr.src) {
			return 0, false, tr.errAt(tr.i+1, "missing }, unterminated name")
		}
		name := string(tr.src[tr.i+1 : j])
		r, ok := LookupName(name)
		if !ok {
			return 0, false, tr.errAt(start, "undefined character name '%s'", name)
		}
		tr.i = j + 1
		return r, true, nil
	case '0':
		v := 0
		k := 0
		for k < 2 && tr.more() && tr.peek() >= '0' && tr.peek() <= '7' {
			v = v*8 + int(tr.peek()-'0')
			tr.i++
			k++
		}
		return rune(v), true, nil
	}
	if c >= '1' && c <= '9' {
		// octal if three octal digits
		if c <= '7' && tr.i+1 < len(tr.src) && isOct(tr.src[tr.i]) && isOct(tr.src[tr.i+1]) {
			v := int(c-'0')*64 + int(tr.src[tr.i]-'0')*8 + int(tr.src[tr.i+1]-'0')
			tr.i += 2
			if v > 0o377 {
				return 0, false, tr.errAt(start, "octal escape value %s outside of range 0-0o377", string(tr.src[start:tr.i]))
			}
			return rune(v), true, nil
		}
		if inClass {
			return 0, false, tr.errAt(start, "bad escape %s", string(tr.src[start:tr.i]))
		}
		return 0, false, nil
	}
	if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return 0, false, tr.errAt(start, "bad escape %s", string(tr.src[start:tr.i]))
	}
	return c, true, nil
}

func isHex(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

func isOct(r rune) bool { return r >= '0' && r <= '7' }

// parseClass translates a character set starting at tr.i ('[').
func (tr *translator) parseClass() error {
	start := tr.i
	tr.i++
	var b strings.Builder // the positive items
	var negs []string     // complemented class bodies (\W, \D, \S)
	negated := false
	if tr.more() && tr.peek() == '^' {
		negated = true
		tr.i++
	}
	first := true
	// item reads one class element: a literal rune (isLit) or a class escape.
	item := func() (rune, string, bool, error) {
		c := tr.src[tr.i]
		itemStart := tr.i
		tr.i++
		if c != '\\' {
			return c, "", true, nil
		}
		if !tr.more() {
			return 0, "", false, tr.errAt(itemStart, "bad escape (end of pattern)")
		}
		e := tr.src[tr.i]
		tr.i++
		switch e {
		case 'd', 'D', 's', 'S', 'w', 'W':
			body, neg := classBody(e, tr.isASCII())
			if neg {
				negs = append(negs, body)
				return 0, "", false, nil
			}
			return 0, body, false, nil
		case 'b':
			return '\b', "", true, nil
		case 'A', 'Z', 'B':
			return 0, "", false, tr.errAt(itemStart, "bad escape %s", string(tr.src[itemStart:tr.i]))
		}
		r, ok, err := tr.literalEscape(e, itemStart, true)
		if err != nil {
			return 0, "", false, err
		}
		if !ok {
			return 0, "", false, tr.errAt(itemStart, "bad escape %s", string(tr.src[itemStart:tr.i]))
		}
		return r, "", true, nil
	}
	for {
		if !tr.more() {
			return tr.errAt(start, "unterminated character set")
		}
		c := tr.peek()
		if c == ']' && !first {
			tr.i++
			break
		}
		first = false
		itemStart := tr.i
		lo, cls, isLit, err := item()
		if err != nil {
			return err
		}
		if !isLit {
			b.WriteString(cls)
			continue
		}
		// range?
		if tr.i+1 < len(tr.src) && tr.src[tr.i] == '-' && tr.src[tr.i+1] != ']' {
			tr.i++
			hi, cls2, isLit2, err := item()
			if err != nil {
				return err
			}
			if !isLit2 {
				_ = cls2
				return tr.errAt(itemStart, "bad character range %s", string(tr.src[itemStart:tr.i]))
			}
			if hi < lo {
				return tr.errAt(itemStart, "bad character range %s", string(tr.src[itemStart:tr.i]))
			}
			writeClassLiteral(&b, lo)
			b.WriteByte('-')
			writeClassLiteral(&b, hi)
			continue
		}
		writeClassLiteral(&b, lo)
	}
	items := b.String()
	var s string
	switch {
	case len(negs) == 0 && negated:
		s = "[^" + items + "]"
	case len(negs) == 0:
		s = "[" + items + "]"
	case !negated:
		var alts []string
		if items != "" {
			alts = append(alts, "["+items+"]")
		}
		for _, n := range negs {
			alts = append(alts, "[^"+n+"]")
		}
		s = "(?:" + strings.Join(alts, "|") + ")"
	default:
		s = "(?:"
		if items != "" {
			s += "(?![" + items + "])"
		}
		for _, n := range negs[:len(negs)-1] {
			s += "(?=[" + n + "])"
		}
		s += "[" + negs[len(negs)-1] + "])"
	}
	tr.out.WriteString(s)
	return nil
}

// isWordRune reports whether r is a word character for the current mode.
func (tr *translator) isWordRune(r rune) bool {
	if r == '_' || (r >= '0' && r <= '9') || (r|0x20 >= 'a' && r|0x20 <= 'z') {
		return true
	}
	if tr.isASCII() || r < 128 {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// nextIsWordLit reports whether the pattern continues with a literal word
// character that is not followed by a quantifier (which could make it
// optional).
func (tr *translator) nextIsWordLit() bool {
	if tr.isVerbose() || tr.i >= len(tr.src) {
		return false
	}
	c := tr.src[tr.i]
	if !tr.isWordRune(c) {
		return false
	}
	if tr.i+1 < len(tr.src) {
		switch tr.src[tr.i+1] {
		case '*', '+', '?', '{':
			return false
		}
	}
	return true
}
