package site

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

// failingTransport fails every request with err and counts them.
type failingTransport struct {
	err   error
	calls atomic.Int32
}

func (f *failingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	f.calls.Add(1)
	return nil, f.err
}

// TestHostNotFoundIsNotRetried: a host whose name does not resolve fails
// the request at once, as in pywikibot 9.6.3 (public bots hard-code hosts
// such as fr.vikidia.org; pywikibot raises at the first failed lookup where
// gowikibot used to sleep 5, 10, 20, ... seconds through max_retries). A
// refused connection is still retried.
func TestHostNotFoundIsNotRetried(t *testing.T) {
	dnsErr := &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "nosuch.example", IsNotFound: true}}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}
	for _, tc := range []struct {
		name      string
		err       error
		wantCalls int32
	}{
		{"no such host", dnsErr, 1},
		{"connection refused", refused, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(t.TempDir())
			cfg.MaxRetries = 2
			tr := &failingTransport{err: tc.err}
			var waits []time.Duration
			s, err := New(Options{APIURL: "https://nosuch.example/w/api.php", Config: cfg, Transport: tr,
				Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }})
			if err != nil {
				t.Fatal(err)
			}
			err = s.Get(context.Background(), url.Values{"action": {"query"}, "meta": {"siteinfo"}}, nil)
			if err == nil {
				t.Fatal("no error")
			}
			if got := tr.calls.Load(); got != tc.wantCalls {
				t.Errorf("%d requests (waits %v), want %d; error: %v", got, waits, tc.wantCalls, err)
			}
			var hnf *HostNotFoundError
			if errors.As(err, &hnf) != (tc.wantCalls == 1) {
				t.Errorf("error %T %v: a HostNotFoundError is %v, want %v", err, err, !(tc.wantCalls == 1), tc.wantCalls == 1)
			}
			if hnf != nil {
				// requests' wording, which pywikibot passes on.
				want := "HTTPSConnectionPool(host='nosuch.example', port=443): Max retries exceeded with url: /w/api.php " +
					"(Caused by NewConnectionError('Failed to establish a new connection: [Errno -2] Name or service not known'))"
				if hnf.Error() != want || hnf.PywikibotClass() != "ConnectionError" {
					t.Errorf("error %q class %s,\nwant %q class ConnectionError", hnf.Error(), hnf.PywikibotClass(), want)
				}
			}
		})
	}
}
