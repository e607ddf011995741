package userconfig

import (
	"bytes"
	"fmt"
	"strings"
)

// INISyntaxError describes the first line of an INI file (gowikibot.ini, the
// OAuth credential store) that is neither blank, a comment, a [section]
// header nor a key = value line, by file and line only: such files can
// hold secrets (authenticate tokens), and the INI parser's own messages
// repeat the offending line (gopkg.in/ini.v1's "key-value delimiter not
// found: <line>"), which would put a token on the terminal or in a CI log.
// fix says what a well-formed file looks like.
func INISyntaxError(path string, data []byte, fix string) error {
	for i, line := range strings.Split(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "" || t[0] == ';' || t[0] == '#':
		case t[0] == '[':
			if !strings.Contains(t, "]") {
				return fmt.Errorf("%s:%d: the section header has no closing ']' (the line is not shown: the file may hold secrets). Fix: write it as [name]", path, i+1)
			}
		case !strings.ContainsAny(t, "=:"):
			return fmt.Errorf("%s:%d: not a 'key = value' line (the line is not shown: the file may hold secrets). Fix: put '=' between the key and its value", path, i+1)
		}
	}
	return fmt.Errorf("%s: not a valid INI file (the parser's message is not shown: the file may hold secrets). Fix: %s", path, fix)
}
