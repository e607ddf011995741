package main

import (
	"fmt"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

// siteSetup is the glue between the global options, user-config.py, the
// family and the site: what a core command needs to talk to its wiki.
type siteSetup struct {
	ios  *ioStreams
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
func loadConfig(ios *ioStreams, args []string) (*userconfig.Config, []string, error) {
	globals, rest := userconfig.SplitGlobalArgs(args)
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals, Stderr: ios.Err})
	if err != nil {
		return nil, rest, err
	}
	return cfg, rest, nil
}

// openSite loads the config and builds the default site (family, mylang)
// with the configured username and the password from password_file.
func openSite(ios *ioStreams, args []string) (*siteSetup, error) {
	cfg, rest, err := loadConfig(ios, args)
	if err != nil {
		return nil, err
	}
	return openSiteFor(ios, cfg, cfg.Family, cfg.Mylang, rest)
}

// openSiteFor builds the site famName:code from a loaded config.
func openSiteFor(ios *ioStreams, cfg *userconfig.Config, famName, code string, rest []string) (*siteSetup, error) {
	fam, err := family.Load(cfg.FamilyFiles, famName)
	if err != nil {
		return nil, err
	}
	if err := family.CheckCode(fam, code); err != nil {
		return nil, err
	}
	// the password file is read at the first login, as pywikibot's
	s, err := site.FromConfigW(cfg, fam, code, ios.Err, ios.Err)
	if err != nil {
		return nil, err
	}
	if ios.InIsTerminal() {
		s.SetUI(&auth.TerminalUI{In: ios.In, Out: ios.Err})
	}
	return &siteSetup{ios: ios, cfg: cfg, fam: fam, code: code, site: s, rest: rest}, nil
}

// close saves the cookies and, with -v, prints the request counters.
func (ss *siteSetup) close() {
	if err := ss.site.Close(); err != nil {
		fmt.Fprintln(ss.ios.Err, "WARNING: "+err.Error())
	}
	if ss.cfg.VerboseOutput > 0 || ss.cfg.Debug {
		st := ss.site.Stats()
		fmt.Fprintf(ss.ios.Err, "gowikibot: %d API requests, %d retries, %.1fs waited\n", st.Requests, st.Retries, st.Waited.Seconds())
	}
}
