package bridge

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestIniSection(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "scripts.ini")
	text := "[DEFAULT]\nalways = no\nshared = 1\n\n[basic] ; the basic script\nSummary = Bot: fix ; why\n" +
		"always: yes\nratio = 2.5\n\n[Other]\nx = y\n"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	pairs, found, err := IniSection(path, "basic")
	want := [][2]string{{"always", "yes"}, {"shared", "1"}, {"summary", "Bot: fix"}, {"ratio", "2.5"}}
	if err != nil || !found || !reflect.DeepEqual(pairs, want) {
		t.Fatalf("basic: %q %v %v, want %q", pairs, found, err, want)
	}
	if _, found, err := IniSection(path, "other"); found || err != nil {
		t.Errorf("section names are case-sensitive: found=%v err=%v", found, err)
	}
	if _, found, err := IniSection(path, "missing"); found || err != nil {
		t.Errorf("missing section: found=%v err=%v", found, err)
	}
	if _, found, err := IniSection(filepath.Join(dir, "none.ini"), "basic"); found || err != nil {
		t.Errorf("missing file: found=%v err=%v", found, err)
	}
	if err := os.WriteFile(path, []byte("[broken\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := IniSection(path, "basic"); err == nil {
		t.Error("a malformed file gave no error")
	}
}
