package site

import (
	"errors"
	"net"
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
