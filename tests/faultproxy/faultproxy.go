// Package faultproxy is a fault-injecting HTTP reverse proxy for tests: it
// sits between gowikibot and a real wiki, forwards requests, records them,
// and on demand answers with HTTP errors, API errors, delays, dropped
// connections or truncated bodies.
//
//	p, _ := faultproxy.New(w.URL)
//	defer p.Close()
//	p.Add(faultproxy.Fault{Status: 503, Times: 2})
//	// point the client at p.URL + "/api.php"
package faultproxy

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Fault is one injected misbehaviour. The first queued fault whose Match
// accepts a request applies to it; it is used up after Times requests.
type Fault struct {
	// Match selects requests (nil = every request). params are the query
	// and form parameters.
	Match func(r *http.Request, params url.Values) bool
	// Times is how many requests the fault applies to (0 = once, -1 =
	// forever).
	Times int
	// Delay waits before doing anything else.
	Delay time.Duration
	// Status answers with this HTTP status and Body instead of forwarding.
	Status int
	Body   string
	// APIError answers HTTP 200 with {"error":{"code":APIError,"info":Info}}
	// and the MediaWiki-API-Error header, as MediaWiki does.
	APIError, Info string
	// Header is added to a Status or APIError answer (e.g. Retry-After).
	Header http.Header
	// Reset closes the connection without an answer.
	Reset bool
	// After forwards the request first (so the wiki acts on it) and then
	// applies Reset or Truncate to the answer.
	After bool
	// Truncate forwards and cuts the answer's body in half.
	Truncate bool
}

// Record is one request seen by the proxy.
type Record struct {
	Method string
	Action string
	Params url.Values
	Fault  bool // a fault applied
}

// Proxy is a running fault proxy.
type Proxy struct {
	// URL is the proxy's base URL ("http://127.0.0.1:PORT"); paths are
	// forwarded unchanged.
	URL string

	srv    *httptest.Server
	rp     *httputil.ReverseProxy
	target *url.URL

	mu     sync.Mutex
	faults []*Fault
	log    []Record
}

// New starts a proxy in front of target (e.g. "http://127.0.0.1:8080").
func New(target string) (*Proxy, error) {
	tu, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	p := &Proxy{target: tu}
	p.rp = httputil.NewSingleHostReverseProxy(tu)
	p.rp.ErrorLog = nil
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	p.URL = p.srv.URL
	return p, nil
}

// Close stops the proxy.
func (p *Proxy) Close() { p.srv.Close() }

// Add queues a fault.
func (p *Proxy) Add(f Fault) {
	if f.Times == 0 {
		f.Times = 1
	}
	p.mu.Lock()
	p.faults = append(p.faults, &f)
	p.mu.Unlock()
}

// Clear removes every queued fault.
func (p *Proxy) Clear() {
	p.mu.Lock()
	p.faults = nil
	p.mu.Unlock()
}

// Requests returns the requests seen so far.
func (p *Proxy) Requests() []Record {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Record(nil), p.log...)
}

// Count returns the number of requests seen so far.
func (p *Proxy) Count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.log)
}

// Reset forgets the recorded requests.
func (p *Proxy) Reset() {
	p.mu.Lock()
	p.log = nil
	p.mu.Unlock()
}

// Action matches requests with the given action parameter.
func Action(action string) func(*http.Request, url.Values) bool {
	return func(_ *http.Request, p url.Values) bool { return p.Get("action") == action }
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	r.Body.Close()
	params, _ := url.ParseQuery(r.URL.RawQuery)
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		if form, err := url.ParseQuery(string(body)); err == nil {
			for k, v := range form {
				params[k] = append(params[k], v...)
			}
		}
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))

	p.mu.Lock()
	var f *Fault
	for i, c := range p.faults {
		if c.Match == nil || c.Match(r, params) {
			f = c
			if c.Times > 0 {
				c.Times--
				if c.Times == 0 {
					p.faults = append(p.faults[:i:i], p.faults[i+1:]...)
				}
			}
			break
		}
	}
	p.log = append(p.log, Record{Method: r.Method, Action: params.Get("action"), Params: params, Fault: f != nil})
	p.mu.Unlock()

	if f == nil {
		p.rp.ServeHTTP(w, r)
		return
	}
	if f.Delay > 0 {
		select {
		case <-time.After(f.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if f.After {
		rec := httptest.NewRecorder()
		p.rp.ServeHTTP(rec, r)
		if f.Reset {
			hijackClose(w)
			return
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		b := rec.Body.Bytes()
		if f.Truncate {
			b = b[:len(b)/2]
		}
		w.WriteHeader(rec.Code)
		w.Write(b)
		return
	}
	switch {
	case f.Reset:
		hijackClose(w)
	case f.Status != 0:
		for k, v := range f.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(f.Status)
		io.WriteString(w, f.Body)
	case f.APIError != "":
		for k, v := range f.Header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("MediaWiki-API-Error", f.APIError)
		json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"code": f.APIError, "info": f.Info}})
	case f.Truncate:
		rec := httptest.NewRecorder()
		p.rp.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		b := rec.Body.Bytes()
		w.WriteHeader(rec.Code)
		w.Write(b[:len(b)/2])
	default:
		p.rp.ServeHTTP(w, r)
	}
}

// hijackClose drops the connection without writing a response.
func hijackClose(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	conn.Close()
}
