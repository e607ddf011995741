package python

import (
	"bytes"
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// recursiveCutoff is how many identical consecutive frames a traceback
// shows before CPython collapses the rest into one "[Previous line
// repeated N more times]" line (TB_RECURSIVE_CUTOFF in CPython's
// traceback.c, _RECURSIVE_CUTOFF in traceback.py).
const recursiveCutoff = 3

// writeFrames writes the "File ..., line N, in name" entries of a
// traceback, oldest first, each with its source line, collapsing runs of
// the same file, line and function (a RecursionError's thousand frames)
// as CPython does.
func writeFrames(b *bytes.Buffer, tb *py.Traceback) {
	var lastFile, lastName string
	var lastLine int32 = -1
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			plural := "s"
			if n == 1 {
				plural = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, plural)
		}
	}
	for ; tb != nil; tb = tb.Next {
		name, file := "<module>", "<unknown>"
		if tb.Frame != nil && tb.Frame.Code != nil {
			name, file = tb.Frame.Code.Name, tb.Frame.Code.Filename
		}
		lineno := int32(classes.TracebackLine(tb))
		if file != lastFile || lineno != lastLine || name != lastName {
			flush()
			lastFile, lastLine, lastName, count = file, lineno, name, 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", file, lineno, name)
		if line := sourceLine(file, int(lineno)); line != "" {
			fmt.Fprintf(b, "    %s\n", line)
			if carets := tracebackCarets(tb, int(lineno)); carets != "" {
				fmt.Fprintf(b, "    %s\n", carets)
			}
		}
	}
	flush()
}

// LastLineIn is the line of the innermost traceback entry in file (0 when
// no entry is in it): where a config or family file failed.
func LastLineIn(tb *py.Traceback, file string) int {
	line := 0
	for ; tb != nil; tb = tb.Next {
		if tb.Frame != nil && tb.Frame.Code != nil && tb.Frame.Code.Filename == file {
			line = classes.TracebackLine(tb)
		}
	}
	return line
}
