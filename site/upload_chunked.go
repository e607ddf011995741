package site

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"time"
)

// ChunkedUpload is a file sent to the wiki in pieces through the upload
// stash, as pywikibot's chunked upload (chunk_size) and MediaWiki's API
// take it: each chunk is an action=upload with stash=1, filesize, offset
// and (after the first) the stash's filekey; the wiki answers "Continue"
// with the next offset until the last chunk, which it assembles
// ("Success", or "Poll" while an asynchronous assembly runs); a final
// action=upload with the filekey then publishes the file with its comment
// and text.
type ChunkedUpload struct {
	// Params are the parameters of the final commit: filename, comment,
	// text, watch, ignorewarnings (as for Upload).
	Params url.Values
	// Data is the whole file; ChunkSize the bytes sent per request (> 0).
	Data      []byte
	ChunkSize int
	// Offset and FileKey resume an interrupted stash upload: the bytes
	// before Offset are already stashed under FileKey.
	Offset  int
	FileKey string
	// Async asks the wiki to assemble and publish in the background
	// (async=1); the answers are polled with checkstatus=1.
	Async bool
}

// uploadAnswer is the "upload" object of an action=upload answer.
type uploadAnswer struct {
	Result   string          `json:"result"`
	FileKey  string          `json:"filekey"`
	Offset   *int            `json:"offset"`
	Warnings json.RawMessage `json:"warnings"`
}

// UploadChunked uploads c: the chunks into the stash, then the final
// commit, whose answer (the whole JSON object) is decoded into out. A
// warning stops the upload before the commit unless Params has
// ignorewarnings: then out is the chunk's answer, result "Warning", with
// the warnings, the filekey and, once a chunk is stored, the offset (as
// pywikibot's UploadError takes them). A stashfailed error that names the
// offset the wiki expects (after a lost answer) resends from there once
// per position; -simulate sends nothing and "succeeds", as Upload.
func (s *APISite) UploadChunked(ctx context.Context, c ChunkedUpload, out any) error {
	if c.ChunkSize <= 0 {
		return fmt.Errorf("UploadChunked: chunk size %d, want > 0", c.ChunkSize)
	}
	if c.Offset < 0 || c.Offset > len(c.Data) {
		return fmt.Errorf("UploadChunked: offset %d outside the file's %d bytes", c.Offset, len(c.Data))
	}
	if s.cfg.Simulate {
		return s.Upload(ctx, c.Params, c.Params.Get("filename"), c.Data, out)
	}
	if err := s.ensureLoggedInForWrite(ctx); err != nil {
		return err
	}
	// a boolean API parameter counts by its presence (any value)
	ignore, ignoreAll := c.Params["ignorewarnings"]
	name := c.Params.Get("filename")
	offset, key := c.Offset, c.FileKey
	tokenRetried := false
	for offset < len(c.Data) || (offset == len(c.Data) && key == "") {
		end := min(offset+c.ChunkSize, len(c.Data))
		tok, err := s.Token(ctx, "csrf")
		if err != nil {
			return err
		}
		p := url.Values{"action": {"upload"}, "assert": {"user"}, "format": {"json"}, "formatversion": {"2"},
			"stash": {"1"}, "filename": {name}, "filesize": {strconv.Itoa(len(c.Data))},
			"offset": {strconv.Itoa(offset)}, "token": {tok}}
		if ignoreAll {
			p["ignorewarnings"] = ignore
		}
		if key != "" {
			p.Set("filekey", key)
		}
		if c.Async {
			p.Set("async", "1")
		}
		if offset == c.Offset {
			// as pywikibot: only the first request of a file waits for the
			// put throttle
			if err := s.throttle(ctx, true); err != nil {
				return err
			}
		}
		s.logf(1, "uploading bytes %d-%d of %d of %s", offset, end, len(c.Data), name)
		body, err := s.postMultipart(ctx, p, "chunk", "FAKE-NAME", c.Data[offset:end])
		if err != nil {
			switch ErrorCode(err) {
			case "badtoken":
				if !tokenRetried {
					tokenRetried = true
					s.dropTokens()
					continue
				}
			case "stashfailed":
				// the wiki says which offset it expects next
				if want, ok := errorOffset(body); ok && want != offset && want >= 0 && want <= len(c.Data) {
					s.logf(0, "WARNING: Attempting to correct automatically from offset mismatch error.")
					offset = want
					continue
				}
			}
			return err
		}
		var r struct {
			Upload uploadAnswer `json:"upload"`
		}
		if err := json.Unmarshal(body, &r); err != nil {
			return &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
		}
		if r.Upload.FileKey != "" {
			key = r.Upload.FileKey
		}
		switch r.Upload.Result {
		case "Continue":
			if r.Upload.Offset != nil {
				offset = *r.Upload.Offset
			} else {
				offset = end
			}
		case "Success":
			offset = len(c.Data)
		case "Poll":
			done, perr := s.pollStash(ctx, key, out)
			if perr != nil || !done {
				return perr
			}
			offset = len(c.Data)
		case "Warning":
			if r.Upload.Offset == nil {
				// as pywikibot: a chunk's warning without an offset (the
				// first chunk's: nothing stashed) is at the chunk's offset
				body = withUploadOffset(body, offset)
			}
			return decodeInto(body, out)
		default:
			return &APIError{Code: "unknown-result", Info: fmt.Sprintf("Unrecognized result: %s", r.Upload.Result), Local: true}
		}
		if offset == len(c.Data) {
			break
		}
	}
	if key == "" {
		return &APIError{Code: "nofilekey", Info: "the stash answered without a filekey", Local: true}
	}
	p := cloneValues(c.Params)
	p.Del("url")
	p.Set("filekey", key)
	if c.Async {
		p.Set("async", "1")
	}
	return s.Upload(ctx, p, "", nil, out)
}

// pollStash asks for the state of an asynchronous chunk assembly until it
// ends: done is true once the stash holds the file; a warning or error is
// decoded into out (done false).
func (s *APISite) pollStash(ctx context.Context, key string, out any) (done bool, err error) {
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 5*time.Second) {
		var raw json.RawMessage
		p := url.Values{"action": {"upload"}, "filekey": {key}, "checkstatus": {"1"}}
		if err := s.Do(ctx, &Request{Params: p, Write: true, Token: "csrf"}, &raw); err != nil {
			return false, err
		}
		var r struct {
			Upload uploadAnswer `json:"upload"`
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			return false, &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
		}
		switch r.Upload.Result {
		case "Poll":
			s.logf(1, "Waiting for server to assemble chunks.")
			select {
			case <-ctx.Done():
				return false, ctx.Err()
			case <-time.After(wait):
			}
		case "Success":
			return true, nil
		default:
			return false, decodeInto(raw, out)
		}
	}
}

// withUploadOffset adds "offset": offset to the "upload" object of body.
func withUploadOffset(body []byte, offset int) []byte {
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) != nil {
		return body
	}
	var up map[string]json.RawMessage
	if json.Unmarshal(m["upload"], &up) != nil || up == nil {
		return body
	}
	up["offset"] = json.RawMessage(strconv.Itoa(offset))
	raw, err := json.Marshal(up)
	if err != nil {
		return body
	}
	m["upload"] = raw
	if out, err := json.Marshal(m); err == nil {
		return out
	}
	return body
}

// errorOffset is the "offset" field of an API error answer, if any.
func errorOffset(body []byte) (int, bool) {
	var e struct {
		Error struct {
			Offset json.Number `json:"offset"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &e) != nil || e.Error.Offset == "" {
		return 0, false
	}
	n, err := strconv.Atoi(string(e.Error.Offset))
	return n, err == nil
}

// decodeInto decodes an answer's body into out (nil: nothing to do).
func decodeInto(body []byte, out any) error {
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(body, out); err != nil {
		return &transportError{fmt.Errorf("bad JSON from the API: %w", err)}
	}
	return nil
}
