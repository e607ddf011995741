package faultproxy

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestFaults(t *testing.T) {
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"ok":"`+r.FormValue("action")+`-0123456789"}`)
	}))
	defer backend.Close()
	p, err := New(backend.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Add(Fault{Status: 503, Body: "down", Times: 2})
	p.Add(Fault{Match: Action("edit"), APIError: "readonly", Info: "ro", Header: http.Header{"Retry-After": {"7"}}})
	p.Add(Fault{Match: Action("trunc"), Truncate: true})
	p.Add(Fault{Match: Action("reset"), Reset: true})
	get := func(action string) (int, string, http.Header, error) {
		resp, err := http.PostForm(p.URL+"/api.php", url.Values{"action": {action}})
		if err != nil {
			return 0, "", nil, err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header, nil
	}
	for i := 0; i < 2; i++ {
		if code, body, _, _ := get("query"); code != 503 || body != "down" {
			t.Fatalf("503 #%d: %d %q", i, code, body)
		}
	}
	if code, body, _, _ := get("query"); code != 200 || body != `{"ok":"query-0123456789"}` {
		t.Fatalf("forwarded: %d %q", code, body)
	}
	code, body, h, _ := get("edit")
	if code != 200 || h.Get("MediaWiki-API-Error") != "readonly" || h.Get("Retry-After") != "7" || !strings.Contains(body, `"code":"readonly"`) {
		t.Fatalf("api error: %d %q %v", code, body, h)
	}
	if _, body, _, _ := get("trunc"); body != `{"ok":"trunc` {
		t.Fatalf("truncated: %q", body)
	}
	if _, _, _, err := get("reset"); err == nil {
		t.Fatal("reset: no error")
	}
	if _, body, _, _ := get("reset"); !strings.Contains(body, "reset-0123456789") {
		t.Fatalf("fault not used up: %q", body)
	}
	rs := p.Requests()
	if len(rs) != 7 || p.Count() != 7 || !rs[0].Fault || rs[2].Fault || rs[3].Action != "edit" || rs[3].Method != "POST" {
		t.Fatalf("records: %+v", rs)
	}
}
