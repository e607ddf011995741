package auth

import (
	"strings"

	"github.com/gowikibot/gowikibot/userconfig"
)

// The credential store holds secrets, so its errors name the file and line
// and never quote the content: the INI parser's own messages repeat the
// offending line (gopkg.in/ini.v1's "key-value delimiter not found: <line>"),
// which would put a token on the terminal or in a CI log.

// storeSyntaxError describes the first malformed line of the store by
// file and line only (userconfig.INISyntaxError).
func storeSyntaxError(path string, data []byte) error {
	return userconfig.INISyntaxError(path, data, "one [host] section per wiki with 'key = value' lines")
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
