package main

import (
	"path/filepath"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// family list without a config; generate_family_file for the test wiki,
// then family check of the file it wrote.
func TestFamilyInProcess(t *testing.T) {
	t.Setenv("PYWIKIBOT_DIR", "")
	runCases(t, []cmdCase{
		{name: "family without subcommand", args: []string{"family"}, code: 2, err: []string{"usage: gowikibot family check NAME"}},
		{name: "family list", args: []string{"family", "list"}, withDir: true, code: 0, out: []string{"wikipedia ", "wikidata "}},
	})
	w := wikitest.Get(t)
	dir := t.TempDir()
	famFile := filepath.Join(dir, "families", "cmdwiki_family.py")
	runCases(t, []cmdCase{
		{name: "generate_family_file", args: []string{"-dir:" + dir, "generate_family_file", w.URL + "/index.php/Main_Page", "cmdwiki"}, code: 0,
			out: []string{"API url: " + w.APIURL, "MediaWiki version: 1.39", "Writing " + famFile}},
		{name: "generate_family_file bad name", args: []string{"-dir:" + dir, "generate_family_file", w.URL, "bad-name"}, code: 1,
			out: []string{`ERROR: Name of family "bad-name" must be ASCII letters and digits [a-zA-Z0-9]`}},
		{name: "family check", args: []string{"-dir:" + dir, "family", "check", "cmdwiki"}, code: 0,
			out: []string{"family cmdwiki (", "en: " + w.APIURL, "ok: MediaWiki 1.39"}},
		{name: "family check unknown code", args: []string{"-dir:" + dir, "family", "check", "cmdwiki", "-lang:xx"}, code: 1,
			out: []string{"error: Language xx does not exist in family cmdwiki"}},
	})
}
