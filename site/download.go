package site

import (
	"context"
	"io"
	"net/http"
)

// Download GETs rawURL (a file of the wiki, e.g. an imageinfo url) with the
// site's HTTP client, cookies and User-Agent, and copies the body to w as
// it arrives when the answer is 200 OK. It returns the final status and
// URL (after redirects); any other status writes nothing and is no error,
// as pywikibot's FilePage.download reports it itself.
func (s *APISite) Download(ctx context.Context, rawURL string, w io.Writer) (status int, finalURL string, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return 0, rawURL, err
	}
	req.Header.Set("User-Agent", s.ua)
	s.statsMu.Lock()
	s.stats.Requests++
	s.statsMu.Unlock()
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, rawURL, &transportError{scrub(err)}
	}
	defer resp.Body.Close()
	s.logf(2, "debug: GET %s -> HTTP %d", resp.Request.URL, resp.StatusCode)
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, resp.Request.URL.String(), nil
	}
	if _, err := io.Copy(w, resp.Body); err != nil {
		return resp.StatusCode, resp.Request.URL.String(), &transportError{err}
	}
	return resp.StatusCode, resp.Request.URL.String(), nil
}
