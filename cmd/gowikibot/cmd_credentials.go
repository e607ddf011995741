package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

const credentialsUsage = `usage: gowikibot [global options] credentials [-reveal]
       gowikibot [global options] credentials delete HOST
       gowikibot [global options] credentials migrate`

func cmdCredentials(ios *ioStreams, args []string) int {
	cfg, rest, err := loadConfig(ios, args)
	if err != nil {
		return reportError(ios, err)
	}
	store, err := auth.OpenCredentialStore(cfg.BaseDir)
	if err != nil {
		return reportError(ios, err)
	}
	switch {
	case len(rest) == 0 || (len(rest) == 1 && rest[0] == "-reveal"):
		entries, err := store.Entries()
		if err != nil {
			return reportError(ios, err)
		}
		if len(entries) == 0 {
			fmt.Fprintf(ios.Out, "No OAuth credentials in %s. Run 'gowikibot login -oauth' or 'gowikibot credentials migrate'.\n", store.Path)
			return 0
		}
		fmt.Fprintf(ios.Out, "OAuth credentials in %s:\n", store.Path)
		for _, h := range store.Hosts() {
			e := entries[h]
			fmt.Fprintf(ios.Out, "  %s (%s, account %s)\n    %s\n", h, e.Kind, store.User(h), auth.AuthenticateLine(h, e, len(rest) == 1))
		}
		return 0
	case len(rest) == 2 && rest[0] == "delete":
		if err := store.Delete(rest[1]); err != nil {
			return reportError(ios, err)
		}
		fmt.Fprintf(ios.Out, "Deleted the credentials for %s from %s. Revoke the grant on the wiki too: Special:OAuthManageMyGrants.\n", rest[1], store.Path)
		return 0
	case len(rest) == 1 && rest[0] == "migrate":
		return migrateCredentials(ios, cfg, store)
	}
	fmt.Fprintln(ios.Err, credentialsUsage)
	return 2
}

// migrateCredentials moves the account of the default site from a password
// to an owner-only OAuth consumer's tokens.
func migrateCredentials(ios *ioStreams, cfg *userconfig.Config, store *auth.CredentialStore) int {
	fam, err := family.Load(cfg.FamilyFiles, cfg.Family)
	if err != nil {
		return reportError(ios, err)
	}
	code := cfg.Mylang
	host := fam.Hostname(code)
	user := cfg.SiteUsername(fam.Name(), code)
	if user == "" {
		return reportError(ios, fmt.Errorf("no username for %s:%s: set usernames['%s']['%s'] in %s first", fam.Name(), code, fam.Name(), code, cfg.ConfigFile))
	}
	index := family.IndexURL(fam, code)
	fmt.Fprintf(ios.Out, `To stop keeping a password for %[1]s on %[2]s, register an owner-only OAuth consumer:
  1. Log in to the wiki as %[1]s and open %[3]s?title=Special:OAuthConsumerRegistration/propose
  2. Choose "OAuth 1.0a", tick "This consumer is for use only by %[1]s", and select the grants
     the bot needs (e.g. basic rights, high-volume editing, edit existing pages).
  3. The wiki then shows four values: consumer key and secret, access token and secret.
`, user, host, index)
	// Reads stdin even when it is not a terminal (a pasted verifier, a
	// pipe in automation); hidden input is unechoed on a terminal.
	ui := ios.prompter()
	var vals []string
	for _, f := range []struct {
		env, label string
		hidden     bool
	}{
		{"GOWIKIBOT_OAUTH_CONSUMER_KEY", "Consumer key", false},
		{"GOWIKIBOT_OAUTH_CONSUMER_SECRET", "Consumer secret", true},
		{"GOWIKIBOT_OAUTH_ACCESS_KEY", "Access token", false},
		{"GOWIKIBOT_OAUTH_ACCESS_SECRET", "Access secret", true},
	} {
		v := strings.TrimSpace(os.Getenv(f.env))
		if v == "" {
			v, err = ui.Prompt(f.label, f.hidden)
			v = strings.TrimSpace(v)
		}
		if err != nil || v == "" {
			return reportError(ios, fmt.Errorf("no %s given (prompt, or %s)", f.label, f.env))
		}
		vals = append(vals, v)
	}
	entry := userconfig.AuthEntry{Kind: "oauth1", Values: vals}
	// Check the tokens with a signed request before storing them.
	c := *cfg
	c.Authenticate = map[string]userconfig.AuthEntry{host: entry}
	s, err := site.New(site.Options{Config: &c, Family: fam, Code: code, Username: user, CookieFile: "-"})
	if err != nil {
		return reportError(ios, err)
	}
	ui2, err := s.RefreshUserInfo(context.Background())
	if err != nil {
		return reportError(ios, fmt.Errorf("the wiki refused the tokens: %v", err))
	}
	if site.NormalizeUser(ui2.Name) != site.NormalizeUser(user) {
		return reportError(ios, fmt.Errorf("the tokens belong to %q, not %s: register the consumer while logged in as %s", ui2.Name, user, user))
	}
	if err := store.Put(host, user, entry); err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintf(ios.Out, "The wiki accepts the tokens as %s; they are kept in %s (mode 0600).\n", ui2.Name, store.Path)
	if cfg.PasswordFile != "" {
		for _, n := range passwordLines(cfg.PasswordFile, user) {
			fmt.Fprintf(ios.Out, "Delete line %d of %s (the password for %s); gowikibot no longer needs it.\n", n, cfg.PasswordFile, user)
		}
	}
	fmt.Fprintln(ios.Out, "Also revoke the bot password on the wiki: Special:BotPasswords.")
	return 0
}

// passwordLines returns the numbers of the password-file lines that name
// user (without reading any password out).
func passwordLines(path, user string) []int {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []int
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, q := range []string{"'", `"`} {
			if strings.Contains(line, q+user+q) || strings.Contains(line, q+strings.ReplaceAll(user, " ", "_")+q) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}
