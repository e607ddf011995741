package sidebyside

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// The one set-up of a single-wiki side, shared by the side-by-side tests:
// a fresh wiki, its seed, the config directories for TestBot (bot
// password) and Admin (main password), and the state before the first row.

// sideOptions say how startSeededSide prepares a side.
type sideOptions struct {
	settings   string     // PHP appended to LocalSettings.php
	noBaseSeed bool       // leave out seedPages (a small wiki of extra pages only)
	extra      []seedPage // seeded by Admin after seedPages, in this order
	// before runs after seedPages and before extra; after runs once extra
	// is seeded and the config directories are written. Both get an API
	// client logged in as Admin.
	before, after func(s *side, admin *apiClient) error
}

// startSeededSide starts and seeds a side's wiki as o says. It may run in
// its own goroutine: it reports errors instead of failing t.
func startSeededSide(t *testing.T, name string, o sideOptions) (*side, error) {
	w, err := wikitest.Start(wikitest.Options{ExtraSettings: o.settings})
	if err != nil {
		return nil, fmt.Errorf("test wiki for %s: %w", name, err)
	}
	t.Cleanup(func() { w.Stop() })
	if !o.noBaseSeed {
		if err := seed(w); err != nil {
			return nil, fmt.Errorf("seeding %s's wiki: %w", name, err)
		}
	}
	base, err := os.MkdirTemp("", "sidebyside-"+name+"-")
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	s := &side{name: name, wiki: w, bot: filepath.Join(base, "bot"), admin: filepath.Join(base, "admin")}
	c := newClient(w.APIURL)
	if err := c.login(w.AdminUser, w.AdminPassword); err != nil {
		return nil, err
	}
	if o.before != nil {
		if err := o.before(s, c); err != nil {
			return nil, err
		}
	}
	for _, p := range o.extra {
		if err := c.edit(p.Title, p.Text, "seed"); err != nil {
			return nil, fmt.Errorf("seed %s: %w", p.Title, err)
		}
	}
	if err := writeConfig(s.bot, w, w.BotUser, fmt.Sprintf("BotPassword('ci', '%s')", w.BotPasswordSecret)); err != nil {
		return nil, err
	}
	if err := writeConfig(s.admin, w, w.AdminUser, fmt.Sprintf("'%s'", w.AdminPassword)); err != nil {
		return nil, err
	}
	if o.after != nil {
		if err := o.after(s, c); err != nil {
			return nil, err
		}
	}
	s.last, err = snapshot(w.APIURL)
	return s, err
}

// startSide starts a side with the seed of seedPages only.
func startSide(t *testing.T, name string) (*side, error) {
	return startSeededSide(t, name, sideOptions{})
}

// checkout963 is the pywikibot side's checkout for the tests that run
// pywikibot 9.6.3: a temporary copy with the message bundles
// (withMessages), and whether pwb.py is there at all.
func checkout963(t *testing.T) (pwb963 string, withPwb bool) {
	t.Helper()
	pwb963, withPwb = pwbDir(), exists(filepath.Join(pwbDir(), "pwb.py"))
	if withPwb {
		pwb963 = withMessages(t, pwb963)
	}
	return pwb963, withPwb
}

// moreNamespaces adds namespaces to those snapshot reads, for the rest of
// the test.
func moreNamespaces(t *testing.T, ns ...string) {
	saved := stateNamespaces
	stateNamespaces = append(append([]string{}, saved...), ns...)
	t.Cleanup(func() { stateNamespaces = saved })
}

// onlyRows reads env (NAME_ONLY=row,row...): whether a row is to run
// (every row when it is unset).
func onlyRows(env string) func(name string) bool {
	only := map[string]bool{}
	for _, n := range strings.Split(os.Getenv(env), ",") {
		if n != "" {
			only[n] = true
		}
	}
	return func(name string) bool { return len(only) == 0 || only[name] }
}

// fileRunner runs a script file on one side: cfg is the config
// directory, stdin what is typed into it.
type fileRunner func(cfg, stdin, script string, args []string) (stdout, stderr string, code int)

// fileRunners are the two sides' runners of script files: "gowikibot
// -dir:CFG python FILE" and pywikibot's "pwb.py -dir:CFG NAME", NAME being
// the script's name for a file of scriptDir and its path otherwise. env is
// added to both sides' environment, pyEnv to pywikibot's only.
func fileRunners(gwb, pwb963, scriptDir string, env []string, pyEnv ...string) (g, p fileRunner) {
	g = func(cfg, stdin, script string, args []string) (string, string, int) {
		return runCmd(cfg, withStdin(stdin, append([]string{gwb, "-dir:" + cfg, "python", script}, args...)), env...)
	}
	p = func(cfg, stdin, script string, args []string) (string, string, int) {
		name := script
		if filepath.Dir(script) == scriptDir {
			name = strings.TrimSuffix(filepath.Base(script), ".py")
		}
		return runCmd(cfg, withStdin(stdin, append([]string{"/usr/bin/python3", filepath.Join(pwb963, "pwb.py"), "-dir:" + cfg, name}, args...)),
			append(append([]string{}, env...), pyEnv...)...)
	}
	return g, p
}
