package surface

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestTopLevelNoExtraNames: the public names of the pywikibot package that
// pywikibot 9.6.3 does not have at its top level (testdata/pwb963.json)
// are only its submodules (which CPython also shows once imported).
// pywikibot 9.6.3 has no exception class, APISite, BaseSite, BasePage,
// Namespace or deprecated_args there, so `from pywikibot import APISite`
// is an ImportError in both (a script written against gowikibot must not
// start where pywikibot stops).
func TestTopLevelNoExtraNames(t *testing.T) {
	want := load(t, filepath.Join("testdata", "pwb963.json"))["pywikibot"]
	got := ours(t, objects{"pywikibot": want})["pywikibot"]
	var extra []string
	for name, e := range got {
		if strings.HasPrefix(name, "_") || e.Kind == "module" {
			continue
		}
		if _, ok := want[name]; !ok {
			extra = append(extra, name+" ("+e.Kind+")")
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("pywikibot has %d public names 9.6.3 does not: %s", len(extra), strings.Join(extra, ", "))
	}
}
