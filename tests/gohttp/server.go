// Package gohttp tests gowikibot's Go-backed HTTP modules (requests,
// urllib.request, http.client) differentially: each testdata/*.py script
// talks to a local httptest server (this file) and prints what it gets;
// its output from real CPython with the real requests package is recorded
// beside it in testdata/*.out (go test ./tests/gohttp -record), and
// gowikibot's output must be identical.
package gohttp

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// newServer starts the test server. Its handlers answer as httpbin does
// for the few endpoints the scripts use, in JSON with sorted keys.
func newServer() *httptest.Server {
	mux := http.NewServeMux()
	echo := func(w http.ResponseWriter, r *http.Request, extra map[string]any) {
		out := map[string]any{
			"method": r.Method,
			"path":   r.URL.Path,
			"args":   r.URL.Query(),
		}
		hdr := map[string]string{}
		for _, k := range []string{"X-Custom", "Content-Type", "Authorization", "Accept", "X-Session"} {
			if v := r.Header.Get(k); v != "" {
				if k == "Content-Type" && strings.HasPrefix(v, "multipart/form-data") {
					v = "multipart/form-data"
				}
				hdr[k] = v
			}
		}
		out["headers"] = hdr
		var cookies []string
		for _, c := range r.Cookies() {
			cookies = append(cookies, c.Name+"="+c.Value)
		}
		sort.Strings(cookies)
		out["cookies"] = cookies
		for k, v := range extra {
			out[k] = v
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	}
	mux.HandleFunc("/get", func(w http.ResponseWriter, r *http.Request) { echo(w, r, nil) })
	mux.HandleFunc("/anything/", func(w http.ResponseWriter, r *http.Request) {
		extra := map[string]any{}
		ct := r.Header.Get("Content-Type")
		switch {
		case strings.HasPrefix(ct, "multipart/form-data"):
			if err := r.ParseMultipartForm(1 << 20); err == nil {
				extra["form"] = r.MultipartForm.Value
				files := map[string]string{}
				for k, fhs := range r.MultipartForm.File {
					for _, fh := range fhs {
						f, _ := fh.Open()
						b, _ := io.ReadAll(f)
						files[k] = fh.Filename + ":" + fh.Header.Get("Content-Type") + ":" + string(b)
					}
				}
				extra["files"] = files
			}
		case ct == "application/x-www-form-urlencoded":
			_ = r.ParseForm()
			extra["form"] = r.PostForm
		default:
			b, _ := io.ReadAll(r.Body)
			extra["data"] = string(b)
		}
		echo(w, r, extra)
	})
	mux.HandleFunc("/oauth1/check", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, CheckOAuth1(r, oauthSecrets)+"\n")
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/status/"))
		w.WriteHeader(code)
		fmt.Fprintf(w, "status %d\n", code)
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/redirect/"))
		if n <= 1 {
			http.Redirect(w, r, "/get", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/redirect/"+strconv.Itoa(n-1), http.StatusFound)
	})
	mux.HandleFunc("/redirect-to", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.URL.Query().Get("status"))
		if code == 0 {
			code = http.StatusFound
		}
		w.Header().Set("Location", r.URL.Query().Get("url"))
		w.WriteHeader(code)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		fmt.Fprintln(w, "slow done")
	})
	mux.HandleFunc("/cookies/set", func(w http.ResponseWriter, r *http.Request) {
		for k, vs := range r.URL.Query() {
			http.SetCookie(w, &http.Cookie{Name: k, Value: vs[0], Path: "/"})
		}
		http.Redirect(w, r, "/get", http.StatusFound)
	})
	mux.HandleFunc("/basic-auth/", func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/basic-auth/"), "/")
		u, p, ok := r.BasicAuth()
		if !ok || len(parts) != 2 || u != parts[0] || p != parts[1] {
			w.Header().Set("WWW-Authenticate", `Basic realm="test"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, "{\"authenticated\": true, \"user\": %q}\n", u)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=ISO-8859-1")
		_, _ = w.Write([]byte("caf\xe9\n"))
	})
	mux.HandleFunc("/utf8", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<p>Käse – ß</p>\n"))
	})
	mux.HandleFunc("/lines", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, "line %d\n", i)
			if f, ok := w.(http.Flusher); ok {
				f.Flush()
			}
		}
	})
	mux.HandleFunc("/bytes", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i * 7)
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(b)
	})
	mux.HandleFunc("/badjson", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "{not json")
	})
	return httptest.NewServer(mux)
}

// oauthSecrets are the secrets of the consumer and token the
// requests_oauthlib script signs with.
var oauthSecrets = map[string]string{"consumer-key": "consumer secret", "access-token": "access~secret"}

// CheckOAuth1 verifies r's OAuth 1.0a HMAC-SHA1 signature (RFC 5849) as a
// provider does, with secrets (a consumer's or token's secret by its key):
// the Authorization header's oauth_* parameters, the query and a
// form-encoded body make the signature base string. It returns "valid: ..."
// or what is wrong.
func CheckOAuth1(r *http.Request, secrets map[string]string) string {
	h := r.Header.Get("Authorization")
	if !strings.HasPrefix(h, "OAuth ") {
		return "no OAuth header"
	}
	oauth := map[string]string{}
	var params [][2]string
	for _, f := range strings.Split(strings.TrimPrefix(h, "OAuth "), ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(f), "=")
		if !ok || len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
			return "malformed header field " + k
		}
		key, err1 := url.PathUnescape(k)
		val, err2 := url.PathUnescape(v[1 : len(v)-1])
		if err1 != nil || err2 != nil {
			return "malformed header field " + k
		}
		oauth[key] = val
		if key != "oauth_signature" && key != "realm" {
			params = append(params, [2]string{key, val})
		}
	}
	if oauth["oauth_signature_method"] != "HMAC-SHA1" {
		return "not HMAC-SHA1"
	}
	for k, vs := range r.URL.Query() {
		for _, v := range vs {
			params = append(params, [2]string{k, v})
		}
	}
	if r.Header.Get("Content-Type") == "application/x-www-form-urlencoded" {
		if err := r.ParseForm(); err != nil {
			return "bad form"
		}
		for k, vs := range r.PostForm {
			for _, v := range vs {
				params = append(params, [2]string{k, v})
			}
		}
	}
	esc := func(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") }
	pairs := make([]string, 0, len(params))
	for _, p := range params {
		pairs = append(pairs, esc(p[0])+"="+esc(p[1]))
	}
	sort.Strings(pairs)
	base := r.Method + "&" + esc("http://"+r.Host+r.URL.Path) + "&" + esc(strings.Join(pairs, "&"))
	mac := hmac.New(sha1.New, []byte(esc(secrets[oauth["oauth_consumer_key"]])+"&"+esc(secrets[oauth["oauth_token"]])))
	mac.Write([]byte(base))
	if base64.StdEncoding.EncodeToString(mac.Sum(nil)) != oauth["oauth_signature"] {
		return "invalid signature"
	}
	return fmt.Sprintf("valid: consumer %s, token %s, %d parameters signed", oauth["oauth_consumer_key"], oauth["oauth_token"], len(params))
}
