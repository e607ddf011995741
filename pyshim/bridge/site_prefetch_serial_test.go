package bridge

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/site"
)

// slowWiki answers siteinfo with its dbtype and each text request (titles=)
// after a delay, counting how many text requests were in flight at once.
type slowWiki struct {
	dbtype string
	delay  time.Duration

	mu                  sync.Mutex
	inFlight, maxFlight int
	texts               int
}

func (w *slowWiki) serve(rw http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	q := map[string]any{}
	if titles := r.Form.Get("titles"); titles != "" {
		w.mu.Lock()
		w.texts++
		w.inFlight++
		w.maxFlight = max(w.maxFlight, w.inFlight)
		w.mu.Unlock()
		time.Sleep(w.delay)
		w.mu.Lock()
		w.inFlight--
		w.mu.Unlock()
		var pages []any
		for i, t := range strings.Split(titles, "|") {
			pages = append(pages, map[string]any{"pageid": i + 1, "ns": 0, "title": t, "lastrevid": i + 1,
				"revisions": []any{map[string]any{"revid": i + 1, "timestamp": "2024-01-01T00:00:00Z",
					"slots": map[string]any{"main": map[string]any{"contentmodel": "wikitext", "content": "text of " + t}}}}})
		}
		q["pages"] = pages
	}
	if strings.Contains(r.Form.Get("meta"), "siteinfo") {
		q["general"] = map[string]any{"sitename": "Slow", "mainpage": "Main Page", "lang": "en", "case": "first-letter",
			"dbtype": w.dbtype, "generator": "MediaWiki 1.39.0"}
		q["namespaces"] = map[string]any{"0": map[string]any{"id": 0, "name": "", "case": "first-letter", "content": true}}
	}
	if strings.Contains(r.Form.Get("meta"), "userinfo") {
		q["userinfo"] = map[string]any{"id": 0, "name": "127.0.0.1", "anon": true}
	}
	if strings.Contains(r.Form.Get("meta"), "tokens") {
		q["tokens"] = map[string]any{"csrftoken": "+\\"}
	}
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(map[string]any{"batchcomplete": true, "query": q})
}

// TestPrefetchesOneAtATimeOnSQLite: three batches prefetched together
// send their text requests one after the other when the wiki's database is
// SQLite (MediaWiki runs POSTed reads one at a time there, a second one
// only polling the lock), and together on any other wiki; either way each
// batch gets its own pages.
func TestPrefetchesOneAtATimeOnSQLite(t *testing.T) {
	for _, tc := range []struct {
		dbtype string
		want   int // text requests in flight at most
	}{{"sqlite", 1}, {"mysql", 3}} {
		t.Run(tc.dbtype, func(t *testing.T) {
			w := &slowWiki{dbtype: tc.dbtype, delay: 150 * time.Millisecond}
			ts := httptest.NewServer(http.HandlerFunc(w.serve))
			defer ts.Close()
			s, err := site.New(site.Options{APIURL: ts.URL + "/api.php"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.SiteInfo(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := s.DBType(); got != tc.dbtype {
				t.Fatalf("DBType() = %q, want %q", got, tc.dbtype)
			}
			b := &bridge{}
			var handles []py.Object
			for _, title := range []string{"A", "B", "C"} {
				h, err := siteLoadPagesStart(b, s, []py.Object{py.NewListFromItems([]py.Object{py.String(title)})})
				if err != nil {
					t.Fatal(err)
				}
				handles = append(handles, h)
			}
			for i, h := range handles {
				got, err := siteLoadPagesWait(b, s, []py.Object{h})
				if err != nil {
					t.Fatal(err)
				}
				l, ok := got.(*py.List)
				if !ok || len(l.Items) != 1 {
					t.Fatalf("batch %d: %v", i, got)
				}
				d, err := py.GetItem(l.Items[0], py.String("title"))
				if err != nil || d != py.String(string(rune('A'+i))) {
					t.Errorf("batch %d: title %v (%v)", i, d, err)
				}
			}
			if w.texts != 3 || w.maxFlight != tc.want {
				t.Errorf("%d text requests, at most %d in flight; want 3, %d", w.texts, w.maxFlight, tc.want)
			}
		})
	}
}
