package userconfig

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// BotPassword is a password-file BotPassword('suffix', 'password').
type BotPassword struct {
	Suffix, Password string
}

// PasswordEntry is one valid line of a password file. Code and Family are
// "" when the tuple does not give them (they then match any site).
type PasswordEntry struct {
	Line         int
	Code, Family string
	User         string
	Password     string       // plain password (Bot == nil)
	Bot          *BotPassword // BotPassword form
	Fields       int          // tuple length: 2, 3 or 4
}

// LineProblem is a password-file line that was not understood. Msg never
// contains the line's content (it may hold a secret).
type LineProblem struct {
	Line int
	Msg  string
	// Stops is set for a line whose evaluation raises in pywikibot's
	// reader (a name it does not define, an unset os.environ['X']): its
	// login stops there with that exception and reads no line above.
	Stops bool
	// Import is set for an import line: gowikibot's parser allows it,
	// pywikibot's reader warns "Invalid tuple" for it and goes on.
	Import bool
}

func (p LineProblem) String() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

// ParsePasswordFile reads a password file as Python literals, never
// executing it. Accepted per line: blank lines, comments, import lines
// ("import os", "from pywikibot.login import BotPassword"), and tuples
// (user, pw), (family, user, pw), (code, family, user, pw) whose password
// may be BotPassword('suffix', 'pw'); any string may instead be
// os.environ['X'], os.environ.get('X'[, default]) or os.getenv('X'[,
// default]), looked up in env.
func ParsePasswordFile(data []byte, env map[string]string) ([]PasswordEntry, []LineProblem) {
	var entries []PasswordEntry
	var probs []LineProblem
	text := strings.TrimPrefix(string(data), "\ufeff")
	lines := strings.Split(text, "\n")
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimSpace(strings.TrimSuffix(raw, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			probs = append(probs, LineProblem{Line: n, Msg: "not valid UTF-8"})
			continue
		}
		if isImportLine(line) {
			continue
		}
		p := &pwParser{s: line, env: env}
		vals, err := p.tuple()
		if err != nil {
			var ke envKeyError
			switch {
			case errors.As(err, &ke):
				probs = append(probs, LineProblem{Line: n, Msg: err.Error(), Stops: true})
			case isBareName(line):
				// the name itself is not shown: a word alone on a line of
				// the password file may be the password
				probs = append(probs, LineProblem{Line: n, Msg: "NameError: a name alone on the line is not defined (the name is not shown: it may be a secret)", Stops: true})
			default:
				probs = append(probs, LineProblem{Line: n, Msg: err.Error()})
			}
			continue
		}
		if len(vals) < 2 || len(vals) > 4 {
			probs = append(probs, LineProblem{Line: n, Msg: fmt.Sprintf("The length of tuple in line %d should be 2 to 4 (%d given)", n, len(vals))})
			continue
		}
		for _, note := range p.notes {
			probs = append(probs, LineProblem{Line: n, Msg: note})
		}
		e := PasswordEntry{Line: n, Fields: len(vals)}
		strs := make([]string, len(vals)-1)
		ok := true
		for j, v := range vals[:len(vals)-1] {
			s, isStr := v.(string)
			if !isStr {
				ok = false
				break
			}
			strs[j] = s
		}
		if !ok {
			probs = append(probs, LineProblem{Line: n, Msg: "only the last item may be a BotPassword"})
			continue
		}
		switch len(vals) {
		case 2:
			e.User = strs[0]
		case 3:
			e.Family, e.User = strs[0], strs[1]
		case 4:
			e.Code, e.Family, e.User = strs[0], strs[1], strs[2]
		}
		switch pw := vals[len(vals)-1].(type) {
		case string:
			e.Password = pw
		case *BotPassword:
			if strings.Contains(pw.Suffix, "@") {
				probs = append(probs, LineProblem{Line: n, Msg: "The BotPassword entry should only include the suffix"})
				continue
			}
			e.Bot = pw
		}
		entries = append(entries, e)
	}
	return entries, probs
}

func isImportLine(line string) bool {
	code, _, _ := strings.Cut(line, "#")
	f := strings.Fields(code)
	if len(f) >= 2 && f[0] == "import" {
		return true
	}
	return len(f) >= 4 && f[0] == "from" && f[2] == "import"
}

// pwParser is a recursive-descent parser for one password-file line.
type pwParser struct {
	s   string
	pos int
	env map[string]string
	// notes are warnings about a line that is still used.
	notes []string
}

var errInvalidTuple = errors.New("Invalid tuple")

// envKeyError is an os.environ['X'] lookup of an unset variable: a
// KeyError in Python.
type envKeyError string

func (e envKeyError) Error() string {
	return fmt.Sprintf("environment variable %s is not set (KeyError)", string(e))
}

// PywikibotClass: the problem is reported by config check, not raised in a
// script (a script's login skips the line with a warning).
func (e envKeyError) PywikibotClass() string { return "Error" }

// isBareName reports whether line is a Python name alone (not a keyword
// constant): evaluated, a NameError.
func isBareName(line string) bool {
	if pyKeywords[line] || line == "True" || line == "False" || line == "None" {
		return false // a constant, or a keyword: a SyntaxError alone
	}
	for i, r := range line {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return line != ""
}

var pyKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields("and as assert async await break class continue def del elif else except " +
		"finally for from global if import in is lambda nonlocal not or pass raise return try while with yield") {
		pyKeywords[k] = true
	}
}

// envNoneError is an os.environ.get('X') / os.getenv('X') lookup of an
// unset variable with no default: None in Python.
type envNoneError string

func (e envNoneError) Error() string {
	return fmt.Sprintf("environment variable %s is not set and has no default", string(e))
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e envNoneError) PywikibotClass() string { return "Error" }

func (p *pwParser) skipSpace() {
	for p.pos < len(p.s) && (p.s[p.pos] == ' ' || p.s[p.pos] == '\t') {
		p.pos++
	}
}

func (p *pwParser) eat(tok string) bool {
	p.skipSpace()
	if strings.HasPrefix(p.s[p.pos:], tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

// tuple parses the whole line: "(" value {"," value} [","] ")" [comment].
func (p *pwParser) tuple() ([]any, error) {
	if !p.eat("(") {
		return nil, errInvalidTuple
	}
	var vals []any
	for {
		if p.eat(")") {
			break
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		vals = append(vals, v)
		if p.eat(",") {
			continue
		}
		if !p.eat(")") {
			return nil, errInvalidTuple
		}
		break
	}
	p.skipSpace()
	if p.pos < len(p.s) && p.s[p.pos] != '#' {
		return nil, errInvalidTuple
	}
	if len(vals) == 1 {
		// (x) without a comma is not a tuple in Python; (x,) is a 1-tuple.
		if !strings.Contains(p.s[:p.pos], ",") {
			return nil, errInvalidTuple
		}
	}
	return vals, nil
}

// value parses a string, BotPassword(...) or an environment lookup.
func (p *pwParser) value() (any, error) {
	p.skipSpace()
	switch {
	case p.eat("BotPassword("):
		a, err := p.str()
		if err != nil {
			return nil, err
		}
		if !p.eat(",") {
			return nil, errInvalidTuple
		}
		b, err := p.str()
		var none envNoneError
		if errors.As(err, &none) {
			// BotPassword('suffix', None): pywikibot still logs in as
			// user@suffix, with no password (it asks for one).
			p.notes = append(p.notes, err.Error()+"; no password")
		} else if err != nil {
			return nil, err
		}
		p.eat(",")
		if !p.eat(")") {
			return nil, errInvalidTuple
		}
		return &BotPassword{Suffix: a, Password: b}, nil
	}
	return p.str()
}

// str parses a string literal or an environment lookup.
func (p *pwParser) str() (string, error) {
	p.skipSpace()
	if p.pos >= len(p.s) {
		return "", errInvalidTuple
	}
	switch {
	case p.eat("os.environ["):
		name, err := p.literal()
		if err != nil {
			return "", err
		}
		if !p.eat("]") {
			return "", errInvalidTuple
		}
		v, ok := p.env[name]
		if !ok {
			return "", envKeyError(name)
		}
		return v, nil
	case p.eat("os.environ.get("), p.eat("os.getenv("):
		name, err := p.literal()
		if err != nil {
			return "", err
		}
		def, hasDef := "", false
		if p.eat(",") {
			if !p.eat(")") {
				if p.eat("None") {
					hasDef = false
				} else {
					def, err = p.literal()
					if err != nil {
						return "", err
					}
					hasDef = true
				}
				p.eat(",")
			} else {
				p.pos--
			}
		}
		if !p.eat(")") {
			return "", errInvalidTuple
		}
		if v, ok := p.env[name]; ok {
			return v, nil
		}
		if !hasDef {
			return "", envNoneError(name)
		}
		return def, nil
	}
	return p.literal()
}

// literal parses a Python string literal with an optional r/u prefix,
// single, double or triple quotes, and the common escapes; adjacent
// literals are concatenated.
func (p *pwParser) literal() (string, error) {
	var out strings.Builder
	n := 0
	for {
		p.skipSpace()
		start := p.pos
		raw := false
		for p.pos < len(p.s) && strings.ContainsRune("rRuU", rune(p.s[p.pos])) && p.pos-start < 2 {
			if p.s[p.pos] == 'r' || p.s[p.pos] == 'R' {
				raw = true
			}
			p.pos++
		}
		if p.pos >= len(p.s) || (p.s[p.pos] != '\'' && p.s[p.pos] != '"') {
			p.pos = start
			if n == 0 {
				return "", errInvalidTuple
			}
			return out.String(), nil
		}
		q := string(p.s[p.pos])
		if strings.HasPrefix(p.s[p.pos:], q+q+q) {
			q = q + q + q
		}
		p.pos += len(q)
		closed := false
		for p.pos < len(p.s) {
			if strings.HasPrefix(p.s[p.pos:], q) {
				p.pos += len(q)
				closed = true
				break
			}
			c := p.s[p.pos]
			if c == '\\' && p.pos+1 < len(p.s) {
				if raw {
					out.WriteByte(c)
					out.WriteByte(p.s[p.pos+1])
					p.pos += 2
					continue
				}
				if err := p.escape(&out); err != nil {
					return "", err
				}
				continue
			}
			r, size := utf8.DecodeRuneInString(p.s[p.pos:])
			out.WriteRune(r)
			p.pos += size
		}
		if !closed {
			return "", errInvalidTuple
		}
		n++
	}
}

func (p *pwParser) escape(out *strings.Builder) error {
	c := p.s[p.pos+1]
	p.pos += 2
	switch c {
	case '\\', '\'', '"':
		out.WriteByte(c)
	case 'n':
		out.WriteByte('\n')
	case 't':
		out.WriteByte('\t')
	case 'r':
		out.WriteByte('\r')
	case '0':
		out.WriteByte(0)
	case 'x', 'u', 'U':
		size := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
		if p.pos+size > len(p.s) {
			return errInvalidTuple
		}
		var r rune
		for _, h := range p.s[p.pos : p.pos+size] {
			d := strings.IndexRune("0123456789abcdef", unicode.ToLower(h))
			if d < 0 {
				return errInvalidTuple
			}
			r = r*16 + rune(d)
		}
		p.pos += size
		out.WriteRune(r)
	default:
		out.WriteByte('\\')
		out.WriteByte(c)
	}
	return nil
}

// NormalizeUsername is pywikibot's normalize_username: runs of '_' and ' '
// become one space, the ends are trimmed and the first letter uppercased.
func NormalizeUsername(u string) string {
	var b strings.Builder
	space := false
	for _, r := range u {
		if r == '_' || r == ' ' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	s := b.String()
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// PasswordFileError is an error reading the password file.
type PasswordFileError struct {
	File string
	Msg  string
	// NotFound is set when the file does not exist; Raw is then
	// password_file as user-config.py wrote it (pywikibot's
	// FileNotFoundError names that).
	NotFound bool
	Raw      string
}

func (e *PasswordFileError) Error() string { return e.File + ": " + e.Msg }

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *PasswordFileError) PywikibotClass() string { return "Error" }

// Password returns the login name and password the login would use for
// user on family:code, from the password file: the last matching line
// wins; a BotPassword makes the login name user@suffix. With no password
// file or no matching line, password is "" and loginName is user. The file
// must not be a symlink; its mode is tightened to private_files_permission
// (with pywikibot's warning).
func (c *Config) Password(family, code, user string) (loginName, password string, err error) {
	return c.PasswordW(family, code, user, os.Stderr)
}

// PasswordW is Password with warnings written to w (nil: discarded).
func (c *Config) PasswordW(family, code, user string, w io.Writer) (loginName, password string, err error) {
	if c.PasswordFile == "" {
		return user, "", nil
	}
	entries, probs, imports, err := c.readPasswordFile(w, false)
	if err != nil {
		return user, "", err
	}
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		f, cd := e.Family, e.Code
		if e.Fields < 3 {
			f = family
		}
		if e.Fields < 4 {
			cd = code
		}
		if NormalizeUsername(e.User) != user || f != family || cd != code {
			continue
		}
		c.warnScannedLines(w, probs, imports, e.Line)
		if e.Bot != nil {
			return user + "@" + e.Bot.Suffix, e.Bot.Password, nil
		}
		return user, e.Password, nil
	}
	c.warnScannedLines(w, probs, imports, 0)
	return user, "", nil
}

// warnScannedLines warns, as pywikibot's LoginManager.readPassword does,
// about the lines it reads: it reads the file from the last line up and
// stops at the matching entry (matched, 0 for none), so only the bad lines
// below that entry (and gowikibot's notes on the entry) are reported, last
// line first. An import line is one of
// them: pywikibot evaluates each line as an expression, and "import os" is
// an "Invalid tuple" to it (gowikibot's parser allows such lines).
func (c *Config) warnScannedLines(w io.Writer, probs []LineProblem, imports []int, matched int) {
	all := append([]LineProblem{}, probs...)
	for _, n := range imports {
		all = append(all, LineProblem{Line: n, Msg: errInvalidTuple.Error()})
	}
	slices.SortStableFunc(all, func(a, b LineProblem) int { return b.Line - a.Line })
	for _, p := range all {
		if p.Line >= matched { // a note on the matching line itself too
			c.warnLine(w, p)
		}
	}
}

// warnLine writes the warning about one bad password-file line to w, once
// per configuration.
func (c *Config) warnLine(w io.Writer, p LineProblem) {
	path := c.PasswordFile
	msg := fmt.Sprintf("%s: Invalid tuple in line %d", path, p.Line)
	if p.Msg != errInvalidTuple.Error() {
		msg = fmt.Sprintf("%s: line %d: %s", path, p.Line, p.Msg)
	}
	if slices.Contains(c.Warnings, msg) {
		return // already said: the file is read once per login
	}
	c.Warnings = append(c.Warnings, msg)
	if w != nil {
		fmt.Fprintln(w, "WARNING: "+msg)
	}
}

// ReadPasswordFile checks, fixes the mode of and parses the password file,
// writing pywikibot's warnings (mode change, invalid lines) to w.
func (c *Config) ReadPasswordFile(w io.Writer) ([]PasswordEntry, []LineProblem, error) {
	entries, probs, _, err := c.readPasswordFile(w, true)
	return entries, probs, err
}

// readPasswordFile is ReadPasswordFile, which warns about every bad line
// when warnLines is set, and also gives the numbers of the import lines.
func (c *Config) readPasswordFile(w io.Writer, warnLines bool) ([]PasswordEntry, []LineProblem, []int, error) {
	path := c.PasswordFile
	fi, err := os.Lstat(path)
	if err != nil {
		if os.IsNotExist(err) {
			raw := c.PasswordFileRaw
			if raw == "" {
				raw = path
			}
			return nil, nil, nil, &PasswordFileError{File: path, Msg: "[Errno 2] No such file or directory (FileNotFoundError); create it, or set password_file in user-config.py to an existing file (or None to be asked at login)", NotFound: true, Raw: raw}
		}
		return nil, nil, nil, &PasswordFileError{File: path, Msg: err.Error()}
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		return nil, nil, nil, &PasswordFileError{File: path, Msg: "the password file must not be a symbolic link; refused"}
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, nil, &PasswordFileError{File: path, Msg: "not a regular file"}
	}
	want := os.FileMode(c.PrivateFilesPermission)
	if want == 0 {
		want = 0o600
	}
	cur := fi.Mode() & (os.ModePerm | os.ModeSetuid | os.ModeSetgid | os.ModeSticky)
	if cur != want {
		if err := os.Chmod(path, want); err == nil && w != nil {
			msg := fmt.Sprintf("File %s had %o mode; converted to %o mode.", path, unixMode(cur), uint32(want))
			c.Warnings = append(c.Warnings, msg)
			fmt.Fprintln(w, "WARNING: "+msg)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, nil, &PasswordFileError{File: path, Msg: err.Error()}
	}
	env := c.Env
	if len(env) == 0 {
		env = envMap(os.Environ())
	}
	entries, probs := ParsePasswordFile(data, env)
	if warnLines {
		for _, p := range probs {
			c.warnLine(w, p)
		}
	}
	return entries, probs, importLines(data), nil
}

// importLines are the numbers of the password file's import lines.
func importLines(data []byte) []int {
	var lines []int
	for i, raw := range strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n") {
		line := strings.TrimSpace(strings.TrimSuffix(raw, "\r"))
		if !strings.HasPrefix(line, "#") && isImportLine(line) {
			lines = append(lines, i+1)
		}
	}
	return lines
}

func unixMode(m os.FileMode) uint32 {
	v := uint32(m.Perm())
	if m&os.ModeSetuid != 0 {
		v |= 0o4000
	}
	if m&os.ModeSetgid != 0 {
		v |= 0o2000
	}
	if m&os.ModeSticky != 0 {
		v |= 0o1000
	}
	return v
}
