package pyconfig

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// Large config files are compiled in chunks of top-level statements.
//
// Workaround for gpython v0.2.0: its compiler looks every constant and
// name up by a linear search of the code object's lists
// (compile/compile.go, compiler.Const: "FIXME back this with a dict to stop
// O(N**2) behaviour on lots of consts"), so one module with N distinct
// constants compiles in O(N²): a 5 MB user-config.py took 7 s and a 50 MB
// one did not finish. Module-level statements run in one namespace whether
// they are compiled together or apart, so executing the chunks one after
// the other in the same globals is the same program; each chunk's line
// numbers are shifted to the file's.
//
// Compiling a large file whole also fails in gpython v0.2.0 once a jump
// spans more than 64 KiB of bytecode ("SystemError: JUMP_FORWARD can't
// jump backwards"); chunks stay far below that.
var (
	chunkMinSize = 64 << 10 // files smaller than this compile whole
	chunkSize    = 16 << 10 // target chunk size
)

// execSource runs src (the file path) with globals g, compiling it in
// chunks of whole top-level statements when it is large.
func execSource(in *python.Interp, src, path string, g py.StringDict) (err error) {
	if len(src) < chunkMinSize {
		return in.Exec(src, path, g)
	}
	starts := topLevelStarts(src, chunkSize)
	if len(starts) < 2 {
		return in.Exec(src, path, g)
	}
	codes := make([]*py.Code, 0, len(starts))
	for i, start := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		code, cerr := in.Compile(src[start:end], path)
		if cerr != nil {
			// The split was wrong, or the file has an error: compile it
			// whole, which reports the error as CPython does.
			return in.Exec(src, path, g)
		}
		shiftLines(code, int32(strings.Count(src[:start], "\n")))
		codes = append(codes, code)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	if _, ok := g["__builtins__"]; !ok {
		if b, e := in.Ctx.GetModule("builtins"); e == nil {
			g["__builtins__"] = b
		}
	}
	for _, code := range codes {
		if _, err := in.Ctx.RunCode(code, g, g, nil); err != nil {
			return err
		}
	}
	return nil
}

// shiftLines moves code (and the functions and classes it defines) n lines
// down.
func shiftLines(code *py.Code, n int32) {
	code.Firstlineno += n
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			shiftLines(sub, n)
		}
	}
}

// topLevelStarts returns byte offsets where src can be cut into chunks of
// about size bytes: the start of a line that begins a top-level statement
// (column 0, outside any bracket, string or continued line; not a
// decorated definition's def/class, and not else/elif/except/finally).
// The first offset is 0.
func topLevelStarts(src string, size int) []int {
	starts := []int{0}
	var (
		depth     int
		inTriple  string // the open triple quote, if any
		continued bool   // the previous line ended with a backslash
		decorated bool   // the previous statement line was a decorator
	)
	last := 0
	for pos := 0; pos < len(src); {
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		line := src[pos:end]
		atTop := depth == 0 && inTriple == "" && !continued
		if atTop && len(line) > 0 && line[0] != ' ' && line[0] != '\t' && line[0] != '#' && line[0] != '\r' && line[0] != '\f' {
			word := line
			if i := strings.IndexAny(word, " \t:(\r"); i >= 0 {
				word = word[:i]
			}
			switch {
			case word == "else" || word == "elif" || word == "except" || word == "finally" || decorated:
			case pos-last >= size:
				starts = append(starts, pos)
				last = pos
			}
			decorated = line[0] == '@'
		}
		depth, inTriple, continued = scanLine(line, depth, inTriple)
		pos = end + 1
	}
	return starts
}

// scanLine follows brackets, strings and comments through one line and
// returns the bracket depth, the open triple quote and whether the line
// continues with a backslash.
func scanLine(line string, depth int, inTriple string) (int, string, bool) {
	i := 0
	for i < len(line) {
		if inTriple != "" {
			j := strings.Index(line[i:], inTriple)
			k := strings.IndexByte(line[i:], '\\')
			if k >= 0 && (j < 0 || k < j) {
				i += k + 2
				continue
			}
			if j < 0 {
				return depth, inTriple, false
			}
			i += j + 3
			inTriple = ""
			continue
		}
		switch c := line[i]; c {
		case '#':
			return depth, "", false
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case '\'', '"':
			q := string(c)
			if strings.HasPrefix(line[i:], q+q+q) {
				inTriple = q + q + q
				i += 3
				continue
			}
			// A one-line string: to its closing quote (a string left
			// open is a syntax error; the whole-file compile reports it).
			i++
			for i < len(line) && line[i] != c {
				if line[i] == '\\' {
					i++
				}
				i++
			}
		case '\\':
			if i == len(line)-1 || strings.TrimRight(line[i+1:], "\r") == "" {
				return depth, "", true
			}
		}
		i++
	}
	return depth, inTriple, false
}
