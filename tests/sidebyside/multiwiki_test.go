package sidebyside

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// A multi-wiki side: several wikis that are the language versions of one
// family (codes such as "en", "de", "fr"), each wiki's interwiki table
// listing the others' prefixes, so that [[de:Title]] on the "en" wiki is a
// language link. Each side of a side-by-side test gets its own set.

// multiSide is one side: its wikis by code and the config directory.
type multiSide struct {
	name  string
	codes []string
	wikis map[string]*wikitest.Wiki
	cfg   string                // TestBot (bot passwords) on every wiki
	admin string                // Admin (main passwords) on every wiki
	last  map[string]*wikiState // the states after the previous scenario
}

// linkInterwikis writes the interwiki table rows of w: one per code of
// wikis, a local interwiki (iw_local=1) to that wiki's index.php and api.php.
// MediaWiki caches interwiki look-ups, so this runs before anything is
// parsed.
func linkInterwikis(w *wikitest.Wiki, wikis map[string]*wikitest.Wiki) error {
	var sql strings.Builder
	sql.WriteString("DELETE FROM interwiki WHERE iw_prefix IN (")
	var codes []string
	for code := range wikis {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for i, code := range codes {
		if i > 0 {
			sql.WriteString(",")
		}
		fmt.Fprintf(&sql, "'%s'", code)
	}
	sql.WriteString(");\n")
	for _, code := range codes {
		o := wikis[code]
		fmt.Fprintf(&sql, "INSERT INTO interwiki (iw_prefix, iw_url, iw_api, iw_wikiid, iw_local, iw_trans) "+
			"VALUES ('%s', '%s/index.php?title=$1', '%s', '', 1, 0);\n", code, o.URL, o.APIURL)
	}
	php := fmt.Sprintf(`$db = new PDO('sqlite:' . %q); $db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION); $db->exec(%q);`,
		filepath.Join(w.Dir, "data", "wiki.sqlite"), sql.String())
	if out, err := exec.Command("php", "-r", php).CombinedOutput(); err != nil {
		return fmt.Errorf("interwiki table of %s: %v\n%s", w.URL, err, out)
	}
	return nil
}

// writeMultiFamily writes the family file of a multi-wiki side: one
// language code per wiki.
func writeMultiFamily(path, name string, codes []string, wikis map[string]*wikitest.Wiki) error {
	var langs strings.Builder
	for _, c := range codes {
		fmt.Fprintf(&langs, "        '%s': '%s',\n", c, wikis[c].Host)
	}
	src := fmt.Sprintf(`"""Family of the local test wikis %[1]s, one per language code."""
from pywikibot import family


class Family(family.Family):
    name = '%[1]s'
    langs = {
%[2]s    }

    def protocol(self, code):
        return 'http'

    def scriptpath(self, code):
        return ''
`, name, langs.String())
	return os.WriteFile(path, []byte(src), 0o644)
}

// startMultiSide starts one wiki per code in parallel (settings appended
// to each LocalSettings.php), links their interwiki tables, seeds each with
// seeds[code] (as Admin) and writes config directories for TestBot and
// for Admin on all of them (family name, home code codes[0]). It may run
// in its own goroutine: it reports errors.
func startMultiSide(t *testing.T, name, family string, codes []string, seeds map[string][]seedPage, settings string) (*multiSide, error) {
	s := &multiSide{name: name, codes: codes, wikis: map[string]*wikitest.Wiki{}, last: map[string]*wikiState{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make([]error, len(codes))
	for i, code := range codes {
		wg.Add(1)
		go func(i int, code string) {
			defer wg.Done()
			w, err := wikitest.Start(wikitest.Options{ExtraSettings: settings})
			if err != nil {
				errs[i] = fmt.Errorf("%s wiki %s: %w", name, code, err)
				return
			}
			mu.Lock()
			s.wikis[code] = w
			mu.Unlock()
		}(i, code)
	}
	wg.Wait()
	for _, w := range s.wikis {
		w := w
		t.Cleanup(func() { w.Stop() })
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for _, code := range codes {
		if err := linkInterwikis(s.wikis[code], s.wikis); err != nil {
			return nil, err
		}
		c := newClient(s.wikis[code].APIURL)
		w := s.wikis[code]
		if err := c.login(w.AdminUser, w.AdminPassword); err != nil {
			return nil, err
		}
		for _, p := range seeds[code] {
			if err := c.edit(p.Title, p.Text, "seed"); err != nil {
				return nil, fmt.Errorf("seed %s:%s: %w", code, p.Title, err)
			}
		}
	}
	base, err := os.MkdirTemp("", "multi-"+name+"-")
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	s.cfg, s.admin = filepath.Join(base, "bot"), filepath.Join(base, "admin")
	bot := func(w *wikitest.Wiki) (string, string) {
		return w.BotUser, fmt.Sprintf("BotPassword('ci', '%s')", w.BotPasswordSecret)
	}
	admin := func(w *wikitest.Wiki) (string, string) { return w.AdminUser, fmt.Sprintf("'%s'", w.AdminPassword) }
	if err := writeMultiConfig(s.cfg, family, codes, s.wikis, bot); err != nil {
		return nil, err
	}
	if err := writeMultiConfig(s.admin, family, codes, s.wikis, admin); err != nil {
		return nil, err
	}
	for _, code := range codes {
		if s.last[code], err = snapshot(s.wikis[code].APIURL); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// snapshotAll reads the state of every wiki of the side.
func (s *multiSide) snapshotAll() (map[string]*wikiState, error) {
	out := map[string]*wikiState{}
	for _, code := range s.codes {
		st, err := snapshot(s.wikis[code].APIURL)
		if err != nil {
			return nil, err
		}
		out[code] = st
	}
	return out, nil
}

// writeMultiConfig writes a config directory for one account on every
// wiki of a multi-wiki side, with the family file in its families folder:
// account gives a wiki's user name and the password file's entry for it.
func writeMultiConfig(dir, family string, codes []string, wikis map[string]*wikitest.Wiki,
	account func(*wikitest.Wiki) (user, entry string)) error {
	if err := os.MkdirAll(filepath.Join(dir, "families"), 0o700); err != nil {
		return err
	}
	famPath := filepath.Join(dir, "families", family+"_family.py")
	if err := writeMultiFamily(famPath, family, codes, wikis); err != nil {
		return err
	}
	var cfg, pw strings.Builder
	home, _ := account(wikis[codes[0]])
	// interwiki.py edits a wiki only if its code is listed in usernames
	fmt.Fprintf(&cfg, "family_files['%[1]s'] = '%[2]s'\nusernames['%[1]s']['*'] = '%[3]s'\n", family, famPath, home)
	for _, code := range codes {
		user, entry := account(wikis[code])
		fmt.Fprintf(&cfg, "usernames['%s']['%s'] = '%s'\n", family, code, user)
		fmt.Fprintf(&pw, "('%s', '%s', '%s', %s)\n", code, family, user, entry)
	}
	fmt.Fprintf(&cfg, "family = '%s'\nmylang = '%s'\npassword_file = 'user-password.cfg'\n"+
		"put_throttle = 0\nminthrottle = 0\nmaxthrottle = 1\nretry_wait = 1\nmax_retries = 2\nnoisysleep = 100\n", family, codes[0])
	if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(cfg.String()), 0o600); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "user-password.cfg"), []byte(pw.String()), 0o600)
}

// runMultiRow runs one scenario on both multi-wiki sides: gowikibot's
// command gArgv on g, then (p nil: CI without the checkouts) pywikibot's
// pArgv on p, and reports each wiki's differing changes, the essential
// stdout, the stderr as errNorm reduces it and the exit status. It
// returns gowikibot's state after the run and its output, for the row's
// own checks.
func runMultiRow(t *testing.T, g, p *multiSide, gArgv []string, gDir string, pArgv []string, pDir string,
	errNorm func(string) string) (map[string]*wikiState, string, string) {
	t.Helper()
	gOut, gErr, gCode := runCmd(gDir, gArgv)
	t.Logf("gowikibot %s (exit %d)\n--- stdout\n%s--- stderr\n%s", strings.Join(gArgv[1:], " "), gCode, gOut, gErr)
	gst, err := g.snapshotAll()
	if err != nil {
		t.Fatal(err)
	}
	gBefore := g.last
	g.last = gst
	if p == nil {
		return gst, gOut, gErr
	}
	pOut, pErr, pCode := runCmd(pDir, pArgv)
	t.Logf("pywikibot (exit %d)\n--- stdout\n%s--- stderr\n%s", pCode, pOut, pErr)
	pst, err := p.snapshotAll()
	if err != nil {
		t.Fatal(err)
	}
	pBefore := p.last
	p.last = pst
	for _, code := range g.codes {
		if d := diffChanges(pBefore[code], pst[code], gBefore[code], gst[code]); len(d) > 0 {
			t.Errorf("wiki %s: final states differ (%d pages):\n%s", code, len(d), strings.Join(d[:min(len(d), 10)], "\n"))
		}
	}
	if essential(pOut) != essential(gOut) {
		t.Errorf("essential stdout differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", essential(pOut), essential(gOut))
	}
	if pe, ge := errNorm(pErr), errNorm(gErr); pe != ge {
		t.Errorf("essential stderr differs:\n--- pywikibot\n%s\n--- gowikibot\n%s", pe, ge)
	}
	if gCode != pCode {
		t.Errorf("exit status: pywikibot %d, gowikibot %d", pCode, gCode)
	}
	return gst, gOut, gErr
}
