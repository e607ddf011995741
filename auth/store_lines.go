package auth

import (
	"bytes"
	"fmt"
	"strings"
)

// The credential store holds secrets, so its errors name the file and line
// and never quote the content: the INI parser's own messages repeat the
// offending line (gopkg.in/ini.v1's "key-value delimiter not found: <line>"),
// which would put a token on the terminal or in a CI log.

// storeSyntaxError describes the first line of an INI file that is neither
// blank, a comment, a [section] header nor a key = value line, without
// quoting it.
func storeSyntaxError(path string, data []byte) error {
	for i, line := range strings.Split(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "" || t[0] == ';' || t[0] == '#':
		case t[0] == '[':
			if !strings.Contains(t, "]") {
				return fmt.Errorf("%s:%d: the section header has no closing ']' (the line is not shown: the file holds secrets). Fix: write it as [host]", path, i+1)
			}
		case !strings.ContainsAny(t, "=:"):
			return fmt.Errorf("%s:%d: not a 'key = value' line (the line is not shown: the file holds secrets). Fix: put '=' between the key and its value", path, i+1)
		}
	}
	return fmt.Errorf("%s: not a valid INI file (the parser's message is not shown: the file holds secrets). Fix: one [host] section per wiki with 'key = value' lines", path)
}

// keyLine returns the 1-based line of key in [section] of an INI file, or 0.
func keyLine(data []byte, section, key string) int {
	cur := ""
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			if j := strings.IndexByte(t, ']'); j > 0 {
				cur = strings.TrimSpace(t[1:j])
			}
			continue
		}
		if cur != section {
			continue
		}
		if j := strings.IndexAny(t, "=:"); j > 0 && strings.TrimSpace(t[:j]) == key {
			return i + 1
		}
	}
	return 0
}

// sectionLine returns the 1-based line of the [section] header, or 0.
func sectionLine(data []byte, section string) int {
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			if j := strings.IndexByte(t, ']'); j > 0 && strings.TrimSpace(t[1:j]) == section {
				return i + 1
			}
		}
	}
	return 0
}
