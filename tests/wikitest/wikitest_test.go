//go:build linux

package wikitest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

func apiGet(t *testing.T, w *Wiki, q url.Values) map[string]any {
	t.Helper()
	q.Set("format", "json")
	q.Set("formatversion", "2")
	resp, err := http.Get(w.APIURL + "?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("not JSON: %s", b)
	}
	return m
}

func TestWikiHasBotAndAccounts(t *testing.T) {
	w := Get(t)
	r := apiGet(t, w, url.Values{"action": {"query"}, "list": {"users"}, "ususers": {"TestBot|OtherUser|Admin"}, "usprop": {"groups"}})
	users := r["query"].(map[string]any)["users"].([]any)
	got := map[string]string{}
	for _, u := range users {
		um := u.(map[string]any)
		var gs []string
		for _, g := range um["groups"].([]any) {
			gs = append(gs, g.(string))
		}
		got[um["name"].(string)] = strings.Join(gs, ",")
	}
	if !strings.Contains(got["TestBot"], "bot") {
		t.Errorf("TestBot groups = %q, want bot", got["TestBot"])
	}
	if !strings.Contains(got["Admin"], "sysop") {
		t.Errorf("Admin groups = %q, want sysop", got["Admin"])
	}
	if _, ok := got["OtherUser"]; !ok {
		t.Errorf("OtherUser missing: %v", got)
	}
	if len(w.BotPasswordSecret) != 32 {
		t.Errorf("bot password must be 32 characters, got %d", len(w.BotPasswordSecret))
	}
}

func TestMaxlagOnDemand(t *testing.T) {
	w := Get(t)
	if err := w.SetMaxlag(10); err != nil {
		t.Fatal(err)
	}
	r := apiGet(t, w, url.Values{"action": {"query"}, "meta": {"siteinfo"}, "maxlag": {"5"}})
	e, _ := r["error"].(map[string]any)
	if e == nil || e["code"] != "maxlag" {
		t.Fatalf("want maxlag error, got %v", r)
	}
	if err := w.SetMaxlag(0); err != nil {
		t.Fatal(err)
	}
	r = apiGet(t, w, url.Values{"action": {"query"}, "meta": {"siteinfo"}, "maxlag": {"5"}})
	if r["error"] != nil {
		t.Fatalf("maxlag still on: %v", r)
	}
}

func TestStopLeavesNoProcess(t *testing.T) {
	if Available() != nil {
		Get(t) // skip or fail as configured
	}
	w, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	pgid := w.cmd.Process.Pid
	if err := w.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(-pgid, 0); err == nil {
		t.Fatalf("process group %d still alive after Stop", pgid)
	}
	if _, err := os.Stat(w.Dir); !os.IsNotExist(err) {
		t.Fatalf("wiki dir %s not removed", w.Dir)
	}
	if w.answers() {
		t.Fatal("wiki still answers after Stop")
	}
}
