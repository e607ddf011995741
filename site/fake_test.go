package site

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/userconfig"
)

// fakeWiki is a small in-memory imitation of MediaWiki's Action API, enough
// to test the client's protocol logic without a real wiki.
type fakeWiki struct {
	t  *testing.T
	mu sync.Mutex
	ts *httptest.Server

	user, pass string // the bot password login name and secret
	highLimits bool

	sessions map[string]string // session id -> user name ("" = anonymous)
	nextSess int
	pages    map[string]string
	revs     map[string]int64
	stamps   map[string]string
	clock    int

	log      []string // "METHOD action" per request
	bodies   []string // raw query/body per request
	fail     []fault
	loginFor func(p url.Values) string // optional override of login results
}

const fakeSecret = "s3cr3tb0tpassw0rd000000000000000"

func newFakeWiki(t *testing.T) *fakeWiki { return newFakeWikiServer(t, nil) }

// newFakeWikiServer is newFakeWiki with set applied to the HTTP server
// before it starts (nil: nothing).
func newFakeWikiServer(t *testing.T, set func(*http.Server)) *fakeWiki {
	f := &fakeWiki{t: t, user: "TestBot@ci", pass: fakeSecret, sessions: map[string]string{},
		pages: map[string]string{}, revs: map[string]int64{}, stamps: map[string]string{}}
	f.ts = httptest.NewUnstartedServer(http.HandlerFunc(f.serve))
	if set != nil {
		set(f.ts.Config)
	}
	f.ts.Start()
	t.Cleanup(f.ts.Close)
	return f
}

func (f *fakeWiki) api() string { return f.ts.URL + "/w/api.php" }

type fault struct {
	fn   func(w http.ResponseWriter, r *http.Request, p url.Values) bool
	once bool
}

// onNext installs a one-shot fault: fn returns true when it answered the
// request itself, which uses the fault up.
func (f *fakeWiki) onNext(fn func(w http.ResponseWriter, r *http.Request, p url.Values) bool) {
	f.mu.Lock()
	f.fail = append(f.fail, fault{fn, true})
	f.mu.Unlock()
}

// onEvery installs a persistent fault.
func (f *fakeWiki) onEvery(fn func(w http.ResponseWriter, r *http.Request, p url.Values) bool) {
	f.mu.Lock()
	f.fail = append(f.fail, fault{fn, false})
	f.mu.Unlock()
}

func (f *fakeWiki) requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.log...)
}

func (f *fakeWiki) resetLog() {
	f.mu.Lock()
	f.log, f.bodies = nil, nil
	f.mu.Unlock()
}

func apiErr(w http.ResponseWriter, code, info string, extra map[string]any) {
	w.Header().Set("MediaWiki-API-Error", code)
	e := map[string]any{"code": code, "info": info}
	for k, v := range extra {
		e[k] = v
	}
	writeJSON(w, map[string]any{"error": e})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeWiki) serve(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	p := r.Form
	f.mu.Lock()
	f.log = append(f.log, r.Method+" "+p.Get("action"))
	raw := r.URL.RawQuery
	if r.Method == http.MethodPost {
		raw = r.PostForm.Encode()
	}
	f.bodies = append(f.bodies, raw)
	fails := f.fail
	f.mu.Unlock()
	for i, ft := range fails {
		if ft.fn != nil && ft.fn(w, r, p) {
			if ft.once {
				f.mu.Lock()
				f.fail[i].fn = nil
				f.mu.Unlock()
			}
			return
		}
	}
	if p.Get("format") != "json" || p.Get("formatversion") != "2" {
		f.t.Errorf("request without format=json&formatversion=2: %v", p)
	}
	if r.Method == http.MethodGet && p.Has("token") {
		apiErr(w, "mustpostparams", "The following parameter was found in the query string, but must be in the POST body: token.", nil)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	sess := ""
	if c, err := r.Cookie("fake_session"); err == nil {
		if _, ok := f.sessions[c.Value]; ok {
			sess = c.Value
		}
	}
	if sess == "" {
		f.nextSess++
		sess = "sess" + strconv.Itoa(f.nextSess)
		f.sessions[sess] = ""
		http.SetCookie(w, &http.Cookie{Name: "fake_session", Value: sess, Path: "/", HttpOnly: true})
	}
	user := f.sessions[sess]
	if h := r.Header.Get("X-Test-OAuth"); h != "" {
		user = h // an OAuth-signed request acts as its user, without a session
	}
	token := "csrf-" + sess + "+\\"
	if user == "" {
		token = "+\\"
	}
	if a := p.Get("assert"); a != "" && user == "" {
		apiErr(w, "assertuserfailed", "You are no longer logged in, so the action could not be completed.", nil)
		return
	}
	switch p.Get("action") {
	case "query":
		q := map[string]any{}
		res := map[string]any{"batchcomplete": true, "query": q}
		meta := "|" + p.Get("meta") + "|"
		if strings.Contains(meta, "|siteinfo|") {
			q["general"] = map[string]any{"sitename": "FakeWiki", "mainpage": "Main Page", "generator": "MediaWiki 1.39.17", "lang": "en", "case": "first-letter"}
			q["namespaces"] = map[string]any{"0": map[string]any{"id": 0, "name": "", "case": "first-letter", "content": true}, "2": map[string]any{"id": 2, "name": "User", "canonical": "User", "case": "first-letter", "subpages": true}}
			q["namespacealiases"] = []any{map[string]any{"id": 2, "alias": "U"}}
		}
		if strings.Contains(meta, "|userinfo|") {
			ui := map[string]any{"id": 0, "name": "127.0.0.1", "anon": true}
			if user != "" {
				rights := []string{"read", "edit", "bot"}
				if f.highLimits {
					rights = append(rights, "apihighlimits")
				}
				ui = map[string]any{"id": 7, "name": user, "groups": []string{"*", "user", "bot"}, "rights": rights}
			}
			q["userinfo"] = ui
		}
		if strings.Contains(meta, "|tokens|") {
			toks := map[string]any{}
			for _, ty := range strings.Split(p.Get("type"), "|") {
				switch ty {
				case "login":
					toks["logintoken"] = "login-" + sess + "+\\"
				case "csrf", "":
					toks["csrftoken"] = token
				default:
					toks[ty+"token"] = token
				}
			}
			q["tokens"] = toks
		}
		if ts := p.Get("titles"); ts != "" || p.Has("pageids") {
			limit := 50
			if f.highLimits && user != "" {
				limit = 500
			}
			titles := strings.Split(ts, "|")
			if len(titles) > limit {
				apiErr(w, "toomanyvalues", fmt.Sprintf("Too many values supplied for parameter \"titles\". The limit is %d.", limit), nil)
				return
			}
			var pages []any
			for _, t := range titles {
				text, ok := f.pages[t]
				if !ok {
					pages = append(pages, map[string]any{"ns": 0, "title": t, "missing": true})
					continue
				}
				pages = append(pages, map[string]any{"pageid": f.revs[t], "ns": 0, "title": t, "lastrevid": f.revs[t],
					"revisions": []any{map[string]any{"revid": f.revs[t], "timestamp": f.stamps[t], "user": "X",
						"slots": map[string]any{"main": map[string]any{"contentmodel": "wikitext", "content": text}}}}})
			}
			q["pages"] = pages
			res["curtimestamp"] = f.stamp()
		}
		if p.Get("list") == "allpages" {
			from, _ := strconv.Atoi(p.Get("apcontinue"))
			q["allpages"] = []any{map[string]any{"title": "P" + strconv.Itoa(from)}}
			if from < 2 {
				res["continue"] = map[string]any{"apcontinue": strconv.Itoa(from + 1), "continue": "-||"}
			}
		}
		writeJSON(w, res)
	case "login":
		if p.Get("lgtoken") != "login-"+sess+"+\\" {
			writeJSON(w, map[string]any{"login": map[string]any{"result": "Failed", "reason": "Unable to continue login. Your session most likely timed out."}})
			return
		}
		if f.loginFor != nil {
			if res := f.loginFor(p); res != "" {
				writeJSON(w, map[string]any{"login": map[string]any{"result": res, "reason": "scripted"}})
				return
			}
		}
		if p.Get("lgname") != f.user || p.Get("lgpassword") != f.pass {
			writeJSON(w, map[string]any{"login": map[string]any{"result": "Failed", "reason": "Incorrect username or password entered. Please try again."}})
			return
		}
		delete(f.sessions, sess)
		f.nextSess++
		ns := "sess" + strconv.Itoa(f.nextSess)
		f.sessions[ns] = NormalizeUser(f.user)
		http.SetCookie(w, &http.Cookie{Name: "fake_session", Value: ns, Path: "/", HttpOnly: true})
		writeJSON(w, map[string]any{"login": map[string]any{"result": "Success", "lguserid": 7, "lgusername": NormalizeUser(f.user)}})
	case "logout":
		if p.Get("token") != token || user == "" {
			apiErr(w, "badtoken", "Invalid CSRF token.", nil)
			return
		}
		f.sessions[sess] = ""
		writeJSON(w, map[string]any{})
	case "edit":
		if p.Get("token") != token {
			apiErr(w, "badtoken", "Invalid CSRF token.", nil)
			return
		}
		t := p.Get("title")
		_, exists := f.pages[t]
		if p.Has("nocreate") && !exists {
			apiErr(w, "missingtitle", "The page you specified doesn't exist.", nil)
			return
		}
		if p.Has("createonly") && exists {
			apiErr(w, "articleexists", "The article you tried to create has been created already.", nil)
			return
		}
		if bt := p.Get("basetimestamp"); bt != "" && exists && bt != f.stamps[t] {
			apiErr(w, "editconflict", "Edit conflict detected.", nil)
			return
		}
		old := f.revs[t]
		f.pages[t] = p.Get("text")
		f.revs[t] = old + 100
		f.stamps[t] = f.stamp()
		writeJSON(w, map[string]any{"edit": map[string]any{"result": "Success", "pageid": 1, "title": t, "oldrevid": old, "newrevid": f.revs[t], "newtimestamp": f.stamps[t]}})
	default:
		apiErr(w, "badvalue", "Unrecognized value for parameter \"action\"", nil)
	}
}

func (f *fakeWiki) stamp() string {
	f.clock++
	return time.Date(2026, 1, 1, 0, 0, f.clock, 0, time.UTC).Format(time.RFC3339)
}

// fakeSleeper records waits instead of sleeping.
type fakeSleeper struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *fakeSleeper) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *fakeSleeper) got() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

// testConfig is a hand-built config with no throttling.
func testConfig(dir string) *userconfig.Config {
	c := userconfig.Defaults()
	c.BaseDir = dir
	c.MinThrottle = 0
	c.PutThrottle = 0
	return c
}
