package core

import (
	"context"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/site"
	"github.com/gowikibot/gowikibot/tests/faultproxy"
	"github.com/gowikibot/gowikibot/tests/wikitest"
)

// viaProxy opens the bot through a fault proxy in front of the wiki, with
// recorded (not slept) waits.
func viaProxy(t *testing.T, w *wikitest.Wiki) (*faultproxy.Proxy, opened, *[]time.Duration) {
	t.Helper()
	p, err := faultproxy.New(w.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	var waits []time.Duration
	b := bot(t, w, func(o *site.Options) {
		o.APIURL = p.URL + "/api.php"
		o.Config.VerboseOutput = 1
		o.Sleep = func(ctx context.Context, d time.Duration) error {
			waits = append(waits, d)
			return nil
		}
	})
	return p, b, &waits
}

func TestServerErrorsBackOffThenSucceed(t *testing.T) {
	w := wikitest.Get(t)
	p, b, waits := viaProxy(t, w)
	p.Add(faultproxy.Fault{Status: 503, Body: "Service Unavailable", Times: 3})
	if err := b.s.Login(context.Background()); err != nil {
		t.Fatal(err)
	}
	// retry_wait 0.1 s doubling: 0.1, 0.2, 0.4
	want := []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond}
	if !reflect.DeepEqual(*waits, want) {
		t.Fatalf("waits = %v, want %v", *waits, want)
	}
	if !b.s.LoggedIn() || p.Count() != 6 {
		t.Fatalf("logged in %v after %d requests", b.s.LoggedIn(), p.Count())
	}
	if !strings.Contains(b.log.String(), "retry 3/5 of action=query in 0.4s: HTTP 503: Service Unavailable") {
		t.Fatalf("log:\n%s", b.log.String())
	}
}

func TestServerErrorsGiveUpAfterMaxRetries(t *testing.T) {
	w := wikitest.Get(t)
	p, b, waits := viaProxy(t, w)
	p.Add(faultproxy.Fault{Status: 500, Body: "boom", Times: -1})
	_, err := b.s.SiteInfo(context.Background())
	var re *site.RetryError
	var se *site.ServerError
	if !errors.As(err, &re) || !errors.As(err, &se) || se.Status != 500 {
		t.Fatalf("err = %v", err)
	}
	if err.Error() != "maximum retries attempted (5) without success: HTTP 500: boom" {
		t.Fatalf("message %q", err.Error())
	}
	// 0.1 0.2 0.4 0.8 then capped at retry_max = 1
	want := []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond, time.Second}
	if !reflect.DeepEqual(*waits, want) || p.Count() != 6 {
		t.Fatalf("waits = %v, requests %d", *waits, p.Count())
	}
}

func TestDroppedConnectionsAndTruncatedBodiesRetried(t *testing.T) {
	w := wikitest.Get(t)
	p, b, waits := viaProxy(t, w)
	p.Add(faultproxy.Fault{Reset: true})
	p.Add(faultproxy.Fault{Truncate: true})
	si, err := b.s.SiteInfo(context.Background())
	if err != nil || si.General.SiteName != "TestWiki" {
		t.Fatalf("%v %v", si, err)
	}
	if len(*waits) != 2 || p.Count() != 3 {
		t.Fatalf("waits %v requests %d", *waits, p.Count())
	}
}

func TestReadonlyAndEditResponseLost(t *testing.T) {
	w := wikitest.Get(t)
	p, b, _ := viaProxy(t, w)
	ctx := context.Background()
	if err := b.s.Login(ctx); err != nil {
		t.Fatal(err)
	}
	title := "User:TestBot/faults"
	p.Add(faultproxy.Fault{Match: faultproxy.Action("edit"), APIError: "readonly", Info: "The wiki is currently in read-only mode."})
	// the wiki saves the edit but the answer is lost: the retry finds nothing to change
	p.Add(faultproxy.Fault{Match: faultproxy.Action("edit"), After: true, Reset: true})
	res, err := b.s.Edit(ctx, site.Edit{Title: title, Text: "saved once", Summary: "faults"})
	if err != nil {
		t.Fatal(err)
	}
	h := history(t, w, title)
	if len(h) != 1 || revContent(h[0]) != "saved once" || h[0]["user"] != "TestBot" {
		t.Fatalf("history %v (result %+v)", h, res)
	}
	edits := 0
	for _, r := range p.Requests() {
		if r.Action == "edit" {
			edits++
			if r.Method != http.MethodPost || r.Params.Get("assert") != "user" || r.Params.Get("token") == "" {
				t.Fatalf("edit request %v %v", r.Method, r.Params)
			}
		}
	}
	if edits != 3 || !res.NoChange {
		t.Fatalf("%d edit requests, result %+v", edits, res)
	}
}
