// Package core holds the integration tests of gowikibot's Go core (site,
// auth) against a real, throwaway MediaWiki started by tests/wikitest.
// Every test asserts what the wiki itself recorded.
package core

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/auth"
	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/tests/wikitest"
	"github.com/gowikibot/gowikibot/userconfig"
)

func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }

// syncBuf is a goroutine-safe log buffer.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testConfig is a hand-built pywikibot config for the test wiki: short
// waits so retries are quick.
func testConfig(dir string) *userconfig.Config {
	c := userconfig.Defaults()
	c.BaseDir = dir
	c.Family = "testwiki"
	c.Mylang = "en"
	c.MinThrottle = 0
	c.PutThrottle = 0
	c.RetryWait = 0.1
	c.RetryMax = 1
	c.MaxRetries = 5
	return c
}

type opened struct {
	s   *site.APISite
	log *syncBuf
	dir string
}

// open returns a site for the wiki logged in as user/secret, cookies in
// dir ("" = a new temporary directory).
func open(t *testing.T, w *wikitest.Wiki, user, secret, dir string, mod func(*site.Options)) opened {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	lg := &syncBuf{}
	o := site.Options{APIURL: w.APIURL, Config: testConfig(dir), Username: site.NormalizeUser(user), LoginName: user, Password: secret, Log: lg}
	if mod != nil {
		mod(&o)
	}
	s, err := site.New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return opened{s, lg, dir}
}

func bot(t *testing.T, w *wikitest.Wiki, mod func(*site.Options)) opened {
	return open(t, w, w.BotLoginName, w.BotPasswordSecret, "", mod)
}

// history returns the page's revisions (user, minor, comment), newest first,
// as the wiki records them, read by a separate anonymous client.
func history(t *testing.T, w *wikitest.Wiki, title string) []map[string]any {
	t.Helper()
	anon := open(t, w, "", "", "", nil)
	var r struct {
		Query struct {
			Pages []struct {
				Revisions []map[string]any `json:"revisions"`
			} `json:"pages"`
		} `json:"query"`
	}
	p := url.Values{"action": {"query"}, "prop": {"revisions"}, "titles": {title}, "rvprop": {"user|flags|comment|content|ids"},
		"rvslots": {"main"}, "rvlimit": {"10"}}
	if err := anon.s.Get(context.Background(), p, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Query.Pages) != 1 {
		t.Fatalf("no page %s", title)
	}
	return r.Query.Pages[0].Revisions
}

func revContent(rev map[string]any) string {
	slots, _ := rev["slots"].(map[string]any)
	main, _ := slots["main"].(map[string]any)
	s, _ := main["content"].(string)
	return s
}

func TestLoginUserinfoAndCookieReuse(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, nil)
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if n := b.s.Stats().Requests; n != 3 {
		t.Fatalf("cold login took %d requests, want 3", n)
	}
	// the wiki's own answer, asked again
	ui, err := b.s.RefreshUserInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	groups := append([]string(nil), ui.Groups...)
	sort.Strings(groups)
	if ui.Name != "TestBot" || ui.Anon || ui.ID == 0 || !reflect.DeepEqual(groups, []string{"*", "autoconfirmed", "bot", "user"}) && !reflect.DeepEqual(groups, []string{"*", "bot", "user"}) {
		t.Fatalf("userinfo = %+v", ui)
	}
	if !ui.HasRight("bot") || !ui.HasRight("apihighlimits") {
		t.Fatalf("rights lack bot/apihighlimits: %v", ui.Rights)
	}
	si, err := b.s.SiteInfo(ctx)
	if err != nil || si.General.SiteName != "TestWiki" || !strings.HasPrefix(si.General.Generator, "MediaWiki 1.") || si.Namespaces[2].Canonical != "User" {
		t.Fatalf("siteinfo %+v %v", si, err)
	}
	// the cookie file is there, 0600, and a second run logs in with one request
	cf := filepath.Join(b.dir, "pywikibot-TestBot.lwp")
	st, err := os.Stat(cf)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("cookie file %v %v", st, err)
	}
	b2 := open(t, w, w.BotLoginName, w.BotPasswordSecret, b.dir, nil)
	if err := b2.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if n := b2.s.Stats().Requests; n != 1 || b2.s.User() != "TestBot" {
		t.Fatalf("cookie reuse: %d requests, user %q", n, b2.s.User())
	}
}

func TestMainAccountClientLogin(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	m := open(t, w, w.BotUser, w.BotPassword, "", nil)
	if err := m.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	ui, err := m.s.RefreshUserInfo(ctx)
	if err != nil || ui.Name != "TestBot" || ui.Anon {
		t.Fatalf("userinfo %+v %v", ui, err)
	}
}

func TestLogout(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, nil)
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.s.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	ui, err := b.s.UserInfo(ctx)
	if err != nil || !ui.Anon || ui.ID != 0 || b.s.LoggedIn() {
		t.Fatalf("after logout userinfo = %+v %v", ui, err)
	}
	if _, err := os.Stat(filepath.Join(b.dir, "pywikibot-TestBot.lwp")); !os.IsNotExist(err) {
		t.Fatalf("cookie file kept: %v", err)
	}
	before := b.s.Stats().Requests
	_, err = b.s.Edit(ctx, site.Edit{Title: "User:TestBot/after-logout", Text: "x"})
	var ae *site.APIError
	if !errors.As(err, &ae) || ae.Code != "assertuserfailed" || !ae.Local {
		t.Fatalf("write after logout: %v", err)
	}
	if b.s.Stats().Requests != before {
		t.Fatal("the refused write was sent")
	}
	// the server agrees: the old session is gone (a fresh client with the
	// same cookie dir is anonymous)
	again := open(t, w, "", "", b.dir, nil)
	ui, err = again.s.UserInfo(ctx)
	if err != nil || !ui.Anon {
		t.Fatalf("fresh userinfo %+v %v", ui, err)
	}
}

func TestEditSandboxBotMinor(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, nil)
	title := "User:TestBot/sandbox"
	text := fmt.Sprintf("sandbox edit at %d", time.Now().UnixNano())
	res, err := b.s.Edit(ctx, site.Edit{Title: title, Text: text, Summary: "gowikibot test", Bot: true, Minor: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != "Success" || res.NewRevID == 0 {
		t.Fatalf("edit result %+v", res)
	}
	h := history(t, w, title)
	top := h[0]
	if top["user"] != "TestBot" || top["comment"] != "gowikibot test" || revContent(top) != text || top["revid"].(float64) != float64(res.NewRevID) {
		t.Fatalf("history top = %v", top)
	}
	// a new page cannot be minor; edit again to check the minor flag
	res2, err := b.s.Edit(ctx, site.Edit{Title: title, Text: text + " 2", Summary: "second", Bot: true, Minor: true})
	if err != nil {
		t.Fatal(err)
	}
	if top := history(t, w, title)[0]; top["minor"] != true || top["user"] != "TestBot" {
		t.Fatalf("second revision not minor: %v", top)
	}
	// the bot flag is recorded in recent changes
	c := recentChange(t, w, title, res2.NewRevID)
	if c["bot"] != true || c["minor"] != true || c["user"] != "TestBot" {
		t.Fatalf("recent change not bot+minor: %v", c)
	}
	// an unflagged edit stays unflagged
	res3, err := b.s.Edit(ctx, site.Edit{Title: title, Text: text + " 3", Summary: "third"})
	if err != nil {
		t.Fatal(err)
	}
	if c := recentChange(t, w, title, res3.NewRevID); c["bot"] == true || c["minor"] == true {
		t.Fatalf("unflagged edit recorded as %v", c)
	}
}

// recentChange returns the recent-changes entry of a revision. MediaWiki
// records it in a deferred update after answering the edit, so it polls
// for a few seconds.
func recentChange(t *testing.T, w *wikitest.Wiki, title string, revid int64) map[string]any {
	t.Helper()
	anon := open(t, w, "", "", "", nil)
	var rc struct {
		Query struct {
			RC []map[string]any `json:"recentchanges"`
		} `json:"query"`
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		p := url.Values{"action": {"query"}, "list": {"recentchanges"}, "rcprop": {"user|flags|ids|title"}, "rctitle": {title}, "rclimit": {"10"}}
		if err := anon.s.Get(context.Background(), p, &rc); err != nil {
			t.Fatal(err)
		}
		for _, c := range rc.Query.RC {
			if c["revid"].(float64) == float64(revid) {
				return c
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("revision %d not in recent changes: %v", revid, rc.Query.RC)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestEditConflictKeepsOtherEdit(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, nil)
	other := open(t, w, w.OtherLoginName, w.OtherPasswordSecret, "", nil)
	title := "User:TestBot/conflict"
	if _, err := b.s.Edit(ctx, site.Edit{Title: title, Text: "first line"}); err != nil {
		t.Fatal(err)
	}
	pages, err := b.s.LoadPages(ctx, []string{title})
	if err != nil {
		t.Fatal(err)
	}
	if pages[0].Text() != "first line" {
		t.Fatalf("loaded %q", pages[0].Text())
	}
	time.Sleep(1100 * time.Millisecond) // timestamps have one-second resolution
	if _, err := other.s.Edit(ctx, site.Edit{Title: title, Text: "the other user's line", Summary: "other"}); err != nil {
		t.Fatal(err)
	}
	_, err = b.s.EditPage(ctx, pages[0], site.Edit{Text: "the bot's line", Summary: "bot"})
	var ec *site.EditConflictError
	if !errors.As(err, &ec) || site.ErrorCode(err) != "editconflict" {
		t.Fatalf("err = %v", err)
	}
	h := history(t, w, title)
	if h[0]["user"] != "OtherUser" || revContent(h[0]) != "the other user's line" || len(h) != 2 {
		t.Fatalf("history = %v", h)
	}
}

func TestNoCreateAndCreateOnly(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, nil)
	_, err := b.s.Edit(ctx, site.Edit{Title: "User:TestBot/does-not-exist", Text: "x", NoCreate: true})
	var nc *site.NoCreateError
	if !errors.As(err, &nc) {
		t.Fatalf("nocreate: %v", err)
	}
	pages, err := b.s.LoadPages(ctx, []string{"User:TestBot/does-not-exist"})
	if err != nil || !pages[0].Missing {
		t.Fatalf("page was created: %+v %v", pages[0], err)
	}
	title := "User:TestBot/exists"
	if _, err := b.s.Edit(ctx, site.Edit{Title: title, Text: "x"}); err != nil {
		t.Fatal(err)
	}
	_, err = b.s.Edit(ctx, site.Edit{Title: title, Text: "y", CreateOnly: true})
	var pc *site.PageCreatedConflictError
	if !errors.As(err, &pc) {
		t.Fatalf("createonly: %v", err)
	}
}

func TestMaxlagRetriedThenSucceeds(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	if err := w.SetMaxlag(10); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.SetMaxlag(0) })
	var waits []time.Duration
	b := bot(t, w, func(o *site.Options) {
		o.Config.VerboseOutput = 1
		o.Config.RetryMax = 3
		o.Sleep = func(ctx context.Context, d time.Duration) error {
			waits = append(waits, d)
			if len(waits) == 2 {
				return w.SetMaxlag(0) // the replica catches up
			}
			return nil
		}
	})
	si, err := b.s.SiteInfo(ctx)
	if err != nil || si.General.SiteName != "TestWiki" {
		t.Fatalf("%+v %v", si, err)
	}
	// Retry-After 5 vs lag/5 = 2: 5 s, capped by retry_max = 3 s
	if !reflect.DeepEqual(waits, []time.Duration{3 * time.Second, 3 * time.Second}) {
		t.Fatalf("waits = %v", waits)
	}
	if st := b.s.Stats(); st.Retries != 2 || st.Requests != 3 {
		t.Fatalf("stats %+v", st)
	}
	if !strings.Contains(b.log.String(), "retry 1/5 of action=query in 3.0s: maxlag: Waiting for a database server: 10 seconds lagged") {
		t.Fatalf("log:\n%s", b.log.String())
	}
	// with real (short) waits and the lag never ending: a clear error
	if err := w.SetMaxlag(10); err != nil {
		t.Fatal(err)
	}
	c := bot(t, w, func(o *site.Options) { o.Config.MaxRetries = 2; o.Config.RetryMax = 0.05 })
	_, err = c.s.SiteInfo(ctx)
	var re *site.RetryError
	if !errors.As(err, &re) || site.ErrorCode(err) != "maxlag" || !strings.Contains(err.Error(), "maximum retries attempted (2)") {
		t.Fatalf("err = %v", err)
	}
}

func TestExpiredSessionReestablishedOnce(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, func(o *site.Options) { o.Config.VerboseOutput = 1 })
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	if n := b.s.Jar().Corrupt(w.CookiePrefix); n == 0 {
		t.Fatal("no session cookies to expire")
	}
	title := "User:TestBot/relogin"
	res, err := b.s.Edit(ctx, site.Edit{Title: title, Text: "after relogin", Summary: "relogin"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.log.String(), "assertuserfailed: the session was lost; logging in again") {
		t.Fatalf("log:\n%s", b.log.String())
	}
	if h := history(t, w, title); h[0]["user"] != "TestBot" || h[0]["revid"].(float64) != float64(res.NewRevID) {
		t.Fatalf("history %v", h)
	}
	// A session that cannot be re-established (the password no longer
	// works) is a clear error after one attempt.
	b.s.Jar().Corrupt(w.CookiePrefix)
	b.s.SetPassword("not-the-password-anymore-00000000")
	_, err = b.s.Edit(ctx, site.Edit{Title: title, Text: "never saved"})
	var se *site.SessionError
	var le *auth.LoginError
	if !errors.As(err, &se) || !errors.As(err, &le) || le.Status != "Failed" {
		t.Fatalf("err = %v", err)
	}
	if h := history(t, w, title); revContent(h[0]) != "after relogin" {
		t.Fatalf("page changed: %v", h[0])
	}
}

func TestWrongPasswordNoRetry(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := open(t, w, w.OtherLoginName, "wrong-wrong-wrong-wrong-wrong-00", "", func(o *site.Options) { o.Config.Debug = true })
	err := b.s.Login(ctx)
	var le *auth.LoginError
	if !errors.As(err, &le) || le.Status != "Failed" || !strings.Contains(err.Error(), "Incorrect username or password") {
		t.Fatalf("err = %v", err)
	}
	if n := b.s.Stats().Requests; n != 2 {
		t.Fatalf("%d requests, want 2 (token+siteinfo, one login)", n)
	}
	if strings.Count(b.log.String(), "action=login") != 1 {
		t.Fatalf("login attempts in log:\n%s", b.log.String())
	}
}

func TestSecretsNeverInDebugOutput(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, func(o *site.Options) { o.Config.Debug = true; o.Config.VerboseOutput = 2 })
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	csrf, err := b.s.Token(ctx, "csrf")
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(w.APIURL)
	var cookies []string
	for _, c := range b.s.Jar().Cookies(u) {
		if len(c.Value) >= 8 {
			cookies = append(cookies, c.Value)
		}
	}
	if len(cookies) == 0 {
		t.Fatal("no cookies")
	}
	if _, err := b.s.Edit(ctx, site.Edit{Title: "User:TestBot/debug", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	b.s.Jar().Corrupt(w.CookiePrefix) // forces a logged re-login too
	if _, err := b.s.Edit(ctx, site.Edit{Title: "User:TestBot/debug", Text: "y"}); err != nil {
		t.Fatal(err)
	}
	if err := b.s.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	out := b.log.String()
	if !strings.Contains(out, "debug: POST") || !strings.Contains(out, "lgpassword=<hidden>") {
		t.Fatalf("debug output lacks requests:\n%s", out)
	}
	secrets := append([]string{w.BotPasswordSecret, csrf, url.QueryEscape(csrf), strings.TrimSuffix(csrf, "+\\")}, cookies...)
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Fatalf("secret %q in debug output", s)
		}
	}
}

func TestLoadPagesBatches(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	dir := t.TempDir()
	var files []string
	for i := 0; i < 120; i++ {
		f := filepath.Join(dir, fmt.Sprintf("Load_%03d", i))
		if err := os.WriteFile(f, []byte(fmt.Sprintf("text of page %d", i)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if out, err := w.Maintenance("importTextFiles", append([]string{"--bot", "--summary", "import"}, files...)...); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var titles []string
	for i := 119; i >= 0; i-- {
		titles = append(titles, fmt.Sprintf("Load %03d", i))
	}
	titles = append(titles, "Load_missing")
	// logged-in bot: apihighlimits, one request
	b := bot(t, w, nil)
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	before := b.s.Stats().Requests
	pages, err := b.s.LoadPages(ctx, titles)
	if err != nil {
		t.Fatal(err)
	}
	if n := b.s.Stats().Requests - before; n != 1 {
		t.Fatalf("bot: %d requests for 121 titles, want 1", n)
	}
	check := func(pages []*site.Page) {
		t.Helper()
		for i := 0; i < 120; i++ {
			if got, want := pages[i].Text(), fmt.Sprintf("text of page %d", 119-i); got != want {
				t.Fatalf("page %d: %q, want %q", i, got, want)
			}
		}
		if !pages[120].Missing || pages[120].Title != "Load missing" {
			t.Fatalf("missing page: %+v", pages[120])
		}
	}
	check(pages)
	// anonymous: 50 per request
	anon := open(t, w, "", "", "", nil)
	pages, err = anon.s.LoadPages(ctx, titles)
	if err != nil {
		t.Fatal(err)
	}
	check(pages)
	if n := anon.s.Stats().Requests; n != 4 { // userinfo+siteinfo, then 3 batches
		t.Fatalf("anonymous: %d requests, want 4", n)
	}
}

// expireSessions deletes every login session on the wiki's side (sessions
// live in the SQLite object cache), as an expiry would.
func expireSessions(t *testing.T, w *wikitest.Wiki) {
	t.Helper()
	db := filepath.Join(w.Dir, "data", "wikicache.sqlite")
	code := `$db = new PDO("sqlite:" . $argv[1]); echo $db->exec("DELETE FROM objectcache WHERE keyname LIKE '%MWSession%'");`
	out, err := exec.Command("php", "-r", code, db).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) == "0" {
		t.Fatalf("expiring sessions: %v %s", err, out)
	}
}

func TestServerSideSessionExpiry(t *testing.T) {
	w := wikitest.Get(t)
	ctx := context.Background()
	b := bot(t, w, func(o *site.Options) { o.Config.VerboseOutput = 1 })
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	expireSessions(t, w)
	// a read notices the anonymous answer, logs in again and repeats
	pages, err := b.s.LoadPages(ctx, []string{"Main Page"})
	if err != nil || !pages[0].Exists() {
		t.Fatalf("%+v %v", pages, err)
	}
	if !strings.Contains(b.log.String(), `the wiki answered as "127.0.0.1" instead of "TestBot"; logging in again`) {
		t.Fatalf("log:\n%s", b.log.String())
	}
	expireSessions(t, w)
	// a write gets assertuserfailed, logs in again and is saved as the bot
	title := "User:TestBot/expired"
	res, err := b.s.Edit(ctx, site.Edit{Title: title, Text: "saved after expiry"})
	if err != nil {
		t.Fatal(err)
	}
	if h := history(t, w, title); h[0]["user"] != "TestBot" || h[0]["revid"].(float64) != float64(res.NewRevID) {
		t.Fatalf("history %v", h)
	}
	if strings.Count(b.log.String(), "Logged in again") != 2 {
		t.Fatalf("log:\n%s", b.log.String())
	}
}
