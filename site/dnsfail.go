package site

import (
	"errors"
	"fmt"
	"net"
	"net/url"
)

// hostNotFound reports whether err is a failed name lookup of the wiki's
// host (no such host). pywikibot 9.6.3 gives up on these at once
// (comms/http.py raises ConnectionError for NewConnectionError with
// [Errno -2], 8 or 11001) instead of retrying: a mistyped or unresolvable
// hostname does not get better by waiting.
func hostNotFound(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de) && de.IsNotFound
}

// HostNotFoundError is a request to a wiki whose host name does not
// resolve. It is not retried, and scripts see Python's built-in
// ConnectionError, as pywikibot raises it (wrapping requests' error).
type HostNotFoundError struct {
	// URL is the API endpoint, without a query string.
	URL string
	// Err is the lookup failure.
	Err error
}

// Error words the failure as requests does in the message pywikibot
// passes on: the host and port, the path, and the errno of a failed
// name lookup (the query string is left out: it may hold tokens).
func (e *HostNotFoundError) Error() string {
	u, err := url.Parse(e.URL)
	if err != nil || u.Host == "" {
		return fmt.Sprintf("Failed to establish a new connection: [Errno -2] Name or service not known (%v)", e.Err)
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

// Unwrap returns the lookup failure.
func (e *HostNotFoundError) Unwrap() error { return e.Err }

// PywikibotClass names the exception class (see package errclass): the
// built-in ConnectionError, which pywikibot raises for this.
func (e *HostNotFoundError) PywikibotClass() string { return "ConnectionError" }

// connectError is the error of a failed HTTP exchange with the API at
// apiURL: a HostNotFoundError for an unresolvable host, else a
// transportError (retried).
func connectError(apiURL string, err error) error {
	if hostNotFound(err) {
		return &HostNotFoundError{URL: apiURL, Err: scrub(err)}
	}
	return &transportError{scrub(err)}
}
