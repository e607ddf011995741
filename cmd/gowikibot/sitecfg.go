package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

// siteSetup is the glue between the global options, user-config.py, the
// family and the site: what a core command needs to talk to its wiki.
type siteSetup struct {
	cfg  *userconfig.Config
	fam  family.Family
	code string
	site *site.APISite
	// rest are the arguments that were not global options.
	rest []string
}

// loadConfig reads user-config.py (or gowikibot.ini) with the global
// options among args, as pywikibot's handle_args does; rest are the other
// arguments, in order.
func loadConfig(args []string) (*userconfig.Config, []string, error) {
	globals, rest := userconfig.SplitGlobalArgs(args)
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals})
	if err != nil {
		return nil, rest, err
	}
	return cfg, rest, nil
}

// openSite loads the config and builds the default site (family, mylang)
// with the configured username and the password from password_file.
func openSite(args []string) (*siteSetup, error) {
	cfg, rest, err := loadConfig(args)
	if err != nil {
		return nil, err
	}
	return openSiteFor(cfg, cfg.Family, cfg.Mylang, rest)
}

// openSiteFor builds the site famName:code from a loaded config.
func openSiteFor(cfg *userconfig.Config, famName, code string, rest []string) (*siteSetup, error) {
	fam, err := family.Load(cfg.FamilyFiles, famName)
	if err != nil {
		return nil, err
	}
	if err := family.CheckCode(fam, code); err != nil {
		return nil, err
	}
	s, err := site.FromConfig(cfg, fam, code)
	if err != nil {
		return nil, err
	}
	s.SetUI(auth.NewTerminalUI())
	return &siteSetup{cfg: cfg, fam: fam, code: code, site: s, rest: rest}, nil
}

// close saves the cookies and, with -v, prints the request counters.
func (ss *siteSetup) close() {
	if err := ss.site.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "WARNING: "+err.Error())
	}
	if ss.cfg.VerboseOutput > 0 || ss.cfg.Debug {
		st := ss.site.Stats()
		fmt.Fprintf(os.Stderr, "gowikibot: %d API requests, %d retries, %.1fs waited\n", st.Requests, st.Retries, st.Waited.Seconds())
	}
}

// reportError prints err as pywikibot prints errors ("ERROR: ...") and
// returns the exit status 1.
func reportError(err error) int {
	msg := err.Error()
	var nu *userconfig.NoUsernameError
	if errors.As(err, &nu) {
		msg = strings.TrimPrefix(msg, "ERROR: ")
	}
	fmt.Fprintln(os.Stderr, "ERROR: "+msg)
	return 1
}
