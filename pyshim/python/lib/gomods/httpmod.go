package gomods

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptrace"
	"net/textproto"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// _gwb_http: one HTTP exchange on net/http, for requests, urllib.request
// and http.client (written in Python on top of it). The interpreter lock
// is released while the request is in flight and while a body is read.

var (
	transportOnce     sync.Once
	sharedTransport   *http.Transport
	insecureTransport *http.Transport
)

func transports() (*http.Transport, *http.Transport) {
	transportOnce.Do(func() {
		base := http.DefaultTransport.(*http.Transport).Clone()
		base.MaxIdleConnsPerHost = 16
		sharedTransport = base
		insecureTransport = base.Clone()
		insecureTransport.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // verify=False asked for it
	})
	return sharedTransport, insecureTransport
}

var (
	caMu         sync.Mutex
	caTransports = map[string]*http.Transport{}
)

// caTransport is a transport that trusts the PEM certificates in file
// (requests' verify=PATH), one per file.
func caTransport(file string) (*http.Transport, error) {
	caMu.Lock()
	defer caMu.Unlock()
	if tr, ok := caTransports[file]; ok {
		return tr, nil
	}
	pem, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("Could not find a suitable TLS CA certificate bundle, invalid path: %s", file)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certificates found in %s", file)
	}
	secure, _ := transports()
	tr := secure.Clone()
	tr.TLSClientConfig = &tls.Config{RootCAs: pool}
	caTransports[file] = tr
	return tr, nil
}

// JarType is the type of cookie jars (requests' Session.cookies wraps one).
var JarType = py.NewType("_gwb_http.Jar", "A cookie jar (net/http/cookiejar) that also lists its cookies.")

// Jar is a cookie jar that remembers what it was given, so that its
// cookies can be listed (cookiejar.Jar cannot enumerate).
type Jar struct {
	mu   sync.Mutex
	jar  *cookiejar.Jar
	seen map[string]*url.URL // host → a URL cookies were set for
}

// Type returns JarType.
func (j *Jar) Type() *py.Type { return JarType }

func newJar() *Jar {
	cj, _ := cookiejar.New(nil)
	return &Jar{jar: cj, seen: map[string]*url.URL{}}
}

// SetCookies records cookies set by a response.
func (j *Jar) SetCookies(u *url.URL, cs []*http.Cookie) {
	j.mu.Lock()
	j.seen[u.Host] = &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/"}
	j.mu.Unlock()
	j.jar.SetCookies(u, cs)
}

// Cookies returns the cookies to send to u.
func (j *Jar) Cookies(u *url.URL) []*http.Cookie { return j.jar.Cookies(u) }

// ResponseType is the type of _gwb_http responses.
var ResponseType = py.NewType("_gwb_http.Response", "An HTTP response from net/http.")

// Response is one HTTP response with its body open or read.
type Response struct {
	resp    *http.Response
	body    io.ReadCloser
	cancel  context.CancelFunc
	history []*http.Response
	timeout time.Duration
}

// Type returns ResponseType.
func (r *Response) Type() *py.Type { return ResponseType }

// Error kinds returned to Python (which raises its own classes).
const (
	errConnection = "ConnectionError"
	errConnectTO  = "ConnectTimeout"
	errReadTO     = "ReadTimeout"
	errRedirects  = "TooManyRedirects"
	errInvalidURL = "InvalidURL"
	errSchema     = "InvalidSchema"
	errMissing    = "MissingSchema"
	errSSL        = "SSLError"
)

var errTooMany = errors.New("too many redirects")

// httpError is the (kind, message) pair Python turns into an exception.
type httpError struct{ kind, msg string }

func classify(err error, connected bool) httpError {
	var ne net.Error
	msg := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		msg = ue.Err.Error()
		err = ue.Err
	}
	var de *net.DNSError
	if errors.As(err, &de) && de.IsNotFound && ue != nil {
		return httpError{errConnection, noHostMessage(ue.URL)}
	}
	switch {
	case errors.Is(err, errTooMany):
		return httpError{errRedirects, msg}
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded):
		if connected {
			return httpError{errReadTO, "Read timed out. (" + msg + ")"}
		}
		return httpError{errConnectTO, "Connection timed out. (" + msg + ")"}
	case strings.Contains(msg, "tls:") || strings.Contains(msg, "x509:"):
		return httpError{errSSL, msg}
	}
	return httpError{errConnection, msg}
}

// noHostMessage words a failed name lookup as requests does (urllib3
// 1.26, Debian 12's): the connection pool, host, port and path (the query
// string is left out, it may hold keys) and the errno.
func noHostMessage(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return "Failed to establish a new connection: [Errno -2] Name or service not known"
	}
	pool, port := "HTTPConnectionPool", "80"
	if u.Scheme == "https" {
		pool, port = "HTTPSConnectionPool", "443"
	}
	if p := u.Port(); p != "" {
		port = p
	}
	return fmt.Sprintf("%s(host='%s', port=%s): Max retries exceeded with url: %s "+
		"(Caused by NewConnectionError('Failed to establish a new connection: [Errno -2] Name or service not known'))",
		pool, u.Hostname(), port, u.EscapedPath())
}

// multipartBody builds a multipart/form-data body from fields
// [(name, value)] and files [(field, filename, data, content_type)].
func multipartBody(fields, files py.Object) ([]byte, string, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	err := py.Iterate(fields, func(o py.Object) bool {
		t := o.(py.Tuple)
		name, _ := t[0].(py.String)
		var val []byte
		if s, ok := t[1].(py.String); ok {
			val = []byte(s)
		} else {
			val, _ = asBytes(t[1])
		}
		fw, e := w.CreateFormField(string(name))
		if e == nil {
			_, _ = fw.Write(val)
		}
		return false
	})
	if err != nil {
		return nil, "", err
	}
	err = py.Iterate(files, func(o py.Object) bool {
		t := o.(py.Tuple)
		field, _ := t[0].(py.String)
		fname, _ := t[1].(py.String)
		data, _ := asBytes(t[2])
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, escapeQuotes(string(field)), escapeQuotes(string(fname))))
		if ct, ok := t[3].(py.String); ok && ct != "" {
			h.Set("Content-Type", string(ct))
		}
		pw, e := w.CreatePart(h)
		if e == nil {
			_, _ = pw.Write(data)
		}
		return false
	})
	if err != nil {
		return nil, "", err
	}
	w.Close()
	return buf.Bytes(), w.FormDataContentType(), nil
}

func escapeQuotes(s string) string {
	return strings.NewReplacer("\\", "\\\\", `"`, "\\\"").Replace(s)
}

// fetch(method, url, headers, body, timeout, allow_redirects,
// max_redirects, jar, verify, stream, connect_timeout) -> Response, or
// (kind, message) on failure.
func httpFetch(self py.Object, args py.Tuple) (py.Object, error) {
	var mo, uo, ho, bo, to, ro, mro, jo, vo, so, cto py.Object
	if err := py.UnpackTuple(args, nil, "fetch", 11, 11, &mo, &uo, &ho, &bo, &to, &ro, &mro, &jo, &vo, &so, &cto); err != nil {
		return nil, err
	}
	method, _ := mo.(py.String)
	rawURL, _ := uo.(py.String)
	u, err := url.Parse(string(rawURL))
	if err != nil {
		return py.Tuple{py.String(errInvalidURL), py.String(fmt.Sprintf("Invalid URL %q: %v", string(rawURL), err))}, nil
	}
	if u.Scheme == "" {
		return py.Tuple{py.String(errMissing), py.String(fmt.Sprintf("Invalid URL '%s': No scheme supplied. Perhaps you meant https://%s?", rawURL, rawURL))}, nil
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return py.Tuple{py.String(errSchema), py.String(fmt.Sprintf("No connection adapters were found for '%s'", rawURL))}, nil
	}
	if u.Host == "" {
		return py.Tuple{py.String(errInvalidURL), py.String(fmt.Sprintf("Invalid URL '%s': No host supplied", rawURL))}, nil
	}
	var body []byte
	hasBody := !isNone(bo)
	if hasBody {
		if body, err = bytesArg(bo, "body"); err != nil {
			return nil, err
		}
	}
	timeout := time.Duration(0)
	if !isNone(to) {
		f, err := toFloat(to)
		if err != nil {
			return nil, err
		}
		timeout = time.Duration(f * float64(time.Second))
	}
	connectTimeout := timeout
	if !isNone(cto) {
		f, err := toFloat(cto)
		if err != nil {
			return nil, err
		}
		connectTimeout = time.Duration(f * float64(time.Second))
	}
	maxRedirects, err := toInt(mro)
	if err != nil {
		return nil, err
	}
	follow := ro == py.True
	var reqBody io.Reader
	if hasBody {
		reqBody = bytes.NewReader(body)
	}
	// Ctrl-C (in the main thread) abandons the request at once
	parent, pyctx := context.Background(), py.Context(nil)
	if m, ok := self.(*py.Module); ok && m.Context != nil && sysmods.WaitContext != nil && gil.ThreadIdent() == gil.MainIdent {
		pyctx = m.Context
		parent = sysmods.WaitContext(pyctx)
	}
	ctx, cancel := context.WithCancel(parent)
	req, err := http.NewRequestWithContext(ctx, string(method), u.String(), reqBody)
	if err != nil {
		cancel()
		return py.Tuple{py.String(errInvalidURL), py.String(err.Error())}, nil
	}
	if hasBody {
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	err = py.Iterate(ho, func(o py.Object) bool {
		t, ok := o.(py.Tuple)
		if !ok || len(t) != 2 {
			return false
		}
		k, _ := t[0].(py.String)
		v, _ := t[1].(py.String)
		if strings.EqualFold(string(k), "Host") {
			req.Host = string(v)
			return false
		}
		req.Header.Add(string(k), string(v))
		return false
	})
	if err != nil {
		cancel()
		return nil, err
	}
	if _, ok := req.Header["User-Agent"]; !ok {
		req.Header["User-Agent"] = []string{""} // send none rather than Go's
	}
	secure, insecure := transports()
	tr := secure
	if vo == py.False {
		tr = insecure
	} else if ca, ok := vo.(py.String); ok {
		// verify="/path/to/ca-bundle.pem": trust those certificates.
		if tr, err = caTransport(string(ca)); err != nil {
			cancel()
			return py.Tuple{py.String("SSLError"), py.String(err.Error())}, nil
		}
	}
	connected := false
	dialTr := tr
	if connectTimeout > 0 {
		dialTr = tr.Clone()
		d := &net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}
		dialTr.DialContext = d.DialContext
		dialTr.TLSHandshakeTimeout = connectTimeout
		if timeout > 0 {
			dialTr.ResponseHeaderTimeout = timeout
		}
	}
	r := &Response{cancel: cancel, timeout: timeout}
	client := &http.Client{Transport: dialTr}
	if j, ok := jo.(*Jar); ok {
		client.Jar = j
	}
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if !follow {
			return http.ErrUseLastResponse
		}
		if len(via) > maxRedirects {
			return errTooMany
		}
		if req.Response != nil {
			r.history = append(r.history, req.Response)
		}
		return nil
	}
	var resp *http.Response
	var connMu sync.Mutex
	trace := httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(httptrace.GotConnInfo) { connMu.Lock(); connected = true; connMu.Unlock() },
	})
	gil.Blocking(func() {
		resp, err = client.Do(req.WithContext(trace))
	})
	connMu.Lock()
	defer connMu.Unlock()
	if err != nil {
		cancel()
		if ki := interruptCheck(pyctx); ki != nil {
			return nil, ki
		}
		if errors.Is(err, errTooMany) {
			return py.Tuple{py.String(errRedirects), py.String(fmt.Sprintf("Exceeded %d redirects.", maxRedirects))}, nil
		}
		e := classify(err, connected)
		return py.Tuple{py.String(e.kind), py.String(e.msg)}, nil
	}
	r.resp, r.body = resp, resp.Body
	if so != py.True {
		// Read the whole body now (requests' default stream=False).
		data, rerr := r.readAll()
		if rerr != nil {
			if ki := interruptCheck(pyctx); ki != nil {
				return nil, ki
			}
			return rerr, nil
		}
		r.body = io.NopCloser(bytes.NewReader(data))
	}
	return r, nil
}

// readAll reads the rest of the body (lock released), or returns the
// (kind, message) failure.
func (r *Response) readAll() ([]byte, py.Object) {
	var data []byte
	var err error
	gil.Blocking(func() {
		if r.timeout > 0 {
			t := time.AfterFunc(r.timeout, r.cancel)
			defer t.Stop()
		}
		data, err = io.ReadAll(r.body)
		r.body.Close()
		r.body = io.NopCloser(bytes.NewReader(nil)) // later reads get b""
	})
	if err != nil {
		kind := "ChunkedEncodingError"
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			kind = errReadTO
		}
		return nil, py.Tuple{py.String(kind), py.String(err.Error())}
	}
	return data, nil
}

func headerList(h http.Header) py.Object {
	var out []py.Object
	for k, vs := range h {
		for _, v := range vs {
			out = append(out, py.Tuple{py.String(k), py.String(v)})
		}
	}
	return py.NewListFromItems(out)
}

func reasonOf(code int, status string) string {
	if i := strings.IndexByte(status, ' '); i >= 0 {
		return status[i+1:]
	}
	return http.StatusText(code)
}

func init() {
	ResponseType.Dict["info"] = method("info", func(self py.Object) (py.Object, error) {
		r := self.(*Response)
		var hist []py.Object
		for _, h := range r.history {
			hist = append(hist, py.Tuple{py.Int(h.StatusCode), py.String(reasonOf(h.StatusCode, h.Status)), py.String(h.Request.URL.String()), headerList(h.Header)})
		}
		return py.Tuple{py.Int(r.resp.StatusCode), py.String(reasonOf(r.resp.StatusCode, r.resp.Status)),
			py.String(r.resp.Request.URL.String()), headerList(r.resp.Header), py.NewListFromItems(hist),
			py.String(r.resp.Proto)}, nil
	})
	// read(n): up to n bytes (all when n < 0); b"" at the end.
	ResponseType.Dict["read"] = method("read", func(self py.Object, no py.Object) (py.Object, error) {
		r := self.(*Response)
		n, err := toInt(no)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			data, fail := r.readAll()
			if fail != nil {
				return fail, nil
			}
			return newBytes(data), nil
		}
		buf := make([]byte, n)
		var m int
		var rerr error
		gil.Blocking(func() {
			m, rerr = io.ReadFull(r.body, buf)
		})
		if rerr != nil && rerr != io.EOF && rerr != io.ErrUnexpectedEOF {
			return py.Tuple{py.String("ChunkedEncodingError"), py.String(rerr.Error())}, nil
		}
		return newBytes(buf[:m]), nil
	})
	ResponseType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		r := self.(*Response)
		r.body.Close()
		r.cancel()
		return py.None, nil
	})
	JarType.Dict["list"] = method("list", func(self py.Object) (py.Object, error) {
		j := self.(*Jar)
		j.mu.Lock()
		defer j.mu.Unlock()
		var out []py.Object
		for host, u := range j.seen {
			for _, c := range j.jar.Cookies(u) {
				out = append(out, py.Tuple{py.String(c.Name), py.String(c.Value), py.String(strings.Split(host, ":")[0]), py.String("/")})
			}
		}
		return py.NewListFromItems(out), nil
	})
	// set(name, value, url)
	JarType.Dict["set"] = method("set", func(self py.Object, args py.Tuple) (py.Object, error) {
		var no, vo, uo py.Object
		if err := py.UnpackTuple(args, nil, "set", 3, 3, &no, &vo, &uo); err != nil {
			return nil, err
		}
		j := self.(*Jar)
		name, _ := no.(py.String)
		val, _ := vo.(py.String)
		us, _ := uo.(py.String)
		u, err := url.Parse(string(us))
		if err != nil || u.Host == "" {
			return nil, py.ExceptionNewf(py.ValueError, "bad cookie URL %q", string(us))
		}
		maxAge := 0
		if vo == py.None {
			maxAge = -1
		}
		j.SetCookies(u, []*http.Cookie{{Name: string(name), Value: string(val), Path: "/", MaxAge: maxAge}})
		return py.None, nil
	})
	JarType.Dict["clear"] = method("clear", func(self py.Object) (py.Object, error) {
		j := self.(*Jar)
		j.mu.Lock()
		defer j.mu.Unlock()
		cj, _ := cookiejar.New(nil)
		j.jar, j.seen = cj, map[string]*url.URL{}
		return py.None, nil
	})
}

func httpModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"fetch": httpFetch,
		"jar":   func(self py.Object) (py.Object, error) { return newJar(), nil },
		"multipart": func(self py.Object, args py.Tuple) (py.Object, error) {
			var fields, files py.Object
			if err := py.UnpackTuple(args, nil, "multipart", 2, 2, &fields, &files); err != nil {
				return nil, err
			}
			body, ct, err := multipartBody(fields, files)
			if err != nil {
				return nil, err
			}
			return py.Tuple{newBytes(body), py.String(ct)}, nil
		},
		// environ_proxy(url): the proxy $http_proxy & co. name for url.
		"environ_proxy": func(self py.Object, uo py.Object) (py.Object, error) {
			us, _ := uo.(py.String)
			req, err := http.NewRequest("GET", string(us), nil)
			if err != nil {
				return py.None, nil
			}
			p, err := http.ProxyFromEnvironment(req)
			if err != nil || p == nil {
				return py.None, nil
			}
			return py.String(p.String()), nil
		},
	}, nil
}

func init() {
	registerGo("_gwb_http", "HTTP requests on net/http for requests, urllib.request and http.client.", httpModule)
}
