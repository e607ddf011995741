package site

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

// A run's requests one after another share one HTTP connection when the
// wiki keeps it open: the session request, a login, a listing, a text load
// and an edit each read their answer to the end, so that the transport can
// reuse the connection (a body closed before its end closes it).
// Wikis send their answers gzipped (Go's transport asks for it and
// unpacks them): the end of the JSON value is then not the end of the
// body, which ends with gzip's trailer.
func TestSequentialRequestsReuseOneConnection(t *testing.T) {
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) { testReuseOneConnection(t, gz) })
	}
}

func testReuseOneConnection(t *testing.T, gz bool) {
	var conns, packed atomic.Int32
	f := newFakeWikiServer(t, func(srv *http.Server) {
		srv.ConnState = func(_ net.Conn, st http.ConnState) {
			if st == http.StateNew {
				conns.Add(1)
			}
		}
		if gz {
			srv.Handler = gzipped(srv.Handler, &packed)
		}
	})
	for i := 0; i < 3; i++ {
		f.pages[fmt.Sprintf("P%d", i)] = fmt.Sprintf("text %d", i)
		f.revs[fmt.Sprintf("P%d", i)] = int64(i + 1)
	}
	fx := &siteFixture{f: f, sl: &fakeSleeper{}, log: &bytes.Buffer{}, dir: t.TempDir()}
	s := fx.open(t, nil)
	ctx := context.Background()
	if err := s.Login(ctx); err != nil { // GET query, POST login, GET query
		t.Fatal(err)
	}
	if _, err := s.SiteInfo(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RefreshUserInfo(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Query(ctx, url.Values{"list": {"allpages"}}, func(*QueryResult) (bool, error) { return false, nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadPages(ctx, []string{"P0", "P1", "P2"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Edit(ctx, Edit{Title: "P0", Text: "changed"}); err != nil {
		t.Fatal(err)
	}
	n := len(f.requests())
	if n < 8 {
		t.Fatalf("only %d requests: %v", n, f.requests())
	}
	if gz && int(packed.Load()) != n {
		t.Fatalf("%d of %d answers gzipped", packed.Load(), n)
	}
	if got := conns.Load(); got != 1 {
		t.Fatalf("%d requests opened %d connections, want 1 (%v)", n, got, f.requests())
	}
}

// gzipped answers with a gzip body when the client accepts one, as
// MediaWiki behind a web server does, counting them in n.
func gzipped(h http.Handler, n *atomic.Int32) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		n.Add(1)
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		h.ServeHTTP(gzipWriter{w, zw}, r)
		_ = zw.Close()
	})
}

type gzipWriter struct {
	http.ResponseWriter
	zw *gzip.Writer
}

func (g gzipWriter) Write(b []byte) (int, error) { return g.zw.Write(b) }
