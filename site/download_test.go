package site

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Download copies a 200 answer's body (after redirects) and writes
// nothing for another status, which it returns without an error.
func TestDownload(t *testing.T) {
	fx := newFixture(t, nil)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/file.png":
			if r.Header.Get("User-Agent") == "" {
				t.Errorf("no User-Agent")
			}
			w.Write([]byte("PNG bytes"))
		case "/moved.png":
			http.Redirect(w, r, "/file.png", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	var b bytes.Buffer
	status, final, err := fx.s.Download(context.Background(), srv.URL+"/moved.png", &b)
	if err != nil || status != 200 || final != srv.URL+"/file.png" || b.String() != "PNG bytes" {
		t.Errorf("Download = %d %q %v, body %q", status, final, err, b.String())
	}
	b.Reset()
	status, final, err = fx.s.Download(context.Background(), srv.URL+"/gone.png", &b)
	if err != nil || status != 404 || final != srv.URL+"/gone.png" || b.Len() != 0 {
		t.Errorf("Download of a missing file = %d %q %v, body %q", status, final, err, b.String())
	}
	if _, _, err := fx.s.Download(context.Background(), "http://127.0.0.1:1/x", &b); err == nil {
		t.Errorf("no error for a refused connection")
	}
}
