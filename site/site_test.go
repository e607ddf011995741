package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/userconfig"
)

type siteFixture struct {
	f   *fakeWiki
	s   *APISite
	sl  *fakeSleeper
	log *bytes.Buffer
	dir string
}

func newFixture(t *testing.T, mod func(*Options)) *siteFixture {
	t.Helper()
	fx := &siteFixture{f: newFakeWiki(t), sl: &fakeSleeper{}, log: &bytes.Buffer{}, dir: t.TempDir()}
	fx.s = fx.open(t, mod)
	return fx
}

func (fx *siteFixture) open(t *testing.T, mod func(*Options)) *APISite {
	t.Helper()
	o := Options{APIURL: fx.f.api(), Config: testConfig(fx.dir), Username: "TestBot@ci", Password: fakeSecret,
		Log: fx.log, Sleep: fx.sl.sleep}
	if mod != nil {
		mod(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestColdLoginThreeRequestsThenCookieReuseOne(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	want := []string{"GET query", "POST login", "GET query"}
	if got := fx.f.requests(); !reflect.DeepEqual(got, want) {
		t.Fatalf("cold login requests = %v, want %v", got, want)
	}
	if !fx.s.LoggedIn() || fx.s.User() != "TestBot" {
		t.Fatalf("LoggedIn=%v User=%q", fx.s.LoggedIn(), fx.s.User())
	}
	// siteinfo came with the first request and is cached
	si, err := fx.s.SiteInfo(ctx)
	if err != nil || si.General.SiteName != "FakeWiki" || si.Namespaces[2].Name != "User" || !reflect.DeepEqual(si.Namespaces[2].Aliases, []string{"U"}) {
		t.Fatalf("siteinfo = %+v, %v", si, err)
	}
	if n := len(fx.f.requests()); n != 3 {
		t.Fatalf("SiteInfo sent a request: %d", n)
	}
	cookieFile := filepath.Join(fx.dir, "pywikibot-TestBot@ci.lwp")
	st, err := os.Stat(cookieFile)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("cookie file: %v %v", st, err)
	}
	// A new run reuses the cookie: one request, no login.
	fx.f.resetLog()
	s2 := fx.open(t, nil)
	if err := s2.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"GET query"}) {
		t.Fatalf("cookie-reuse login requests = %v", got)
	}
	if s2.User() != "TestBot" || s2.Stats().Requests != 1 {
		t.Fatalf("user %q stats %+v", s2.User(), s2.Stats())
	}
	// the csrf token came with that request: an edit needs one more request
	if _, err := s2.Edit(ctx, Edit{Title: "A", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	if n := s2.Stats().Requests; n != 2 {
		t.Fatalf("edit after reuse took %d requests in total, want 2", n)
	}
}

func TestWrongPasswordIsClearAndNotRetried(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Password = "wrong-password-xyz" })
	err := fx.s.Login(context.Background())
	var le *auth.LoginError
	if !errors.As(err, &le) || le.Status != "Failed" || !strings.Contains(err.Error(), "Incorrect username or password") {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "wrong-password-xyz") {
		t.Fatal("password in error")
	}
	logins := 0
	for _, r := range fx.f.requests() {
		if r == "POST login" {
			logins++
		}
	}
	if logins != 1 {
		t.Fatalf("%d login attempts, want 1: %v", logins, fx.f.requests())
	}
}

func TestStaleLoginTokenRetriedOnce(t *testing.T) {
	fx := newFixture(t, nil)
	n := 0
	fx.f.loginFor = func(p url.Values) string {
		n++
		if n == 1 {
			return "WrongToken"
		}
		return ""
	}
	if err := fx.s.Login(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"GET query", "POST login", "GET query", "POST login", "GET query"}
	if got := fx.f.requests(); !reflect.DeepEqual(got, want) {
		t.Fatalf("requests = %v, want %v", got, want)
	}
}

func TestMaxlagWaitsRetryAfterOrLagFifth(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Config.VerboseOutput = 1 })
	for _, lag := range []float64{3, 100} {
		fx.f.onNext(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
			if p.Get("maxlag") != "5" {
				t.Errorf("maxlag param = %q", p.Get("maxlag"))
			}
			w.Header().Set("Retry-After", "5")
			w.Header().Set("X-Database-Lag", fmt.Sprint(lag))
			apiErr(w, "maxlag", fmt.Sprintf("Waiting for fake-replica: %v seconds lagged.", lag), map[string]any{"lag": lag, "host": "fake-replica", "type": "db"})
			return true
		})
	}
	if _, err := fx.s.SiteInfo(context.Background()); err != nil {
		t.Fatal(err)
	}
	// first: lag 3 -> max(5, 0.6) = 5 s; second: lag 100 -> max(5, 20) = 20 s
	if got, want := fx.sl.got(), []time.Duration{5 * time.Second, 20 * time.Second}; !reflect.DeepEqual(got, want) {
		t.Fatalf("waits = %v, want %v", got, want)
	}
	out := fx.log.String()
	if !strings.Contains(out, "retry 1/15 of action=query in 5.0s: maxlag") || !strings.Contains(out, "Sleeping for 20.0 seconds") {
		t.Fatalf("log:\n%s", out)
	}
}

func TestServerErrorBackoffCappedAndLimited(t *testing.T) {
	fx := newFixture(t, func(o *Options) {
		o.Config.MaxRetries = 6
		o.Config.RetryWait = 5
		o.Config.RetryMax = 60
	})
	fx.f.onEvery(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
		http.Error(w, "upstream down", http.StatusBadGateway)
		return true
	})
	_, err := fx.s.SiteInfo(context.Background())
	var re *RetryError
	var se *ServerError
	if !errors.As(err, &re) || re.Retries != 6 || !errors.As(err, &se) || se.Status != 502 {
		t.Fatalf("err = %v", err)
	}
	want := []time.Duration{5, 10, 20, 40, 60, 60}
	for i := range want {
		want[i] *= time.Second
	}
	if got := fx.sl.got(); !reflect.DeepEqual(got, want) {
		t.Fatalf("waits = %v, want %v", got, want)
	}
	if n := len(fx.f.requests()); n != 7 {
		t.Fatalf("%d requests, want 7", n)
	}
	if !strings.Contains(err.Error(), "maximum retries attempted (6)") {
		t.Fatalf("message: %v", err)
	}
}

func TestReadonlyRetriedThenSucceeds(t *testing.T) {
	fx := newFixture(t, nil)
	for i := 0; i < 2; i++ {
		fx.f.onNext(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
			apiErr(w, "readonly", "The wiki is currently in read-only mode.", nil)
			return true
		})
	}
	if _, err := fx.s.SiteInfo(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := fx.sl.got(); !reflect.DeepEqual(got, []time.Duration{5 * time.Second, 10 * time.Second}) {
		t.Fatalf("waits = %v", got)
	}
}

func TestBadtokenRefreshedOnce(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	fx.f.resetLog()
	fx.f.onNext(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
		if p.Get("action") != "edit" {
			return false
		}
		apiErr(w, "badtoken", "Invalid CSRF token.", nil)
		return true
	})
	if _, err := fx.s.Edit(ctx, Edit{Title: "B", Text: "t"}); err != nil {
		t.Fatal(err)
	}
	want := []string{"POST edit", "GET query", "POST edit"}
	if got := fx.f.requests(); !reflect.DeepEqual(got, want) {
		t.Fatalf("requests = %v, want %v", got, want)
	}
}

func TestLostSessionReloginOnceThenClearError(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	// the server forgets every session
	fx.f.mu.Lock()
	fx.f.sessions = map[string]string{}
	fx.f.mu.Unlock()
	fx.f.resetLog()
	res, err := fx.s.Edit(ctx, Edit{Title: "C", Text: "t", Summary: "s"})
	if err != nil || res.NewRevID == 0 {
		t.Fatalf("edit after lost session: %v %v", res, err)
	}
	want := []string{"POST edit", "GET query", "POST login", "GET query", "POST edit"}
	if got := fx.f.requests(); !reflect.DeepEqual(got, want) {
		t.Fatalf("requests = %v, want %v", got, want)
	}
	// a query that answers as someone else also re-logs in
	fx.f.mu.Lock()
	fx.f.sessions = map[string]string{}
	fx.f.mu.Unlock()
	fx.f.resetLog()
	if _, err := fx.s.LoadPages(ctx, []string{"C"}); err != nil {
		t.Fatal(err)
	}
	if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"GET query", "GET query", "POST login", "GET query", "GET query"}) {
		t.Fatalf("requests = %v", got)
	}
	// when every request is refused as logged out, the second failure is an error
	fx.f.onEvery(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
		if p.Get("action") != "edit" {
			return false
		}
		apiErr(w, "assertuserfailed", "You are no longer logged in, so the action could not be completed.", nil)
		return true
	})
	_, err = fx.s.Edit(ctx, Edit{Title: "C", Text: "u"})
	var se *SessionError
	if !errors.As(err, &se) || ErrorCode(err) != "assertuserfailed" {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "session of TestBot@ci was lost") {
		t.Fatalf("message: %v", err)
	}
}

func TestLogoutClearsStateAndWritesFailLocally(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	cookieFile := filepath.Join(fx.dir, "pywikibot-TestBot@ci.lwp")
	if _, err := os.Stat(cookieFile); err != nil {
		t.Fatal(err)
	}
	fx.f.resetLog()
	if err := fx.s.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"POST logout"}) {
		t.Fatalf("logout requests = %v", got)
	}
	if !strings.Contains(fx.f.bodies[0], "token=csrf-") {
		t.Fatalf("logout body lacks the csrf token: %s", fx.f.bodies[0])
	}
	if _, err := os.Stat(cookieFile); !os.IsNotExist(err) {
		t.Fatalf("cookie file still there: %v", err)
	}
	ui, err := fx.s.UserInfo(ctx)
	if err != nil || !ui.Anon || fx.s.LoggedIn() {
		t.Fatalf("userinfo after logout: %+v %v", ui, err)
	}
	fx.f.resetLog()
	_, err = fx.s.Edit(ctx, Edit{Title: "D", Text: "x"})
	var ae *APIError
	if !errors.As(err, &ae) || ae.Code != "assertuserfailed" || !ae.Local {
		t.Fatalf("edit after logout: %v", err)
	}
	if n := len(fx.f.requests()); n != 0 {
		t.Fatalf("edit after logout sent %d requests", n)
	}
}

func TestLoadPagesBatchesAndOrder(t *testing.T) {
	for _, high := range []bool{false, true} {
		fx := newFixture(t, nil)
		fx.f.highLimits = high
		for i := 0; i < 120; i++ {
			fx.f.pages[fmt.Sprintf("P%d", i)] = fmt.Sprintf("text %d", i)
			fx.f.revs[fmt.Sprintf("P%d", i)] = int64(i + 1)
		}
		ctx := context.Background()
		if err := fx.s.Login(ctx); err != nil {
			t.Fatal(err)
		}
		fx.f.resetLog()
		var titles []string
		for i := 119; i >= 0; i-- {
			titles = append(titles, fmt.Sprintf("P%d", i))
		}
		titles = append(titles, "Missing one")
		pages, err := fx.s.LoadPages(ctx, titles)
		if err != nil {
			t.Fatal(err)
		}
		wantReq := 3
		if high {
			wantReq = 1
		}
		reqs := fx.f.requests()
		if len(reqs) != wantReq {
			t.Fatalf("high=%v: %d requests %v, want %d", high, len(reqs), reqs, wantReq)
		}
		if high && reqs[0] != "POST query" {
			t.Fatalf("a 121-title request should be POSTed: %v", reqs)
		}
		if len(pages) != 121 || pages[0].Text() != "text 119" || pages[119].Text() != "text 0" || !pages[120].Missing || pages[120].Exists() {
			t.Fatalf("pages wrong: %d %q %q %+v", len(pages), pages[0].Text(), pages[119].Text(), pages[120])
		}
		if pages[5].StartTimestamp == "" || pages[5].Latest().Timestamp != "" && pages[5].Latest().RevID != 115 {
			t.Fatalf("page meta: %+v", pages[5])
		}
	}
}

func TestQueryContinuation(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Username = "" })
	var got []string
	err := fx.s.Query(context.Background(), url.Values{"list": {"allpages"}}, func(r *QueryResult) (bool, error) {
		got = append(got, string(r.Query["allpages"]))
		return false, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || !strings.Contains(got[2], `"P2"`) {
		t.Fatalf("pages = %v", got)
	}
	if b := fx.f.bodies[2]; !strings.Contains(b, "apcontinue=2") || !strings.Contains(b, "continue=-%7C%7C") {
		t.Fatalf("continue not merged: %s", b)
	}
}

func TestEditErrorsAndConflict(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := fx.s.Edit(ctx, Edit{Title: "E", Text: "v1"}); err != nil {
		t.Fatal(err)
	}
	pages, err := fx.s.LoadPages(ctx, []string{"E", "Nope"})
	if err != nil {
		t.Fatal(err)
	}
	// someone else edits in between
	fx.f.mu.Lock()
	fx.f.pages["E"] = "other"
	fx.f.stamps["E"] = fx.f.stamp()
	fx.f.mu.Unlock()
	_, err = fx.s.EditPage(ctx, pages[0], Edit{Text: "mine"})
	var ec *EditConflictError
	if !errors.As(err, &ec) || ec.PywikibotClass() != "EditConflictError" || err.Error() != "Page [[E]] could not be saved due to an edit conflict" {
		t.Fatalf("err = %v", err)
	}
	if fx.f.pages["E"] != "other" {
		t.Fatal("the other edit was overwritten")
	}
	_, err = fx.s.Edit(ctx, Edit{Title: "Nope", Text: "x", NoCreate: true})
	var nc *NoCreateError
	if !errors.As(err, &nc) || ErrorCode(err) != "missingtitle" {
		t.Fatalf("nocreate: %v", err)
	}
	_, err = fx.s.Edit(ctx, Edit{Title: "E", Text: "x", CreateOnly: true})
	var pc *PageCreatedConflictError
	if !errors.As(err, &pc) || err.Error() != "Page [[E]] has been created since last retrieved." {
		t.Fatalf("createonly: %v", err)
	}
	for code, want := range map[string]string{
		"protectedpage": "LockedPageError", "cascadeprotected": "CascadeLockedPageError",
		"protectedtitle": "LockedNoPageError", "pagedeleted": "PageDeletedConflictError",
		"spamblacklist": "SpamblacklistError", "titleblacklist-forbidden": "TitleblacklistError",
		"abusefilter-disallowed": "AbuseFilterDisallowedError", "contenttoobig": "OtherPageSaveError",
	} {
		err := editError("T", &APIError{Code: code, Info: "100% bad"})
		ex, ok := err.(interface{ PywikibotClass() string })
		if !ok || ex.PywikibotClass() != want || ErrorCode(err) != code {
			t.Errorf("%s -> %T %v", code, err, err)
		}
	}
}

func TestEditParamsBotMinorAssert(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	fx.f.resetLog()
	if _, err := fx.s.Edit(ctx, Edit{Title: "F", Text: "x", Summary: "sum", Minor: true, Bot: true, NoCreate: false}); err != nil {
		t.Fatal(err)
	}
	v, _ := url.ParseQuery(fx.f.bodies[0])
	for k, want := range map[string]string{"assert": "user", "bot": "1", "minor": "1", "summary": "sum", "token": "csrf-sess2+\\", "maxlag": "5"} {
		if v.Get(k) != want {
			t.Errorf("%s = %q, want %q (%s)", k, v.Get(k), want, fx.f.bodies[0])
		}
	}
}

func TestDebugOutputHasNoSecrets(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Config.Debug = true; o.Config.VerboseOutput = 1 })
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := fx.s.Edit(ctx, Edit{Title: "G", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := fx.s.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	out := fx.log.String()
	if !strings.Contains(out, "debug: POST "+fx.f.api()) || !strings.Contains(out, "lgpassword=<hidden>") {
		t.Fatalf("debug log lacks request lines:\n%s", out)
	}
	for _, secret := range []string{fakeSecret, "csrf-sess", "login-sess", "sess2"} {
		if strings.Contains(out, secret) {
			t.Fatalf("secret %q in debug output:\n%s", secret, out)
		}
	}
}

func TestThrottleAndGETLength(t *testing.T) {
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := base
	fx := newFixture(t, func(o *Options) {
		o.Config.PutThrottle = 10
		o.Config.MinThrottle = 0
		o.Now = func() time.Time { return now }
	})
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := fx.s.Edit(ctx, Edit{Title: "H", Text: "1"}); err != nil {
		t.Fatal(err)
	}
	now = now.Add(3 * time.Second)
	if _, err := fx.s.Edit(ctx, Edit{Title: "H", Text: "2"}); err != nil {
		t.Fatal(err)
	}
	if got := fx.sl.got(); !reflect.DeepEqual(got, []time.Duration{7 * time.Second}) {
		t.Fatalf("put_throttle waits = %v", got)
	}
	if !strings.Contains(fx.log.String(), "Sleeping for 7.0 seconds") {
		t.Fatalf("noisy sleep not reported: %q", fx.log.String())
	}
	// long reads are POSTed
	fx.f.resetLog()
	if _, err := fx.s.LoadPages(ctx, []string{strings.Repeat("x", 300)}); err != nil {
		t.Fatal(err)
	}
	if got := fx.f.requests(); got[0] != "POST query" {
		t.Fatalf("long read went as %v", got)
	}
}

func TestUserAgentAndAuthenticateBasic(t *testing.T) {
	fx := newFixture(t, nil)
	var seenUA, seenAuth string
	fx.f.onNext(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
		seenUA = r.UserAgent()
		u, pw, _ := r.BasicAuth()
		seenAuth = u + ":" + pw
		return false
	})
	host := strings.TrimPrefix(fx.f.ts.URL, "http://")
	s := fx.open(t, func(o *Options) {
		o.Config.Authenticate = map[string]userconfig.AuthEntry{host: {Kind: "basic", Values: []string{"hu", "hp"}}}
	})
	if _, err := s.SiteInfo(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(seenUA, "(User:TestBot)") || !strings.Contains(seenUA, "gowikibot/"+Version) {
		t.Fatalf("UA = %q", seenUA)
	}
	if seenAuth != "hu:hp" {
		t.Fatalf("basic auth = %q", seenAuth)
	}
	// basic auth does not replace the wiki login: a lost session is re-established
	ctx := context.Background()
	if err := s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	fx.f.mu.Lock()
	fx.f.sessions = map[string]string{}
	fx.f.mu.Unlock()
	if _, err := s.Edit(ctx, Edit{Title: "Basic", Text: "x"}); err != nil {
		t.Fatal(err)
	}
}

func TestSignerAuthenticatedSitePostsAndSkipsPasswordLogin(t *testing.T) {
	auth.RegisterSigner("test-oauth", func(e userconfig.AuthEntry, next http.RoundTripper) (http.RoundTripper, error) {
		return roundTripFunc(func(r *http.Request) (*http.Response, error) {
			r = r.Clone(r.Context())
			r.Header.Set("X-Test-OAuth", e.Values[0])
			return next.RoundTrip(r)
		}), nil
	})
	fx := newFixture(t, nil)
	host := strings.TrimPrefix(fx.f.ts.URL, "http://")
	for _, tc := range []struct{ signed, user, wantErr string }{{"TestBot", "TestBot", ""}, {"Someone", "TestBot", "Logged in on " + host + " via OAuth as Someone, but expect as TestBot. Fix: set usernames for this site to 'Someone' in user-config.py, or use a token of TestBot"}} {
		fx.f.resetLog()
		s := fx.open(t, func(o *Options) {
			o.Username = tc.user
			o.Password = ""
			o.Config.Authenticate = map[string]userconfig.AuthEntry{host: {Kind: "test-oauth", Values: []string{tc.signed}}}
		})
		err := s.Login(context.Background())
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || err.Error() != tc.wantErr) {
			t.Fatalf("signed as %s: err = %v", tc.signed, err)
		}
		if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"POST query"}) {
			t.Fatalf("requests = %v", got)
		}
		if tc.wantErr == "" && s.User() != "TestBot" {
			t.Fatalf("user %q", s.User())
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestAssertBotFailedWithoutBotRightIsNotARelogin(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	fx.f.onNext(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
		if p.Get("action") != "edit" {
			return false
		}
		apiErr(w, "assertbotfailed", "You do not have the \"bot\" right, so the action could not be completed.", nil)
		return true
	})
	fx.f.resetLog()
	_, err := fx.s.Edit(ctx, Edit{Title: "Q", Text: "x", AssertBot: true})
	if ErrorCode(err) != "assertbotfailed" {
		t.Fatalf("err = %v", err)
	}
	if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"POST edit", "GET query"}) {
		t.Fatalf("requests = %v", got)
	}
}

// testFamily is a one-wiki family for tests.
type testFamily struct{ host string }

func (f testFamily) Name() string                          { return "testfam" }
func (f testFamily) Codes() []string                       { return []string{"xx"} }
func (f testFamily) Protocol(string) string                { return "http" }
func (f testFamily) Hostname(string) string                { return f.host }
func (f testFamily) ScriptPath(string) string              { return "/w" }
func (f testFamily) APIPath(string) string                 { return "/w/api.php" }
func (f testFamily) Path(string) string                    { return "/w/index.php" }
func (f testFamily) VerifySSLCertificate(code string) bool { return true }

func TestFromConfigUsesUsernamesAndPasswordFile(t *testing.T) {
	f := newFakeWiki(t)
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.Usernames = map[string]map[string]string{"testfam": {"*": "TestBot"}}
	cfg.PasswordFile = filepath.Join(dir, "user-password.cfg")
	if err := os.WriteFile(cfg.PasswordFile, []byte("('TestBot', BotPassword('ci', '"+fakeSecret+"'))\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := FromConfig(cfg, testFamily{strings.TrimPrefix(f.ts.URL, "http://")}, "xx")
	if err != nil {
		t.Fatal(err)
	}
	if s.APIURL() != f.ts.URL+"/w/api.php" || s.String() != "testfam:xx" || s.Username() != "TestBot" {
		t.Fatalf("site %s %s %s", s.APIURL(), s, s.Username())
	}
	if err := s.Login(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "pywikibot-TestBot.lwp")); err != nil {
		t.Fatalf("cookie file: %v", err)
	}
	if !strings.Contains(s.UserAgent(), "(testfam:xx; User:TestBot)") {
		t.Fatalf("UA %q", s.UserAgent())
	}
}

func TestSimulateBlocksWrites(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Config.Simulate = true })
	res, err := fx.s.Edit(context.Background(), Edit{Title: "S", Text: "x"})
	if err != nil || res.Result != "Success" || !res.NoChange {
		t.Fatalf("%+v %v", res, err)
	}
	if n := len(fx.f.requests()); n != 0 || fx.log.String() != "SIMULATION: edit action blocked.\n" {
		t.Fatalf("%d requests, log %q", n, fx.log.String())
	}
}

func TestLoginWithoutUsername(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Username = ""; o.Family = testFamily{"h"}; o.Code = "xx" })
	err := fx.s.Login(context.Background())
	var nu *userconfig.NoUsernameError
	if !errors.As(err, &nu) || !strings.Contains(err.Error(), "usernames['testfam']['xx'] = 'myUsername'") {
		t.Fatalf("err = %v", err)
	}
	if n := len(fx.f.requests()); n != 0 {
		t.Fatalf("%d requests", n)
	}
}

func TestConcurrentUse(t *testing.T) {
	fx := newFixture(t, nil)
	ctx := context.Background()
	if err := fx.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 16)
	for i := 0; i < 8; i++ {
		go func(i int) {
			title := fmt.Sprintf("Conc %d", i)
			_, err := fx.s.Edit(ctx, Edit{Title: title, Text: "x"})
			if err == nil {
				var pages []*Page
				pages, err = fx.s.LoadPages(ctx, []string{title})
				if err == nil && pages[0].Text() != "x" {
					err = fmt.Errorf("%s: %q", title, pages[0].Text())
				}
			}
			errs <- err
		}(i)
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

func TestMaximumGETLengthZeroMeansPOST(t *testing.T) {
	fx := newFixture(t, func(o *Options) { o.Config.MaximumGETLength = 0 })
	if _, err := fx.s.SiteInfo(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := fx.f.requests(); !reflect.DeepEqual(got, []string{"POST query"}) {
		t.Fatalf("requests = %v", got)
	}
}
