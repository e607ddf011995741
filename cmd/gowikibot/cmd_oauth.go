package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/userconfig"
)

// Environment variables that answer the OAuth handshake's prompts, for
// automation.
const (
	envConsumerKey    = "GOWIKIBOT_OAUTH_CONSUMER_KEY"
	envConsumerSecret = "GOWIKIBOT_OAUTH_CONSUMER_SECRET"
)

// cmdOAuthLogin runs "gowikibot login -oauth": MediaWiki's OAuth 1.0a
// handshake for the site of the global options, then keeps the access
// token in the credential store (mode 0600) that later runs use instead of
// a password.
func cmdOAuthLogin(ios *ioStreams, globals []string) int {
	cfg, err := userconfig.Load(userconfig.LoadOptions{Args: globals, Stderr: ios.Err})
	if err != nil {
		return reportError(ios, err)
	}
	fam, err := family.Load(cfg.FamilyFiles, cfg.Family)
	if err != nil {
		return reportError(ios, err)
	}
	code := cfg.Mylang
	host := fam.Hostname(code)
	siteName := fam.Name() + ":" + code
	// Reads stdin even when it is not a terminal (a pasted verifier, a
	// pipe in automation); hidden input is unechoed on a terminal.
	ui := ios.prompter()
	ask := func(env, label string, hidden bool) (string, error) {
		if v := strings.TrimSpace(os.Getenv(env)); v != "" {
			return v, nil
		}
		v, err := ui.Prompt(label, hidden)
		return strings.TrimSpace(v), err
	}
	key, err := ask(envConsumerKey, "Enter your consumer key", false)
	if err != nil || key == "" {
		return reportError(ios, fmt.Errorf("no consumer key given (prompt, or %s)", envConsumerKey))
	}
	secret, err := ask(envConsumerSecret, "Enter your consumer secret", true)
	if err != nil || secret == "" {
		return reportError(ios, fmt.Errorf("no consumer secret given (hidden prompt, or %s)", envConsumerSecret))
	}
	ctx := context.Background()
	h := &auth.Handshake{IndexURL: family.IndexURL(fam, code), ConsumerKey: key, ConsumerSecret: secret}
	authURL, err := h.Initiate(ctx)
	if err != nil {
		return reportError(ios, err)
	}
	fmt.Fprintf(ios.Out, "Authenticate via web browser: open this URL, log in as the bot account and allow access:\n%s\n", authURL)
	pasted, err := ui.Prompt("Paste the response query string (oauth_verifier=...&oauth_token=...) or the verifier", false)
	if err != nil {
		return reportError(ios, fmt.Errorf("no verifier given: %v", err))
	}
	verifier, err := h.ParseVerifier(pasted)
	if err != nil {
		return reportError(ios, err)
	}
	ak, as, err := h.Complete(ctx, verifier)
	if err != nil {
		return reportError(ios, err)
	}
	id, err := h.Identify(ctx, ak, as)
	if err != nil {
		return reportError(ios, err)
	}
	want := cfg.SiteUsername(fam.Name(), code)
	if want != "" && site.NormalizeUser(want) != site.NormalizeUser(id.Username) {
		return reportError(ios, fmt.Errorf("Logged in on %s via OAuth as %s, but expect as %s. Fix: approve the consumer as %s, or set usernames['%s']['%s'] = '%s' in %s",
			siteName, id.Username, want, want, fam.Name(), code, id.Username, cfg.ConfigFile))
	}
	store, err := auth.OpenCredentialStore(cfg.BaseDir)
	if err != nil {
		return reportError(ios, err)
	}
	entry := userconfig.AuthEntry{Kind: "oauth1", Values: []string{key, secret, ak, as}}
	if err := store.Put(host, id.Username, entry); err != nil {
		return reportError(ios, fmt.Errorf("saving the token in %s: %v", store.Path, err))
	}
	fmt.Fprintf(ios.Out, "Logged in on %s via OAuth as %s (groups: %s; grants: %s).\n", siteName, id.Username,
		strings.Join(id.Groups, ", "), strings.Join(id.Grants, ", "))
	fmt.Fprintf(ios.Out, "The access token is kept in %s (mode 0600); gowikibot uses it for %s from now on.\n", store.Path, host)
	if want == "" {
		fmt.Fprintf(ios.Out, "Add this line to user-config.py so that scripts know the account:\n    usernames['%s']['%s'] = '%s'\n", fam.Name(), code, id.Username)
	}
	fmt.Fprintf(ios.Out, "To keep user-config.py as the source of truth instead (pywikibot reads it too), add:\n    %s\n",
		auth.AuthenticateLine(host, entry, false))
	fmt.Fprintln(ios.Out, "with the secrets filled in; 'gowikibot credentials -reveal' prints them.")
	return 0
}
