package bridge

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/site"
)

// fetchErrorText is the ConnectionError message of a failed fetch: for a
// host whose name does not resolve requests' wording, as pywikibot passes
// it on (the same as the site core's, without the query string), else Go's.
func fetchErrorText(uri string, err error) string {
	var de *net.DNSError
	if errors.As(err, &de) && de.IsNotFound {
		if i := strings.IndexAny(uri, "?#"); i >= 0 {
			uri = uri[:i]
		}
		return (&site.HostNotFoundError{URL: uri, Err: err}).Error()
	}
	return err.Error()
}

// The _gowikibot_http module is the Go HTTP client behind
// pywikibot.comms.http.fetch: one plain request, no wiki session (API
// calls go through the site core instead).
func init() {
	python.AddInstaller(func(ctx py.Context) error {
		_, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{
			Info: py.ModuleInfo{Name: "_gowikibot_http", Doc: "the Go HTTP client of pywikibot.comms.http"},
			Methods: []*py.Method{
				py.MustNewMethod("fetch", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
					return pyFetch(args)
				}, 0, "fetch(method, url, headers, body, timeout, allow_redirects) -> (status, reason, url, [(name, value)], content)"),
			},
		})
		return err
	})
}

// pyFetch does one HTTP request. headers is a list of (name, value)
// pairs, body bytes or None, timeout seconds (float); it returns the
// final status, its reason phrase, URL, response header pairs and body. A network failure
// raises ConnectionError with Go's message (as requests raises
// requests.ConnectionError).
func pyFetch(args py.Tuple) (py.Object, error) {
	if len(args) != 6 {
		return nil, py.ExceptionNewf(py.TypeError, "fetch() takes 6 arguments (%d given)", len(args))
	}
	method, _ := args[0].(py.String)
	uri, _ := args[1].(py.String)
	var body io.Reader
	switch b := args[3].(type) {
	case py.Bytes:
		body = bytes.NewReader(b)
	case methods.Bytes: // the bytes objects Python code makes
		body = bytes.NewReader(b)
	case py.String:
		body = strings.NewReader(string(b))
	}
	timeout := 45.0
	switch t := args[4].(type) {
	case py.Float:
		timeout = float64(t)
	case py.Int:
		timeout = float64(t)
	}
	req, err := http.NewRequest(strings.ToUpper(string(method)), string(uri), body)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	err = py.Iterate(args[2], func(item py.Object) bool {
		if pair, ok := item.(py.Tuple); ok && len(pair) == 2 {
			k, _ := pair[0].(py.String)
			v, _ := pair[1].(py.String)
			req.Header.Set(string(k), string(v))
		}
		return false
	})
	if err != nil {
		return nil, err
	}
	client := &http.Client{}
	if args[5] != py.True {
		client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(timeout*float64(time.Second)))
	defer cancel()
	var resp *http.Response
	var content []byte
	unlocked(func() {
		resp, err = client.Do(req.WithContext(ctx))
		if err == nil {
			content, err = io.ReadAll(resp.Body)
			resp.Body.Close()
		}
	})
	if err != nil {
		return nil, py.ExceptionNewf(py.ConnectionError, "%s", fetchErrorText(string(uri), err))
	}
	var hdrs py.Tuple
	names := make([]string, 0, len(resp.Header))
	for name := range resp.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, v := range resp.Header[name] {
			hdrs = append(hdrs, py.Tuple{py.String(name), py.String(v)})
		}
	}
	reason := strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
	return py.Tuple{py.Int(resp.StatusCode), py.String(reason), py.String(resp.Request.URL.String()), hdrs, py.Bytes(content)}, nil
}
