package textmods

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// Wrapper holds textwrap.TextWrapper's options.
type Wrapper struct {
	Width              int
	InitialIndent      string
	SubsequentIndent   string
	ExpandTabs         bool
	ReplaceWhitespace  bool
	FixSentenceEndings bool
	BreakLongWords     bool
	DropWhitespace     bool
	BreakOnHyphens     bool
	TabSize            int
	MaxLines           int // 0 for no limit
	Placeholder        string
}

// DefaultWrapper returns TextWrapper's defaults.
func DefaultWrapper() *Wrapper {
	return &Wrapper{Width: 70, ExpandTabs: true, ReplaceWhitespace: true, BreakLongWords: true,
		DropWhitespace: true, BreakOnHyphens: true, TabSize: 8, Placeholder: " [...]"}
}

func expandTabs(s string, tab int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func isPyWS(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// chunks splits text into words and whitespace runs (and hyphenated parts).
func (w *Wrapper) chunks(text string) []string {
	var out []string
	r := []rune(text)
	i := 0
	for i < len(r) {
		j := i
		if isPyWS(r[i]) {
			for j < len(r) && isPyWS(r[j]) {
				j++
			}
			out = append(out, string(r[i:j]))
			i = j
			continue
		}
		for j < len(r) && !isPyWS(r[j]) {
			j++
		}
		word := r[i:j]
		if w.BreakOnHyphens {
			out = append(out, splitHyphens(word)...)
		} else {
			out = append(out, string(word))
		}
		i = j
	}
	return out
}

func isLetterRune(r rune) bool { return isWordRune(r) && !unicode.IsDigit(r) }

func isWordPunct(r rune) bool { return isWordRune(r) || strings.ContainsRune("!\"'&.,?", r) }

// splitHyphens breaks a word after hyphens joining letters (and around
// em-dashes written as two or more hyphens), as TextWrapper does.
func splitHyphens(word []rune) []string {
	var out []string
	start := 0
	at := func(k int) rune {
		if k < 0 || k >= len(word) {
			return 0
		}
		return word[k]
	}
	for k := 0; k < len(word); k++ {
		if word[k] != '-' {
			continue
		}
		// em-dash: a run of 2+ hyphens between a word character and a word
		if at(k+1) == '-' {
			e := k
			for e < len(word) && word[e] == '-' {
				e++
			}
			if k > start && isWordPunct(at(k-1)) && e < len(word) && isWordRune(word[e]) {
				out = append(out, string(word[start:k]), string(word[k:e]))
				start = e
				k = e - 1
				continue
			}
			k = e - 1
			continue
		}
		if k == start {
			continue
		}
		before := (k-start >= 2 && isLetterRune(at(k-1)) && isLetterRune(at(k-2))) ||
			(k-start >= 3 && isLetterRune(at(k-1)) && at(k-2) == '-' && isLetterRune(at(k-3)))
		after := isLetterRune(at(k+1)) && (isLetterRune(at(k+2)) || (at(k+2) == '-' && isLetterRune(at(k+3))))
		if before && after {
			out = append(out, string(word[start:k+1]))
			start = k + 1
		}
	}
	out = append(out, string(word[start:]))
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func rlen(s string) int { return len([]rune(s)) }

func isBlank(s string) bool { return strings.TrimFunc(s, isPyWS) == "" }

// Wrap splits text into lines of at most Width characters.
func (w *Wrapper) Wrap(text string) ([]string, error) {
	if w.ExpandTabs {
		text = expandTabs(text, w.TabSize)
	}
	if w.ReplaceWhitespace {
		text = strings.Map(func(r rune) rune {
			if isPyWS(r) {
				return ' '
			}
			return r
		}, text)
	}
	chunks := w.chunks(text)
	if w.FixSentenceEndings {
		fixSentenceEndings(chunks)
	}
	if w.Width <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "invalid width %d (must be > 0)", w.Width)
	}
	if w.MaxLines > 0 {
		indent := w.SubsequentIndent
		if w.MaxLines == 1 {
			indent = w.InitialIndent
		}
		if rlen(indent)+rlen(strings.TrimLeft(w.Placeholder, " ")) > w.Width {
			return nil, py.ExceptionNewf(py.ValueError, "placeholder too large for max width")
		}
	}
	// reverse for pop from the end
	for i, j := 0, len(chunks)-1; i < j; i, j = i+1, j-1 {
		chunks[i], chunks[j] = chunks[j], chunks[i]
	}
	var lines []string
	for len(chunks) > 0 {
		var cur []string
		curLen := 0
		indent := w.InitialIndent
		if len(lines) > 0 {
			indent = w.SubsequentIndent
		}
		width := w.Width - rlen(indent)
		if w.DropWhitespace && isBlank(chunks[len(chunks)-1]) && len(lines) > 0 {
			chunks = chunks[:len(chunks)-1]
		}
		for len(chunks) > 0 {
			l := rlen(chunks[len(chunks)-1])
			if curLen+l <= width {
				cur = append(cur, chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
				curLen += l
			} else {
				break
			}
		}
		if len(chunks) > 0 && rlen(chunks[len(chunks)-1]) > width {
			// long word
			spaceLeft := width - curLen
			if width < 1 {
				spaceLeft = 1
			}
			if spaceLeft < 1 {
				spaceLeft = 1
			}
			if w.BreakLongWords {
				last := []rune(chunks[len(chunks)-1])
				end := spaceLeft
				if w.BreakOnHyphens && len(last) > spaceLeft {
					// break after the last hyphen within the space, if any
					h := -1
					for k := 0; k < spaceLeft; k++ {
						if last[k] == '-' {
							h = k
						}
					}
					if h > 0 {
						allHyphens := true
						for _, c := range last[:h] {
							if c != '-' {
								allHyphens = false
							}
						}
						if !allHyphens {
							end = h + 1
						}
					}
				}
				cur = append(cur, string(last[:end]))
				curLen += end
				chunks[len(chunks)-1] = string(last[end:])
			} else if len(cur) == 0 {
				cur = append(cur, chunks[len(chunks)-1])
				curLen += rlen(chunks[len(chunks)-1])
				chunks = chunks[:len(chunks)-1]
			}
		}
		if w.DropWhitespace && len(cur) > 0 && isBlank(cur[len(cur)-1]) {
			curLen -= rlen(cur[len(cur)-1])
			cur = cur[:len(cur)-1]
		}
		if len(cur) == 0 {
			continue
		}
		restEmpty := len(chunks) == 0 || (w.DropWhitespace && len(chunks) == 1 && isBlank(chunks[0]))
		if w.MaxLines == 0 || len(lines)+1 < w.MaxLines || (restEmpty && curLen <= width) {
			lines = append(lines, indent+strings.Join(cur, ""))
			continue
		}
		placed := false
		for len(cur) > 0 {
			last := cur[len(cur)-1]
			if !isBlank(last) && curLen+rlen(w.Placeholder) <= width {
				cur = append(cur, w.Placeholder)
				lines = append(lines, indent+strings.Join(cur, ""))
				placed = true
				break
			}
			curLen -= rlen(last)
			cur = cur[:len(cur)-1]
		}
		if !placed {
			if len(lines) > 0 {
				prev := strings.TrimRightFunc(lines[len(lines)-1], isPyWS)
				if rlen(prev)+rlen(w.Placeholder) <= w.Width {
					lines[len(lines)-1] = prev + w.Placeholder
					break
				}
			}
			lines = append(lines, indent+strings.TrimLeft(w.Placeholder, " "))
		}
		break
	}
	return lines, nil
}

// fixSentenceEndings makes the space after a sentence end two spaces: a
// chunk ending in a lowercase letter, then '.', '!' or '?', optionally a
// quote, followed by a single-space chunk.
func fixSentenceEndings(chunks []string) {
	for i := 0; i+1 < len(chunks); i++ {
		if chunks[i+1] != " " {
			continue
		}
		r := []rune(chunks[i])
		n := len(r)
		if n > 0 && (r[n-1] == '"' || r[n-1] == '\'') {
			n--
		}
		if n >= 2 && strings.ContainsRune(".!?", r[n-1]) && r[n-2] >= 'a' && r[n-2] <= 'z' {
			chunks[i+1] = "  "
			i++
		}
	}
}

// Dedent removes common leading whitespace.
func Dedent(text string) string {
	lines := strings.Split(text, "\n")
	margin := ""
	first := true
	for i, l := range lines {
		if strings.TrimLeft(l, " \t") == "" {
			lines[i] = ""
			continue
		}
		ws := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			margin = ws
			first = false
			continue
		}
		if strings.HasPrefix(ws, margin) {
			continue
		}
		if strings.HasPrefix(margin, ws) {
			margin = ws
			continue
		}
		// common prefix
		k := 0
		for k < len(margin) && k < len(ws) && margin[k] == ws[k] {
			k++
		}
		margin = margin[:k]
	}
	if margin != "" {
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(l, margin)
		}
	}
	return strings.Join(lines, "\n")
}

// splitKeepEnds splits s into lines keeping the line endings.
func splitKeepEnds(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r")
		if i < 0 {
			out = append(out, s)
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

func wrapperFromKw(w *Wrapper, kwargs py.StringDict) error {
	for k, v := range kwargs {
		var err error
		switch k {
		case "width":
			w.Width, err = intArg(v, 70)
		case "initial_indent":
			w.InitialIndent, err = strArg("TextWrapper", v, "")
		case "subsequent_indent":
			w.SubsequentIndent, err = strArg("TextWrapper", v, "")
		case "expand_tabs":
			w.ExpandTabs, err = truth(v)
		case "replace_whitespace":
			w.ReplaceWhitespace, err = truth(v)
		case "fix_sentence_endings":
			w.FixSentenceEndings, err = truth(v)
		case "break_long_words":
			w.BreakLongWords, err = truth(v)
		case "drop_whitespace":
			w.DropWhitespace, err = truth(v)
		case "break_on_hyphens":
			w.BreakOnHyphens, err = truth(v)
		case "tabsize":
			w.TabSize, err = intArg(v, 8)
		case "max_lines":
			w.MaxLines, err = intArg(v, 0)
		case "placeholder":
			w.Placeholder, err = strArg("TextWrapper", v, " [...]")
		default:
			return py.ExceptionNewf(py.TypeError, "TextWrapper.__init__() got an unexpected keyword argument '%s'", k)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// TextWrapperObj is a textwrap.TextWrapper instance.
type TextWrapperObj struct {
	W *Wrapper
}

// TextWrapperType is textwrap.TextWrapper.
var TextWrapperType = py.NewTypeX("TextWrapper", "", func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	w := DefaultWrapper()
	names := []string{"width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace", "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize"}
	kw := py.NewStringDict()
	for i, a := range args {
		if i < len(names) {
			kw[names[i]] = a
		}
	}
	for k, v := range kwargs {
		kw[k] = v
	}
	if err := wrapperFromKw(w, kw); err != nil {
		return nil, err
	}
	return &TextWrapperObj{W: w}, nil
}, nil)

// Type returns textwrap.TextWrapper.
func (t *TextWrapperObj) Type() *py.Type { return TextWrapperType }

// M__getattr__ exposes the options.
func (t *TextWrapperObj) M__getattr__(name string) (py.Object, error) {
	w := t.W
	switch name {
	case "width":
		return py.Int(w.Width), nil
	case "initial_indent":
		return py.String(w.InitialIndent), nil
	case "subsequent_indent":
		return py.String(w.SubsequentIndent), nil
	case "max_lines":
		if w.MaxLines == 0 {
			return py.None, nil
		}
		return py.Int(w.MaxLines), nil
	case "placeholder":
		return py.String(w.Placeholder), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'TextWrapper' object has no attribute '%s'", name)
}

// M__setattr__ sets the options.
func (t *TextWrapperObj) M__setattr__(name string, value py.Object) (py.Object, error) {
	return py.None, wrapperFromKw(t.W, py.StringDict{name: value})
}

func wrapCall(args py.Tuple, kwargs py.StringDict, name string) (*Wrapper, string, error) {
	if len(args) < 1 {
		return nil, "", py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: 'text'", name)
	}
	text, err := strArg(name, args[0], "")
	if err != nil {
		return nil, "", err
	}
	w := DefaultWrapper()
	kw := py.NewStringDict()
	for k, v := range kwargs {
		kw[k] = v
	}
	if len(args) > 1 {
		kw["width"] = args[1]
	}
	if err := wrapperFromKw(w, kw); err != nil {
		return nil, "", err
	}
	return w, text, nil
}

func linesObj(lines []string) py.Object { return py.NewListFromStrings(lines) }

// Shorten collapses whitespace and truncates to width.
func Shorten(w *Wrapper, text string) (string, error) {
	w.MaxLines = 1
	text = strings.Join(strings.FieldsFunc(text, isPyWS), " ")
	lines, err := w.Wrap(text)
	if err != nil {
		return "", err
	}
	return strings.Join(lines, "\n"), nil
}

func init() {
	TextWrapperType.Dict["wrap"] = py.MustNewMethod("wrap", func(self py.Object, arg py.Object) (py.Object, error) {
		s, err := strArg("wrap", arg, "")
		if err != nil {
			return nil, err
		}
		lines, err := self.(*TextWrapperObj).W.Wrap(s)
		if err != nil {
			return nil, err
		}
		return linesObj(lines), nil
	}, 0, "")
	TextWrapperType.Dict["fill"] = py.MustNewMethod("fill", func(self py.Object, arg py.Object) (py.Object, error) {
		s, err := strArg("fill", arg, "")
		if err != nil {
			return nil, err
		}
		lines, err := self.(*TextWrapperObj).W.Wrap(s)
		if err != nil {
			return nil, err
		}
		return py.String(strings.Join(lines, "\n")), nil
	}, 0, "")
	register("textwrap", "Text wrapping and filling.", []*py.Method{
		method("wrap", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			w, text, err := wrapCall(args, kwargs, "wrap")
			if err != nil {
				return nil, err
			}
			lines, err := w.Wrap(text)
			if err != nil {
				return nil, err
			}
			return linesObj(lines), nil
		}),
		method("fill", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			w, text, err := wrapCall(args, kwargs, "fill")
			if err != nil {
				return nil, err
			}
			lines, err := w.Wrap(text)
			if err != nil {
				return nil, err
			}
			return py.String(strings.Join(lines, "\n")), nil
		}),
		method("shorten", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) < 2 {
				if _, ok := kwargs["width"]; !ok || len(args) < 1 {
					return nil, py.ExceptionNewf(py.TypeError, "shorten() missing required argument 'width'")
				}
			}
			w, text, err := wrapCall(args, kwargs, "shorten")
			if err != nil {
				return nil, err
			}
			s, err := Shorten(w, text)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		}),
		method("dedent", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("dedent", args, kwargs, []string{"text"}, 1)
			if err != nil {
				return nil, err
			}
			s, err := strArg("dedent", a[0], "")
			if err != nil {
				return nil, err
			}
			return py.String(Dedent(s)), nil
		}),
		method("indent", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("indent", args, kwargs, []string{"text", "prefix", "predicate"}, 2)
			if err != nil {
				return nil, err
			}
			s, err := strArg("indent", a[0], "")
			if err != nil {
				return nil, err
			}
			prefix, err := strArg("indent", a[1], "")
			if err != nil {
				return nil, err
			}
			var b strings.Builder
			for _, line := range splitKeepEnds(s) {
				add := false
				if a[2] == nil || a[2] == py.None {
					add = !isBlank(line)
				} else {
					r, err := py.Call(a[2], py.Tuple{py.String(line)}, nil)
					if err != nil {
						return nil, err
					}
					if add, err = truth(r); err != nil {
						return nil, err
					}
				}
				if add {
					b.WriteString(prefix)
				}
				b.WriteString(line)
			}
			return py.String(b.String()), nil
		}),
	}, py.StringDict{"TextWrapper": TextWrapperType})
}
