// Package i18n tests gowikibot's pywikibot.i18n: the i18n_*.py programs
// are compared with the output recorded on pywikibot 9.6.3 (tests/testbin/record.sh); the other tests check gowikibot's own message
// bundles and where bundles are looked up.
package i18n

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/pywikibot/textlib/pyprog"
)

func TestI18nAgainstPywikibot(t *testing.T) {
	n := pyprog.CompareAll(t, ".", "PYWIKIBOT_NO_USER_CONFIG=1")
	if n < 20 {
		t.Errorf("only %d recorded checks, want at least 20", n)
	}
	t.Logf("%d recorded i18n checks", n)
}

// run writes the program src (and the files in extra, relative paths)
// into a temporary directory and runs it there.
func run(t *testing.T, src string, extra map[string]string, env ...string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range extra {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prog := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return string(pyprog.Run(t, prog, append([]string{"PYWIKIBOT_NO_USER_CONFIG=1"}, env...)...))
}

// TestBundledMessages checks that every message of gowikibot's own
// bundles (scripts/i18n) is served by twtranslate, and that each English
// message is documented in qqq.json.
func TestBundledMessages(t *testing.T) {
	root := filepath.Join("..", "..", "..", "scripts", "i18n")
	files, _ := filepath.Glob(filepath.Join(root, "*", "en.json"))
	if len(files) < 6 {
		t.Fatalf("found %d bundles, want basic, add_text, replace, clean_sandbox, delete, pywikibot...", len(files))
	}
	var want strings.Builder
	var src strings.Builder
	src.WriteString("from pywikibot import i18n\n")
	for _, f := range files {
		bundle := filepath.Base(filepath.Dir(f))
		en := readJSON(t, f)
		qqq := readJSON(t, filepath.Join(filepath.Dir(f), "qqq.json"))
		for key, text := range en {
			if key == "@metadata" {
				continue
			}
			if !strings.HasPrefix(key, bundle+"-") {
				t.Errorf("%s: key %q is not in bundle %q", f, key, bundle)
			}
			if doc, ok := qqq[key].(string); !ok || doc == "" {
				t.Errorf("%s: %q has no qqq documentation", bundle, key)
			}
			src.WriteString("print(i18n.twtranslate('en', " + pyQuote(key) + "))\n")
			src.WriteString("print(i18n.twtranslate('de', " + pyQuote(key) + "))\n")
			want.WriteString(text.(string) + "\n" + text.(string) + "\n")
		}
	}
	src.WriteString("print(i18n.twhas_key('en', 'basic-changing'), i18n.twget_keys('basic-changing'))\n")
	want.WriteString("True ['en']\n")
	src.WriteString("print('basic' in list(i18n.bundles(stem=True)), 'en' in i18n.known_languages())\n")
	want.WriteString("True True\n")
	got := run(t, src.String(), nil)
	if got != want.String() {
		t.Errorf("bundled messages:\n--- want\n%s--- got\n%s", want.String(), got)
	}
}

func TestBundledSummaries(t *testing.T) {
	src := `from pywikibot import i18n
print(i18n.twtranslate('en', 'add_text-adding', {'adding': '{{Stub}}'}))
print(i18n.twtranslate('fr', 'delete-from-category', {'page': 'Old'}))
print(i18n.twtranslate('en', 'replace-replacing', {'description': ' (-a +b)'}))
print(i18n.twtranslate('en', 'basic-changing', bot_prefix=True))
try:
    i18n.twtranslate('en', 'basic-nonexistent')
except Exception as e:
    print(type(e).__name__, isinstance(e, ImportError))
`
	want := "Bot: appending text: {{Stub}}\n" +
		"Bot: deleting every page in category Old\n" +
		"Bot: text replacement (-a +b)\n" +
		"Bot: Bot: updating page text\n" +
		"TranslationError True\n"
	if got := run(t, src, nil); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestLookupOrder checks that a bundle beside the running script (in the
// scripts.i18n package layout, and in an i18n directory) wins over the
// built-in one, per language file, and that the built-in English remains
// the fallback.
func TestLookupOrder(t *testing.T) {
	src := `from pywikibot import i18n
print(i18n.twtranslate('en', 'basic-changing'))
print(i18n.twtranslate('de', 'basic-changing'))
print(i18n.twtranslate('nl', 'mybot-done', {'n': 2}))
print(i18n.twtranslate('en', 'delete-from-file'))
print(i18n.twget_keys('basic-changing'))
`
	files := map[string]string{
		"scripts/__init__.py":          "",
		"scripts/i18n/basic/en.json":   `{"basic-changing": "Local English"}`,
		"scripts/i18n/basic/de.json":   `{"basic-changing": "Lokal"}`,
		"i18n/mybot/en.json":           `{"mybot-done": "{{PLURAL:%(n)d|one page|%(n)d pages}} done"}`,
		"i18n/mybot/nl.json":           `{"mybot-done": "{{PLURAL:%(n)d|een pagina|%(n)d pagina's}} klaar"}`,
		"scripts/i18n/delete/qqq.json": `{"delete-from-file": "doc"}`,
	}
	want := "Local English\nLokal\n2 pagina's klaar\nBot: deleting the pages listed in a file\n['de', 'en']\n"
	if got := run(t, src, files); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestInput(t *testing.T) {
	src := `import sys
from pywikibot import i18n
sys.stdin = open('answers.txt')
print(repr(i18n.input('pywikibot-enter-page-processing')))
i18n.set_messages_package('nothing_here')
print(repr(i18n.input('pywikibot-enter-page-processing', fallback_prompt='Page?')))
try:
    i18n.input('pywikibot-enter-page-processing')
except Exception as e:
    print(type(e).__name__ + ': ' + str(e))
`
	want := "'Main Page'\n'Other'\n" +
		"TranslationError: Unable to load messages package nothing_here for bundle pywikibot-enter-page-processing\n"
	got := run(t, src, map[string]string{"answers.txt": "Main Page\nOther\n"})
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func readJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

func pyQuote(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}

// TestScriptKeysHaveMessages checks that every message key the bundled
// scripts name (a string literal "<bundle>-<key>" of a bundle gowikibot
// ships) has an English message.
func TestScriptKeysHaveMessages(t *testing.T) {
	root := filepath.Join("..", "..", "..", "scripts")
	scripts, _ := filepath.Glob(filepath.Join(root, "*.py"))
	if len(scripts) == 0 {
		t.Fatalf("no bundled scripts found in %s", root)
	}
	literal := regexp.MustCompile(`['"]([a-z_]+)-([a-z0-9-]+)['"]`)
	checked := 0
	for _, s := range scripts {
		src, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			bundle, key := m[1], m[1]+"-"+m[2]
			en := filepath.Join(root, "i18n", bundle, "en.json")
			if _, err := os.Stat(en); err != nil {
				continue // not a message key of a shipped bundle
			}
			if _, ok := readJSON(t, en)[key]; !ok {
				t.Errorf("%s uses %q, missing from %s", filepath.Base(s), key, en)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no message keys found in the bundled scripts")
	}
}
