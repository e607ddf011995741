package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

func cmdWhoami(ios *ioStreams, args []string) int {
	ss, err := openSite(ios, args)
	if err != nil {
		return reportError(ios, err)
	}
	defer ss.close()
	if len(ss.rest) > 0 {
		fmt.Fprintf(ios.Err, "Unknown argument: %s\nusage: gowikibot [global options] whoami\n", ss.rest[0])
		return 2
	}
	ctx := context.Background()
	s := ss.site
	status := 0
	if s.Username() != "" {
		if err := s.Login(ctx); err != nil {
			reportError(ios, err)
			status = 1
		}
	}
	ui, err := s.UserInfo(ctx)
	if err != nil {
		return reportError(ios, err)
	}
	si, err := s.SiteInfo(ctx)
	if err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintf(ios.Out, "site:     %s (%s, %s) %s\n", s, si.General.SiteName, si.General.Generator, s.APIURL())
	if ui.Anon {
		fmt.Fprintf(ios.Out, "user:     not logged in (editing as %s)\n", ui.Name)
	} else {
		fmt.Fprintf(ios.Out, "user:     %s (id %d)\n", ui.Name, ui.ID)
	}
	groups := append([]string(nil), ui.Groups...)
	sort.Strings(groups)
	fmt.Fprintf(ios.Out, "groups:   %s\n", strings.Join(groups, ", "))
	switch {
	case ui.HasRight("bot"):
		fmt.Fprintln(ios.Out, "bot flag: yes (the bot right is granted: edits are marked as bot edits)")
	default:
		fmt.Fprintln(ios.Out, "bot flag: no (no bot right: edits are not marked as bot edits)")
	}
	if ui.BlockID != 0 {
		fmt.Fprintf(ios.Out, "blocked:  by %s: %s\n", ui.BlockedBy, ui.BlockReason)
	}
	return status
}
