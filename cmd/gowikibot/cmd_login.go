package main

import (
	"context"
	"fmt"
	"sort"

	"github.com/gowikibot/gowikibot/userconfig"
)

func cmdLogin(ios *ioStreams, args []string) int {
	cfg, rest, err := loadConfig(ios, args)
	if err != nil {
		return reportError(ios, err)
	}
	var logout, all, oauth bool
	for _, a := range rest {
		switch a {
		case "-logout":
			logout = true
		case "-all":
			all = true
		case "-oauth":
			oauth = true
		case "-autocreate", "-async":
			// accepted for pywikibot compatibility; no effect here
		default:
			fmt.Fprintf(ios.Err, "Unknown argument: %s\nusage: gowikibot [global options] login [-logout] [-all] [-oauth]\n", a)
			return 2
		}
	}
	if oauth {
		globals, _ := userconfig.SplitGlobalArgs(args)
		return cmdOAuthLogin(ios, globals)
	}
	type target struct{ fam, code string }
	targets := []target{{cfg.Family, cfg.Mylang}}
	if all {
		targets = nil
		fams := make([]string, 0, len(cfg.Usernames))
		for f := range cfg.Usernames {
			if f != "*" {
				fams = append(fams, f)
			}
		}
		sort.Strings(fams)
		for _, f := range fams {
			codes := make([]string, 0, len(cfg.Usernames[f]))
			for c := range cfg.Usernames[f] {
				if c != "*" {
					codes = append(codes, c)
				}
			}
			sort.Strings(codes)
			for _, c := range codes {
				targets = append(targets, target{f, c})
			}
		}
	}
	status := 0
	for _, t := range targets {
		if st := loginOne(ios, cfg, t.fam, t.code, logout); st != 0 {
			status = st
		}
	}
	return status
}

// loginOne logs in on (or out of) one site and reports it as pywikibot's
// login.py does.
func loginOne(ios *ioStreams, cfg *userconfig.Config, fam, code string, logout bool) int {
	ss, err := openSiteFor(ios, cfg, fam, code, nil)
	if err != nil {
		return reportError(ios, err)
	}
	defer ss.close()
	ctx := context.Background()
	s := ss.site
	if s.Username() == "" {
		_, err := cfg.Username(fam, code)
		if err == nil {
			err = fmt.Errorf("no username configured for %s", s)
		}
		reportError(ios, err)
		fmt.Fprintf(ios.Err, "Not logged in on %s.\n", s)
		return 1
	}
	status := 0
	if logout {
		// log in first when the saved session is alive, so the logout
		// ends it on the wiki too
		if err := s.Login(ctx); err != nil {
			reportError(ios, err)
			status = 1
		} else if err := s.Logout(ctx); err != nil {
			return reportError(ios, err)
		}
		fmt.Fprintf(ios.Err, "Logged out of %s.\n", s)
		return status
	}
	if err := s.Login(ctx); err != nil {
		reportError(ios, err)
		fmt.Fprintf(ios.Err, "Not logged in on %s.\n", s)
		return 1
	}
	fmt.Fprintf(ios.Err, "Logged in on %s as %s.\n", s, s.User())
	return 0
}
