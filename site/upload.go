package site

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"sort"

	"github.com/gowikibot/gowikibot/auth"
)

// Upload sends action=upload with a file's bytes as a multipart/form-data
// POST (the API takes files only that way), as pywikibot's upload does:
// params are the upload parameters (filename, comment, text, ignorewarnings,
// ...), data the file and name its file name in the form. The csrf token
// and assert=user are added; a badtoken answer refreshes the token and
// retries once. The response (the whole JSON object) is decoded into out.
// An upload by URL or by file key (filekey=) needs no bytes: pass data nil
// and it goes through Do like any other write.
//
// Uploads are not retried on maxlag or 5xx: a repeated upload could store
// the file twice (pywikibot retries through the upload stash instead).
func (s *APISite) Upload(ctx context.Context, params url.Values, name string, data []byte, out any) error {
	if data == nil {
		p := cloneValues(params)
		p.Set("action", "upload")
		return s.Do(ctx, &Request{Params: p, Write: true, Token: "csrf"}, out)
	}
	if s.cfg.Simulate {
		s.logf(0, "SIMULATION: upload action blocked.")
		if out == nil {
			return nil
		}
		return json.Unmarshal([]byte(`{"upload":{"result":"Success","nochange":true}}`), out)
	}
	if err := s.ensureLoggedInForWrite(ctx); err != nil {
		return err
	}
	for retried := false; ; retried = true {
		tok, err := s.Token(ctx, "csrf")
		if err != nil {
			return err
		}
		p := cloneValues(params)
		p.Set("action", "upload")
		p.Set("assert", "user")
		p.Set("format", "json")
		p.Set("formatversion", "2")
		p.Set("token", tok)
		if err := s.throttle(ctx, true); err != nil {
			return err
		}
		err = s.sendMultipart(ctx, p, name, data, out)
		if ErrorCode(err) == "badtoken" && !retried {
			s.logf(1, "badtoken: refreshing the csrf token and retrying the upload")
			s.dropTokens()
			continue
		}
		return err
	}
}

// sendMultipart POSTs p and the file as multipart/form-data and decodes
// the JSON answer into out.
func (s *APISite) sendMultipart(ctx context.Context, p url.Values, name string, data []byte, out any) error {
	b, err := s.postMultipart(ctx, p, "file", name, data)
	if err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(b, out); err != nil {
		return &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
	}
	return nil
}

// postMultipart POSTs p and data as the form field field (file name name)
// as multipart/form-data and returns the answer's body; an API error in
// it is returned as the error, together with the body.
func (s *APISite) postMultipart(ctx context.Context, p url.Values, field, name string, data []byte) ([]byte, error) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	keys := make([]string, 0, len(p))
	for k := range p {
		if k != "token" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	keys = append(keys, "token") // as pywikibot: the token last
	for _, k := range keys {
		for _, v := range p[k] {
			if err := w.WriteField(k, v); err != nil {
				return nil, err
			}
		}
	}
	fw, err := w.CreateFormFile(field, name)
	if err != nil {
		return nil, err
	}
	if _, err := fw.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.apiURL, &body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("User-Agent", s.ua)
	s.statsMu.Lock()
	s.stats.Requests++
	s.statsMu.Unlock()
	resp, err := s.client.Do(req)
	if err != nil {
		s.logf(2, "debug: POST %s %s (multipart, %d bytes) -> %v", s.apiURL, auth.RedactParams(p), len(data), scrub(err))
		return nil, connectError(s.apiURL, err)
	}
	defer resp.Body.Close()
	s.logf(2, "debug: POST %s %s (multipart, %d bytes) -> HTTP %d", s.apiURL, auth.RedactParams(p), len(data), resp.StatusCode)
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, &transportError{err}
	}
	if resp.StatusCode >= 400 {
		return b, &ServerError{Status: resp.StatusCode, Text: firstLine(string(b))}
	}
	return b, checkErrorBody(b)
}
