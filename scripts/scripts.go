// Package scripts holds gowikibot's bundled bot scripts (the project's own
// implementations of pywikibot's simple scripts, with the same names and
// options) and their i18n message bundles, embedded in the binary.
package scripts

import (
	"embed"
	"io/fs"
	"strings"

	// The scripts' message bundles register themselves with pywikibot.i18n.
	_ "github.com/gowikibot/gowikibot/scripts/i18n"
)

//go:embed *.py
var files embed.FS

// Source returns the source of the bundled script name ("touch" or
// "touch.py").
func Source(name string) (string, bool) {
	name = strings.TrimSuffix(name, ".py")
	if strings.ContainsAny(name, "/\\") {
		return "", false
	}
	b, err := files.ReadFile(name + ".py")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// Names lists the bundled scripts.
func Names() []string {
	var out []string
	fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") && !strings.HasPrefix(p, "_") {
			out = append(out, strings.TrimSuffix(p, ".py"))
		}
		return nil
	})
	return out
}
