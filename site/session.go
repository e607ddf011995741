package site

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/userconfig"
)

// SiteInfo is meta=siteinfo with general, namespaces and namespacealiases.
type SiteInfo struct {
	General          General
	Namespaces       map[int]Namespace
	NamespaceAliases []NamespaceAlias
}

// General is siteinfo's "general" part. Raw holds every field as sent.
type General struct {
	SiteName    string         `json:"sitename"`
	MainPage    string         `json:"mainpage"`
	Base        string         `json:"base"`
	Generator   string         `json:"generator"`
	Lang        string         `json:"lang"`
	Case        string         `json:"case"`
	Server      string         `json:"server"`
	ServerName  string         `json:"servername"`
	ScriptPath  string         `json:"script"`
	ArticlePath string         `json:"articlepath"`
	WikiID      string         `json:"wikiid"`
	MaxArticle  int64          `json:"maxarticlesize"`
	Raw         map[string]any `json:"-"`
}

// Namespace is one namespace of the wiki.
type Namespace struct {
	ID        int    `json:"id"`
	Name      string `json:"name"`
	Canonical string `json:"canonical"`
	Case      string `json:"case"`
	Content   bool   `json:"content"`
	Subpages  bool   `json:"subpages"`
	// DefaultContentModel is the namespace's content model when it is not
	// wikitext (a Wikibase repository's item and property namespaces:
	// "wikibase-item", "wikibase-property").
	DefaultContentModel string `json:"defaultcontentmodel,omitempty"`
	Aliases             []string
}

// NamespaceAlias is an extra name of a namespace.
type NamespaceAlias struct {
	ID    int    `json:"id"`
	Alias string `json:"alias"`
}

// UserInfo is meta=userinfo with groups, rights and ratelimits.
type UserInfo struct {
	ID          int64          `json:"id"`
	Name        string         `json:"name"`
	Anon        bool           `json:"anon"`
	Groups      []string       `json:"groups"`
	Rights      []string       `json:"rights"`
	RateLimits  map[string]any `json:"ratelimits"`
	BlockID     int64          `json:"blockid"`
	BlockedBy   string         `json:"blockedby"`
	BlockReason string         `json:"blockreason"`
	HasMsg      bool           `json:"messages"`
}

// HasRight reports whether the user has the right.
func (u *UserInfo) HasRight(r string) bool { return u != nil && contains(u.Rights, r) }

// HasGroup reports whether the user is in the group.
func (u *UserInfo) HasGroup(g string) bool { return u != nil && contains(u.Groups, g) }

func contains(list []string, x string) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

type sessionResponse struct {
	Query struct {
		General          json.RawMessage            `json:"general"`
		Namespaces       map[string]json.RawMessage `json:"namespaces"`
		NamespaceAliases []NamespaceAlias           `json:"namespacealiases"`
		UserInfo         *UserInfo                  `json:"userinfo"`
		Tokens           map[string]string          `json:"tokens"`
	} `json:"query"`
}

const uiprop = "groups|rights|ratelimits|blockinfo|hasmsg"

// refreshSession sends one query for userinfo (and siteinfo when not
// cached, and the given token types) and stores the answers.
func (s *APISite) refreshSession(ctx context.Context, tokenTypes string) error {
	_, err := s.sessionRequest(ctx, tokenTypes, false)
	return err
}

// sessionRequest is refreshSession, returning the tokens it brought;
// early is StartSession's request (tried once, not waiting for itself).
func (s *APISite) sessionRequest(ctx context.Context, tokenTypes string, early bool) (map[string]string, error) {
	s.mu.Lock()
	needSI := s.siteinfo == nil
	s.mu.Unlock()
	p := sessionParams(needSI, tokenTypes)
	var r sessionResponse
	if err := s.Do(ctx, &Request{Params: p, noSession: true, early: early}, &r); err != nil {
		return nil, err
	}
	q := r.Query
	tokens := map[string]string{}
	for k, v := range q.Tokens {
		tokens[strings.TrimSuffix(k, "token")] = v
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if needSI && q.General != nil {
		si, err := decodeSiteInfo(q.General, q.Namespaces, q.NamespaceAliases)
		if err != nil {
			return nil, err
		}
		s.siteinfo = si
	}
	if q.UserInfo != nil {
		s.userinfo = q.UserInfo
	}
	for k, v := range tokens {
		if k != "login" || !early {
			s.tokens[k] = v
		}
	}
	return tokens, nil
}

func decodeSiteInfo(general json.RawMessage, ns map[string]json.RawMessage, aliases []NamespaceAlias) (*SiteInfo, error) {
	si := &SiteInfo{Namespaces: map[int]Namespace{}, NamespaceAliases: aliases}
	if err := json.Unmarshal(general, &si.General); err != nil {
		return nil, fmt.Errorf("bad siteinfo: %w", err)
	}
	_ = json.Unmarshal(general, &si.General.Raw)
	for _, raw := range ns {
		var n Namespace
		if err := json.Unmarshal(raw, &n); err != nil {
			return nil, fmt.Errorf("bad siteinfo namespace: %w", err)
		}
		si.Namespaces[n.ID] = n
	}
	for _, a := range aliases {
		if n, ok := si.Namespaces[a.ID]; ok {
			n.Aliases = append(n.Aliases, a.Alias)
			si.Namespaces[a.ID] = n
		}
	}
	return si, nil
}

// SiteInfo returns the siteinfo, fetched once per run (together with the
// userinfo when it is the first request).
func (s *APISite) SiteInfo(ctx context.Context) (*SiteInfo, error) {
	if err := s.awaitStart(ctx); err != nil {
		return nil, err
	}
	s.mu.Lock()
	si := s.siteinfo
	s.mu.Unlock()
	if si != nil {
		return si, nil
	}
	if err := s.refreshSession(ctx, s.sessionTokenKinds()); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.siteinfo == nil {
		return nil, errors.New("the wiki sent no siteinfo")
	}
	return s.siteinfo, nil
}

// UserInfo returns the cached userinfo, fetching it when there is none.
func (s *APISite) UserInfo(ctx context.Context) (*UserInfo, error) {
	if err := s.awaitStart(ctx); err != nil {
		return nil, err
	}
	s.mu.Lock()
	ui := s.userinfo
	s.mu.Unlock()
	if ui != nil {
		return ui, nil
	}
	return s.RefreshUserInfo(ctx)
}

// RefreshUserInfo asks the wiki for the userinfo again.
func (s *APISite) RefreshUserInfo(ctx context.Context) (*UserInfo, error) {
	if err := s.refreshSession(ctx, s.sessionTokenKinds()); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.userinfo, nil
}

// Username returns the configured login name ("" = anonymous).
func (s *APISite) Username() string { return s.opts.Username }

// accountName is the account the login name stands for, normalised as
// MediaWiki does (first letter upper case, underscores as spaces).
func (s *APISite) accountName() string { return NormalizeUser(s.opts.Username) }

// NormalizeUser returns the account name of a login name: the part before
// "@" of a bot password, first letter upper-cased, "_" as spaces.
func NormalizeUser(name string) string {
	if i := strings.LastIndexByte(name, '@'); i > 0 {
		name = name[:i]
	}
	name = strings.TrimSpace(strings.ReplaceAll(name, "_", " "))
	if name == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}

// LoggedIn reports whether the site is logged in as its configured user,
// as pywikibot's logged_in(): userinfo present, not anonymous, a user id,
// and the configured name.
func (s *APISite) LoggedIn() bool {
	_ = s.awaitStart(context.Background())
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.loggedInLocked()
}

func (s *APISite) loggedInLocked() bool {
	ui := s.userinfo
	return ui != nil && !ui.Anon && ui.ID != 0 && s.opts.Username != "" && ui.Name == s.accountName()
}

func (s *APISite) expectUser() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.loggedOut && s.loggedInLocked()
}

func (s *APISite) canRelogin() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opts.Username != "" && !s.loggedOut && !s.signedPOST()
}

// User returns the user name when logged in, else "".
func (s *APISite) User() string {
	if s.LoggedIn() {
		return s.accountName()
	}
	return ""
}

// Token returns a token of the type ("csrf", "patrol", "rollback",
// "watch", "login", ...), fetching it once per session.
func (s *APISite) Token(ctx context.Context, kind string) (string, error) {
	if err := s.awaitStart(ctx); err != nil {
		return "", err
	}
	s.mu.Lock()
	t := s.tokens[kind]
	s.mu.Unlock()
	if t != "" {
		return t, nil
	}
	var r sessionResponse
	p := url.Values{"action": {"query"}, "meta": {"tokens"}, "type": {kind}}
	if err := s.Do(ctx, &Request{Params: p, noSession: true}, &r); err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range r.Query.Tokens {
		s.tokens[strings.TrimSuffix(k, "token")] = v
	}
	if s.tokens[kind] == "" {
		return "", fmt.Errorf("the wiki sent no %s token", kind)
	}
	return s.tokens[kind], nil
}

func (s *APISite) dropTokens() {
	s.mu.Lock()
	s.tokens = map[string]string{}
	s.mu.Unlock()
}

// credentials returns the login name and password, reading them through
// Options.Credentials the first time (then kept: the file is read once).
func (s *APISite) credentials() (auth.Credentials, error) {
	s.mu.Lock()
	get := s.opts.Credentials
	s.mu.Unlock()
	if get != nil {
		login, pw, err := get()
		if err != nil {
			return auth.Credentials{}, err
		}
		s.mu.Lock()
		if s.opts.Credentials != nil {
			s.opts.LoginName, s.opts.Password, s.opts.Credentials = login, pw, nil
		}
		s.mu.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	login := s.opts.LoginName
	if login == "" {
		login = s.opts.Username
	}
	return auth.Credentials{User: login, Password: s.opts.Password}, nil
}

func (s *APISite) ui() auth.UI {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opts.UI
}

// Login logs in as the configured user, as pywikibot's APISite.login: no
// request at all when already logged in; with saved cookies one request
// (userinfo, siteinfo and tokens together) that finds the session alive;
// otherwise a login with the login token from that same request, then one
// userinfo request: three requests for a fresh login. The cookies are
// saved afterwards.
func (s *APISite) Login(ctx context.Context) error {
	if err := s.awaitStart(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	s.loggedOut = false
	s.mu.Unlock()
	if s.LoggedIn() {
		return nil
	}
	if s.opts.Username == "" {
		fam := s.host
		if s.opts.Family != nil {
			fam = s.opts.Family.Name()
		}
		return &userconfig.NoUsernameError{Family: fam, Code: s.opts.Code, File: s.cfg.ConfigFileName}
	}
	kinds := "csrf|login"
	if s.signedPOST() {
		kinds = "csrf"
	}
	// the early session request (StartSession) found no live session and
	// brought the login token: no second session request for it
	if token := s.takeStartLoginToken(); token != "" {
		s.mu.Lock()
		s.tokens["login"] = token
		s.mu.Unlock()
	} else if err := s.refreshSession(ctx, kinds); err != nil {
		return err
	}
	if s.LoggedIn() {
		s.logf(1, "Logged in on %s as %s (session reused)", s, s.accountName())
		return s.saveJar()
	}
	s.mu.Lock()
	ui := s.userinfo
	token := s.tokens["login"]
	s.mu.Unlock()
	if s.signedPOST() {
		name := "nobody"
		if ui != nil && !ui.Anon {
			name = ui.Name
		}
		return &IdentityError{Msg: fmt.Sprintf("Logged in on %s via OAuth as %s, but expect as %s. Fix: set usernames for this site to '%s' in user-config.py, or use a token of %s", s, name, s.accountName(), name, s.accountName())}
	}
	creds, err := s.credentials()
	if err != nil {
		return err
	}
	if _, err := auth.Login(ctx, s, creds, token, s.ui()); err != nil {
		return err
	}
	s.dropTokens()
	if err := s.refreshSession(ctx, "csrf"); err != nil {
		return err
	}
	if !s.LoggedIn() {
		s.mu.Lock()
		name := ""
		if s.userinfo != nil {
			name = s.userinfo.Name
		}
		s.mu.Unlock()
		return fmt.Errorf("logged in as %s, but the wiki answers as %q", s.opts.Username, name)
	}
	s.logf(1, "Logged in on %s as %s", s, s.accountName())
	return s.saveJar()
}

// relogin re-establishes a lost session: fresh cookies, login, userinfo.
func (s *APISite) relogin(ctx context.Context) error {
	s.jar.Clear()
	s.mu.Lock()
	s.userinfo = nil
	s.tokens = map[string]string{}
	s.mu.Unlock()
	creds, err := s.credentials()
	if err != nil {
		return err
	}
	if _, err := auth.Login(ctx, s, creds, "", s.ui()); err != nil {
		return err
	}
	if err := s.refreshSession(ctx, "csrf"); err != nil {
		return err
	}
	if !s.LoggedIn() {
		return errors.New("the wiki still does not answer as " + s.accountName())
	}
	s.logf(1, "Logged in again on %s as %s", s, s.accountName())
	return s.saveJar()
}

func (s *APISite) saveJar() error {
	if err := s.jar.Save(); err != nil {
		return fmt.Errorf("saving cookies: %w", err)
	}
	return nil
}

// Logout ends the session: POST action=logout with the csrf token, then
// the userinfo, the tokens, the cookies and the cookie file are cleared.
// Afterwards writes fail locally with assertuserfailed until Login.
func (s *APISite) Logout(ctx context.Context) error {
	tok, err := s.Token(ctx, "csrf")
	if err != nil {
		return err
	}
	if err := auth.Logout(ctx, s, tok); err != nil {
		return err
	}
	s.mu.Lock()
	s.userinfo = nil
	s.tokens = map[string]string{}
	s.loggedOut = true
	s.mu.Unlock()
	s.jar.Clear()
	return s.saveJar()
}

// ensureLoggedInForWrite logs in before a write when credentials exist, or
// fails locally with assertuserfailed.
func (s *APISite) ensureLoggedInForWrite(ctx context.Context) error {
	if s.LoggedIn() {
		return nil
	}
	s.mu.Lock()
	out := s.loggedOut
	s.mu.Unlock()
	if !out && s.opts.Username != "" {
		if err := s.Login(ctx); err != nil {
			return err
		}
		return nil
	}
	return &APIError{Code: "assertuserfailed", Info: "You are no longer logged in, so the action could not be completed.", Local: true}
}

// Rights returns the user's rights, sorted.
func (s *APISite) Rights(ctx context.Context) ([]string, error) {
	ui, err := s.UserInfo(ctx)
	if err != nil {
		return nil, err
	}
	r := append([]string(nil), ui.Rights...)
	sort.Strings(r)
	return r, nil
}

// sessionTokenKinds is what a userinfo/siteinfo request also fetches: the
// csrf token, in the same request, when a user is configured and no token
// is cached (a script's first write then needs no token request of its
// own; a later login drops it and fetches a fresh one).
func (s *APISite) sessionTokenKinds() string {
	if s.opts.Username == "" {
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tokens["csrf"] != "" {
		return ""
	}
	return "csrf"
}
