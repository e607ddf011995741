package pyre

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/go-python/gpython/py"
)

// MatchTimeout bounds one regular expression search (catastrophic
// backtracking guard); exceeding it raises RuntimeError.
var MatchTimeout = 60 * time.Second

// Pattern is a compiled Python regular expression (re.Pattern).
type Pattern struct {
	Source  string // the pattern as given (str, or bytes decoded as Latin-1)
	IsBytes bool
	// bytesType is the Go type of the bytes object the pattern came from.
	bytesType reflect.Type
	Flags     int
	Tr        *Translated

	once                            sync.Mutex
	search, match, fullre, nonempty *regexp2.Regexp
}

// PatternType is re.Pattern.
var PatternType = py.NewType("Pattern", "Compiled regular expression object.")

// Type returns re.Pattern.
func (p *Pattern) Type() *py.Type { return PatternType }

var (
	cacheMu sync.Mutex
	cache   = map[string]*Pattern{}
)

const maxCache = 512

// Purge clears the compiled pattern cache.
func Purge() {
	cacheMu.Lock()
	cache = map[string]*Pattern{}
	cacheMu.Unlock()
}

// Compile returns the compiled form of a Python pattern, from the cache when
// possible.
func Compile(src string, isBytes bool, flags int) (*Pattern, error) {
	key := strconv.Itoa(flags) + "\x00" + src
	if isBytes {
		key = "b" + key
	}
	cacheMu.Lock()
	p := cache[key]
	cacheMu.Unlock()
	if p != nil {
		return p, nil
	}
	tflags := flags
	if isBytes {
		if flags&FlagUnicode != 0 {
			return nil, &SyntaxError{Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		tflags |= FlagASCII
	}
	tr, err := Translate(src, tflags)
	if err != nil {
		return nil, err
	}
	if isBytes {
		if flags&FlagASCII == 0 {
			tr.Flags &^= FlagASCII
		}
		tr.Flags &^= FlagUnicode
	}
	p = &Pattern{Source: src, IsBytes: isBytes, Flags: tr.Flags, Tr: tr}
	if _, err := p.regex(0); err != nil {
		return nil, err
	}
	cacheMu.Lock()
	if len(cache) >= maxCache {
		cache = map[string]*Pattern{}
	}
	cache[key] = p
	cacheMu.Unlock()
	return p, nil
}

const (
	modeSearch = iota
	modeMatch
	modeFull
	modeNonEmpty
)

// regex returns the regexp2 program for a mode (search, anchored match, or
// full match), compiling it on first use.
func (p *Pattern) regex(mode int) (*regexp2.Regexp, error) {
	p.once.Lock()
	defer p.once.Unlock()
	var slot **regexp2.Regexp
	expr := p.Tr.Expr
	switch mode {
	case modeSearch:
		slot = &p.search
	case modeMatch:
		slot = &p.match
		expr = `\G(?:` + expr + `)`
	case modeFull:
		slot = &p.fullre
		expr = `\G(?:` + expr + `)\z`
	default:
		slot = &p.nonempty
		expr = `\G(?:` + expr + `)(?!\G)`
	}
	if *slot != nil {
		return *slot, nil
	}
	opts := regexp2.RegexOptions(0)
	if p.Flags&FlagIgnoreCase != 0 {
		opts |= regexp2.IgnoreCase
	}
	if p.Flags&FlagMultiline != 0 {
		opts |= regexp2.Multiline
	}
	if p.Flags&FlagDotAll != 0 {
		opts |= regexp2.Singleline
	}
	re, err := regexp2.Compile(expr, opts)
	if err != nil {
		return nil, &SyntaxError{Msg: cleanRegexp2Error(err), Pattern: p.Source, Pos: -1}
	}
	re.MatchTimeout = MatchTimeout
	*slot = re
	return re, nil
}

func cleanRegexp2Error(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, " - "); i >= 0 {
		s = s[i+3:]
	}
	return s
}

// MatchData is the outcome of one successful match, in code point offsets.
type MatchData struct {
	Spans []int // 2 per group (group 0 first); -1 when a group did not take part
}

// find runs the program of mode on text from pos (text already cut at
// endpos). It returns nil when there is no match.
func (p *Pattern) find(mode int, text []rune, pos int) (*MatchData, error) {
	re, err := p.regex(mode)
	if err != nil {
		return nil, err
	}
	if pos > len(text) {
		return nil, nil
	}
	m, err := re.FindRunesMatchStartingAt(text, pos)
	if err != nil {
		return nil, timeoutErr(err)
	}
	if m == nil {
		return nil, nil
	}
	return p.data(m), nil
}

func timeoutErr(err error) error {
	return py.ExceptionNewf(py.RuntimeError, "regular expression match timed out: %s", err.Error())
}

func (p *Pattern) data(m *regexp2.Match) *MatchData {
	n := p.Tr.Groups
	spans := make([]int, 2*(n+1))
	spans[0], spans[1] = m.Index, m.Index+m.Length
	for g := 1; g <= n; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			spans[2*g], spans[2*g+1] = -1, -1
			continue
		}
		spans[2*g], spans[2*g+1] = grp.Index, grp.Index+grp.Length
	}
	return &MatchData{Spans: spans}
}

// scanner walks the non-overlapping matches of a pattern in text, with
// Python 3.7+ empty match rules.
type scanner struct {
	p       *Pattern
	text    []rune
	next    int  // where the next search starts
	afterEm bool // the previous match was empty (at next)
	done    bool
}

func (p *Pattern) scan(text []rune, pos int) *scanner {
	return &scanner{p: p, text: text, next: pos, done: pos > len(text)}
}

// nextMatch returns the next match, or nil at the end.
func (sc *scanner) nextMatch() (*MatchData, error) {
	if sc.done {
		return nil, nil
	}
	if lit := sc.p.Tr.Literal; lit != nil {
		i := indexRunes(sc.text, lit, sc.next)
		if i < 0 {
			sc.done = true
			return nil, nil
		}
		sc.next = i + len(lit)
		return &MatchData{Spans: []int{i, i + len(lit)}}, nil
	}
	re, err := sc.p.regex(modeSearch)
	if err != nil {
		return nil, err
	}
	var m *regexp2.Match
	if sc.afterEm {
		// After an empty match, Python first looks for a non-empty match
		// at the same position, then searches on from the next one.
		ne, err := sc.p.regex(modeNonEmpty)
		if err != nil {
			return nil, err
		}
		if m, err = ne.FindRunesMatchStartingAt(sc.text, sc.next); err != nil {
			return nil, timeoutErr(err)
		}
		if m == nil {
			if sc.next >= len(sc.text) {
				sc.done = true
				return nil, nil
			}
			if m, err = re.FindRunesMatchStartingAt(sc.text, sc.next+1); err != nil {
				return nil, timeoutErr(err)
			}
		}
	} else if m, err = re.FindRunesMatchStartingAt(sc.text, sc.next); err != nil {
		return nil, timeoutErr(err)
	}
	if m == nil {
		sc.done = true
		return nil, nil
	}
	sc.next = m.Index + m.Length
	sc.afterEm = m.Length == 0
	return sc.p.data(m), nil
}

// indexRunes finds lit in text at or after from, or returns -1.
func indexRunes(text, lit []rune, from int) int {
	first := lit[0]
	last := len(text) - len(lit)
	for i := from; i <= last; i++ {
		if text[i] != first {
			continue
		}
		j := 1
		for j < len(lit) && text[i+j] == lit[j] {
			j++
		}
		if j == len(lit) {
			return i
		}
	}
	return -1
}

// each calls fn for every non-overlapping match in text[pos:], with
// Python 3.7+ empty match rules, until fn returns false.
func (p *Pattern) each(text []rune, pos int, fn func(md *MatchData) bool) error {
	sc := p.scan(text, pos)
	for {
		md, err := sc.nextMatch()
		if err != nil || md == nil {
			return err
		}
		if !fn(md) {
			return nil
		}
	}
}
