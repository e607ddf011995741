// Package site is gowikibot's MediaWiki Action API client. An APISite
// stands for one wiki (a family and a code) and behaves like pywikibot's
// APISite: siteinfo and userinfo cached per run, bot-password and
// main-account login with cookie reuse, tokens refreshed on badtoken, query
// continuation, batched page loads, edits with conflict detection, and
// pywikibot's throttling and retry rules (maxlag, 5xx, readonly).
//
// It is a plain Go package and needs no Python:
//
//	s, err := site.New(site.Options{APIURL: "https://example.org/w/api.php", Username: "Bot@app", Password: pw})
//	if err != nil { ... }
//	defer s.Close()
//	if err := s.Login(ctx); err != nil { ... }
//	pages, err := s.LoadPages(ctx, []string{"Main Page"})
package site

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/userconfig"
)

// Version is gowikibot's version, used in the User-Agent.
var Version = "0.1.0"

// Options configure an APISite. Only APIURL (or Family and Code) is
// required; everything else has pywikibot's defaults.
type Options struct {
	// APIURL is the wiki's api.php URL. When empty it is built from Family
	// and Code (protocol, hostname, script path, api path).
	APIURL string
	Family family.Family
	Code   string
	// Config supplies the throttle, retry and HTTP settings and the
	// authenticate entries (nil = userconfig.Defaults()).
	Config *userconfig.Config
	// Username is the account (usernames[family][code] in user-config.py);
	// "" means anonymous. It names the cookie file.
	Username string
	// LoginName is the name sent at login: "Name@suffix" for a bot
	// password ("" = Username).
	LoginName string
	// Password is the login password; "" asks UI (hidden) at login time.
	Password string
	// Credentials, when set, gives the login name and password at the
	// first login that needs them (LoginName and Password are not used):
	// pywikibot reads password_file only at login(), so a site whose
	// password file is missing or broken still reads pages.
	Credentials func() (loginName, password string, err error)
	// UI answers password and two-factor prompts (nil = no prompts).
	UI auth.UI
	// CookieFile is where cookies persist. "" derives
	// <Config.BaseDir>/pywikibot-<Username>.lwp (no file when BaseDir is
	// empty); "-" keeps cookies in memory only.
	CookieFile string
	// Transport is the base HTTP transport (nil = a tuned
	// http.Transport). The authenticate chain is built over it.
	Transport http.RoundTripper
	// UserAgent overrides the User-Agent header.
	UserAgent string
	// Script names the running script in the User-Agent, as pywikibot
	// does ("" = the program's name).
	Script string
	// Log receives the -v and -debug lines and noisy waits (nil = stderr).
	Log io.Writer
	// Sleep waits d or until ctx ends (nil = a real timer). Tests inject
	// a fake to check waits without sleeping.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock (nil = time.Now).
	Now func() time.Time
}

// APISite is one wiki. It is safe for concurrent use.
type APISite struct {
	opts     Options
	cfg      *userconfig.Config
	apiURL   string
	host     string
	client   *http.Client
	jar      *auth.Jar
	authKind string
	ua       string
	log      io.Writer
	sleep    func(ctx context.Context, d time.Duration) error
	now      func() time.Time

	mu        sync.Mutex
	siteinfo  *SiteInfo
	userinfo  *UserInfo
	tokens    map[string]string
	loggedOut bool // an explicit logout happened: no automatic re-login

	thrMu     sync.Mutex
	lastRead  time.Time
	lastWrite time.Time
	procs     *procThrottle // throttle.ctrl sharing (nil without a base dir)
	warnedMax atomic.Bool   // the put_throttle > maxthrottle warning was shown

	statsMu sync.Mutex
	stats   Stats

	start startState // the session request sent early (start.go)
}

// Stats counts what a site did, for -v output and benchmarks.
type Stats struct {
	Requests int           // HTTP requests sent (retries included)
	Retries  int           // retried requests
	Waited   time.Duration // total time slept by throttles and retries
}

// New returns a site for the options. It sends no request; cookies are
// loaded from the cookie file when there is one.
func New(o Options) (*APISite, error) {
	cfg := o.Config
	if cfg == nil {
		cfg = userconfig.Defaults()
	}
	api := o.APIURL
	if api == "" {
		if o.Family == nil {
			return nil, fmt.Errorf("site: no API URL and no family")
		}
		if err := family.SiteError(o.Family, o.Code); err != nil {
			return nil, err // a family file method raised for this code
		}
		api = family.APIURL(o.Family, o.Code)
	}
	u, err := url.Parse(api)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("site: bad API URL %q", api)
	}
	s := &APISite{
		opts:   o,
		cfg:    cfg,
		apiURL: api,
		host:   u.Host,
		log:    o.Log,
		sleep:  o.Sleep,
		now:    o.Now,
		tokens: map[string]string{},
	}
	if s.log == nil {
		s.log = os.Stderr
	}
	if s.sleep == nil {
		s.sleep = realSleep
	}
	if s.now == nil {
		s.now = time.Now
	}
	if err := checkThrottles(cfg); err != nil {
		return nil, err
	}
	if cfg.BaseDir != "" {
		s.procs = newProcThrottle(cfg.BaseDir, s.String(), s.now, s.logf)
	}
	cookieFile := o.CookieFile
	switch {
	case cookieFile == "-":
		cookieFile = ""
	case cookieFile == "" && cfg.BaseDir != "":
		cookieFile = filepath.Join(cfg.BaseDir, auth.CookieFileName(o.Username))
	}
	s.jar, err = auth.LoadJar(cookieFile)
	if err != nil {
		s.logf(1, "ignoring the cookie file: %v", err)
	}
	base := o.Transport
	if base == nil {
		verify := true
		if o.Family != nil {
			verify = o.Family.VerifySSLCertificate(o.Code)
		}
		base = defaultTransport(cfg, verify)
	}
	entries, err := auth.AuthEntries(cfg)
	if err != nil {
		return nil, err
	}
	tr, err := auth.NewTransport(base, entries)
	if err != nil {
		return nil, err
	}
	s.authKind = tr.Kind(u.Host)
	s.client = &http.Client{Transport: tr, Jar: s.jar}
	s.ua = o.UserAgent
	if s.ua == "" {
		s.ua = s.defaultUserAgent()
	}
	return s, nil
}

// FromConfig returns the site for (fam, code) as pywikibot.Site() builds
// it from user-config.py: the username pywikibot assigns to the site
// (usernames[family][code], then the '*' entries) and, from password_file,
// the login name (user@suffix for a BotPassword) and the password. Without
// a password the login asks through the UI set with SetUI.
//
// The password file is read at the first login, as pywikibot reads it in
// login(), not when the site is made.
func FromConfig(cfg *userconfig.Config, fam family.Family, code string) (*APISite, error) {
	return FromConfigW(cfg, fam, code, os.Stderr, nil)
}

// FromConfigW is FromConfig with the password file's warnings written to
// w and the -v/-debug lines to log (nil: stderr).
func FromConfigW(cfg *userconfig.Config, fam family.Family, code string, w, log io.Writer) (*APISite, error) {
	user := cfg.SiteUsername(fam.Name(), code)
	var creds func() (string, string, error)
	if user != "" {
		creds = func() (string, string, error) { return cfg.PasswordW(fam.Name(), code, user, w) }
	}
	return New(Options{Config: cfg, Family: fam, Code: code, Username: user, Credentials: creds, Log: log})
}

func defaultTransport(cfg *userconfig.Config, verify bool) http.RoundTripper {
	ct := cfg.ConnectTimeout
	if ct <= 0 {
		ct = 6050 * time.Millisecond
	}
	t := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: ct, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   ct,
		ResponseHeaderTimeout: cfg.SocketTimeout,
		ForceAttemptHTTP2:     true,
	}
	if !verify {
		t.TLSClientConfig = insecureTLS()
	}
	return t
}

func realSleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// APIURL returns the api.php URL.
func (s *APISite) APIURL() string { return s.apiURL }

// Host returns the wiki's host (with port when it has one).
func (s *APISite) Host() string { return s.host }

// Config returns the configuration in use.
func (s *APISite) Config() *userconfig.Config { return s.cfg }

// Jar returns the cookie jar.
func (s *APISite) Jar() *auth.Jar { return s.jar }

// UserAgent returns the User-Agent header sent.
func (s *APISite) UserAgent() string { return s.ua }

// String names the site as pywikibot does: "family:code", or the host.
func (s *APISite) String() string {
	if s.opts.Family != nil {
		return s.opts.Family.Name() + ":" + s.opts.Code
	}
	return s.host
}

// Family returns the site's family (nil when built from a bare URL).
func (s *APISite) Family() family.Family { return s.opts.Family }

// Code returns the site's code.
func (s *APISite) Code() string { return s.opts.Code }

// Stats returns the counters so far.
func (s *APISite) Stats() Stats {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	return s.stats
}

// SetPassword sets the password used by the next login.
func (s *APISite) SetPassword(pw string) {
	s.mu.Lock()
	s.opts.Password = pw
	s.opts.Credentials = nil
	s.mu.Unlock()
}

// SetUI sets the prompt used for passwords and two-factor codes.
func (s *APISite) SetUI(ui auth.UI) {
	s.mu.Lock()
	s.opts.UI = ui
	s.mu.Unlock()
}

// Close removes the site's line from throttle.ctrl and saves the cookies
// when they changed (only for a site with a user: anonymous cookies are
// not kept).
func (s *APISite) Close() error {
	s.stopStart()
	if s.procs != nil {
		s.procs.drop()
	}
	if s.opts.Username != "" && s.jar.Dirty() {
		return s.jar.Save()
	}
	return nil
}

// logf writes a log line when the verbosity is at least level (0 = always,
// 1 = -v, 2 = -debug).
func (s *APISite) logf(level int, format string, args ...any) {
	v := s.cfg.VerboseOutput
	if s.cfg.Debug {
		v = max(v, 2)
	}
	if level > v {
		return
	}
	fmt.Fprintf(s.log, format+"\n", args...)
}

func (s *APISite) defaultUserAgent() string {
	user := s.opts.Username
	if i := strings.LastIndexByte(user, '@'); i > 0 {
		user = user[:i]
	}
	fam, code := "", s.opts.Code
	if s.opts.Family != nil {
		fam = s.opts.Family.Name()
	}
	script := s.opts.Script
	if script == "" && len(os.Args) > 0 {
		script = filepath.Base(os.Args[0])
	}
	if script == "" {
		script = "gowikibot"
	}
	comments := []string{}
	if fam != "" {
		comments = append(comments, fam+":"+code)
	}
	if user != "" {
		comments = append(comments, "User:"+url.PathEscape(strings.ReplaceAll(user, " ", "_")))
	}
	if f := s.cfg.UserAgentFormat; f != "" {
		r := strings.NewReplacer(
			"{script}", script, "{script_product}", script+"/"+Version,
			"{script_comments}", strings.Join(comments, "; "),
			"{pwb}", "gowikibot/"+Version, "{revision}", Version,
			"{http_backend}", "net/http", "{python}", runtime.Version(),
			"{username}", url.PathEscape(user), "{family}", fam, "{code}", code, "{lang}", code,
			"{version}", Version,
		)
		ua := strings.Join(strings.Fields(strings.ReplaceAll(r.Replace(f), "()", "")), " ")
		if s.cfg.UserAgentDescription != "" {
			ua += " " + s.cfg.UserAgentDescription
		}
		return ua
	}
	ua := script + "/" + Version
	if len(comments) > 0 {
		ua += " (" + strings.Join(comments, "; ") + ")"
	}
	ua += " gowikibot/" + Version + " Go/" + strings.TrimPrefix(runtime.Version(), "go")
	if s.cfg.UserAgentDescription != "" {
		ua += " " + s.cfg.UserAgentDescription
	}
	return ua
}
