package bridge

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// colorCodes are the ANSI foreground codes of pywikibot's colour names
// (a background is the code + 10).
var colorCodes = map[string]int{
	"default": 0, "black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "purple": 35,
	"aqua": 36, "lightgray": 37, "gray": 90, "lightred": 91, "lightgreen": 92,
	"lightyellow": 93, "lightblue": 94, "lightpurple": 95, "lightaqua": 96, "white": 97,
}

// isColorName reports whether s may appear in a colour tag: a colour name
// or "previous".
func isColorName(s string) bool {
	_, ok := colorCodes[s]
	return ok || s == "previous"
}

// colorTagAt reports whether text[i:] starts with a colour tag
// "<<name>>" or "<<name;name>>" and returns the tag's body and its end.
func colorTagAt(text string, i int) (body string, end int, ok bool) {
	if !strings.HasPrefix(text[i:], "<<") {
		return "", 0, false
	}
	close := strings.Index(text[i+2:], ">>")
	if close < 0 {
		return "", 0, false
	}
	body = text[i+2 : i+2+close]
	fg, bg, two := strings.Cut(body, ";")
	if !isColorName(fg) || (two && !isColorName(bg)) {
		return "", 0, false
	}
	return body, i + 2 + close + 2, true
}

// splitColorTags is re.split of pywikibot's colour-tag pattern over text:
// texts and tag bodies alternating, starting and ending with a text.
func splitColorTags(text string) []string {
	var parts []string
	last := 0
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], "<<")
		if k < 0 {
			break
		}
		i += k
		if body, end, ok := colorTagAt(text, i); ok {
			parts = append(parts, text[last:i], body)
			last, i = end, end
			continue
		}
		i++
	}
	return append(parts, text[last:])
}

// renderColors is how pywikibot's terminal shows text with colour tags:
// on a colour terminal (colorized) the tags become ANSI colour codes; else
// they are dropped and the first line where the colour changed (or the
// text's end) is marked with " ***". "previous" returns to the colour
// before the current one. ok is false for text with a tag that pairs
// "previous" with another colour (which has no colour code: the Python
// renderer raises pywikibot's KeyError for it).
func renderColors(text string, colorized bool) (rendered string, ok bool) {
	parts := splitColorTags(text)
	if len(parts) == 1 {
		return text, true // no tags: the text as it is (no copy)
	}
	for k := 1; k < len(parts); k += 2 {
		if strings.Contains(parts[k], ";") && strings.Contains(parts[k], "previous") {
			return "", false
		}
	}
	var out strings.Builder
	out.Grow(len(text) + len(parts)*2)
	stack := []string{"default"}
	marked := false
	nTexts := (len(parts) + 1) / 2
	for k := 0; k < nTexts; k++ {
		txt := parts[2*k]
		nxt := "default"
		if 2*k+1 < len(parts) {
			nxt = parts[2*k+1]
		}
		cur := stack[len(stack)-1]
		if nxt == "previous" {
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			nxt = stack[len(stack)-1]
		} else {
			stack = append(stack, nxt)
		}
		if cur != nxt {
			marked = true
		}
		if marked && !colorized {
			if nl := strings.IndexByte(txt, '\n'); nl >= 0 {
				txt = txt[:nl] + " ***" + txt[nl:]
				marked = false
			} else if k == nTexts-1 {
				txt += " ***"
				marked = false
			}
		}
		out.WriteString(txt)
		if cur != nxt && colorized {
			fg, bg, _ := strings.Cut(stack[len(stack)-1], ";")
			out.WriteString("\x1b[" + strconv.Itoa(colorCodes[fg]) + "m")
			if bg != "" {
				out.WriteString("\x1b[" + strconv.Itoa(colorCodes[bg]+10) + "m")
			}
		}
	}
	return out.String(), true
}

// pyRenderColors is _gowikibot.render_colors(text, colorized) -> the
// rendered text, or None where the Python renderer must run (see
// renderColors).
func pyRenderColors(args []py.Object) (py.Object, error) {
	colorized, err := truth(args[1])
	if err != nil {
		return nil, err
	}
	s, ok := renderColors(str(args[0]), colorized)
	if !ok {
		return py.None, nil
	}
	return py.String(s), nil
}
