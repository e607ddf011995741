package upstream

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every file the index in doc.go names exists and points back to it, so
// the index cannot silently go stale when files move.
func TestIndexNamesExistingFiles(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	files := regexp.MustCompile(`(?m)^//   - ((?:\.\./|\w+/)?\w+\.go)`).FindAllStringSubmatch(string(doc), -1)
	if len(files) < 2 {
		t.Fatalf("index lists %d files", len(files))
	}
	for _, f := range files {
		path := filepath.Join("..", f[1])
		switch {
		case strings.HasPrefix(f[1], "../"):
			path = f[1] // a file of package python itself
		case filepath.Dir(f[1]) == ".":
			path = f[1]
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("index names %s: %v", f[1], err)
			continue
		}
		if filepath.Dir(f[1]) != "." && !regexp.MustCompile(`see package\s+(//\s+)?upstream`).Match(src) {
			t.Errorf("%s does not point to package upstream's index", f[1])
		}
	}
}
