package site

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// fakeStash is the upload stash of the fake wiki: chunks appended at the
// offset the client sends, answered as MediaWiki answers them.
type fakeStash struct {
	mu       sync.Mutex
	data     []byte
	offsets  []string // offset of each chunk request, "key=" its filekey
	commits  []url.Values
	mismatch int // answer the chunk at this offset with stashfailed (once), as if only half of the last one was stored
	warnings bool
}

func (st *fakeStash) install(f *fakeWiki) {
	f.onEvery(func(w http.ResponseWriter, r *http.Request, p url.Values) bool {
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
			if err := r.ParseMultipartForm(1 << 24); err != nil {
				http.Error(w, err.Error(), 400)
				return true
			}
			v := url.Values(r.MultipartForm.Value)
			file, _, err := r.FormFile("chunk")
			if err != nil || v.Get("action") != "upload" || v.Get("stash") != "1" || v.Get("token") == "" {
				apiErr(w, "badupload", "not a chunk", nil)
				return true
			}
			chunk, _ := io.ReadAll(file)
			st.mu.Lock()
			defer st.mu.Unlock()
			st.offsets = append(st.offsets, v.Get("offset")+" key="+v.Get("filekey"))
			off, _ := strconv.Atoi(v.Get("offset"))
			if st.warnings && !v.Has("ignorewarnings") {
				writeJSON(w, map[string]any{"upload": map[string]any{"result": "Warning", "filekey": "KEY1",
					"warnings": map[string]any{"duplicate": []string{"Other.png"}}}})
				return true
			}
			if st.mismatch > 0 && off == st.mismatch {
				st.mismatch = 0
				st.data = st.data[:off/2]
				apiErr(w, "stashfailed", "Invalid chunk offset", map[string]any{"offset": off / 2})
				return true
			}
			if off != len(st.data) {
				apiErr(w, "stashfailed", "Invalid chunk offset", map[string]any{"offset": len(st.data)})
				return true
			}
			st.data = append(st.data, chunk...)
			size, _ := strconv.Atoi(v.Get("filesize"))
			if len(st.data) == size {
				writeJSON(w, map[string]any{"upload": map[string]any{"result": "Success", "filekey": "KEY1"}})
			} else {
				writeJSON(w, map[string]any{"upload": map[string]any{"result": "Continue", "offset": len(st.data), "filekey": "KEY1"}})
			}
			return true
		}
		if p.Get("action") == "upload" {
			st.mu.Lock()
			st.commits = append(st.commits, p)
			st.mu.Unlock()
			writeJSON(w, map[string]any{"upload": map[string]any{"result": "Success", "filename": p.Get("filename")}})
			return true
		}
		return false
	})
}

func chunkedData(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return b
}

// A file goes up in chunks at the offsets the wiki confirms, the filekey
// from the first answer on, then one commit with the filekey and the
// file's comment and text.
func TestUploadChunked(t *testing.T) {
	fx := newFixture(t, nil)
	st := &fakeStash{}
	st.install(fx.f)
	data := chunkedData(2500)
	params := url.Values{"filename": {"X.png"}, "comment": {"c"}, "text": {"t"}}
	var out json.RawMessage
	if err := fx.s.UploadChunked(context.Background(), ChunkedUpload{Params: params, Data: data, ChunkSize: 1000}, &out); err != nil {
		t.Fatal(err)
	}
	if want := []string{"0 key=", "1000 key=KEY1", "2000 key=KEY1"}; strings.Join(st.offsets, ",") != strings.Join(want, ",") {
		t.Errorf("chunks at %q, want %q", st.offsets, want)
	}
	if !bytes.Equal(st.data, data) {
		t.Errorf("the stash holds %d bytes, not the file's %d", len(st.data), len(data))
	}
	if len(st.commits) != 1 || st.commits[0].Get("filekey") != "KEY1" || st.commits[0].Get("comment") != "c" ||
		st.commits[0].Get("text") != "t" || st.commits[0].Get("filename") != "X.png" || st.commits[0].Get("token") == "" {
		t.Errorf("commits: %v", st.commits)
	}
	if !strings.Contains(string(out), `"result":"Success"`) {
		t.Errorf("answer %s", out)
	}
}

// A stashfailed answer naming another offset makes the client resend
// from there.
func TestUploadChunkedOffsetCorrection(t *testing.T) {
	fx := newFixture(t, nil)
	st := &fakeStash{mismatch: 1000}
	st.install(fx.f)
	data := chunkedData(2500)
	if err := fx.s.UploadChunked(context.Background(), ChunkedUpload{Params: url.Values{"filename": {"X.png"}}, Data: data, ChunkSize: 1000}, nil); err != nil {
		t.Fatal(err)
	}
	if want := "0 key=,1000 key=KEY1,500 key=KEY1,1500 key=KEY1"; strings.Join(st.offsets, ",") != want {
		t.Errorf("chunks at %q, want %q", st.offsets, want)
	}
	if !bytes.Equal(st.data, data) {
		t.Errorf("the stash holds %d bytes, want the file's %d", len(st.data), len(data))
	}
	if !strings.Contains(fx.log.String(), "offset mismatch") {
		t.Errorf("no warning logged: %s", fx.log)
	}
}

// A warning of the first chunk ends the upload before the commit; the
// answer gets the offset pywikibot gives such a warning (0); with
// ignorewarnings the chunks carry it and the upload goes through.
func TestUploadChunkedWarning(t *testing.T) {
	fx := newFixture(t, nil)
	st := &fakeStash{warnings: true}
	st.install(fx.f)
	data := chunkedData(1500)
	var out struct {
		Upload struct {
			Result  string         `json:"result"`
			Offset  *int           `json:"offset"`
			FileKey string         `json:"filekey"`
			Warn    map[string]any `json:"warnings"`
		} `json:"upload"`
	}
	if err := fx.s.UploadChunked(context.Background(), ChunkedUpload{Params: url.Values{"filename": {"X.png"}}, Data: data, ChunkSize: 1000}, &out); err != nil {
		t.Fatal(err)
	}
	if out.Upload.Result != "Warning" || out.Upload.Offset == nil || *out.Upload.Offset != 0 || out.Upload.FileKey != "KEY1" || out.Upload.Warn["duplicate"] == nil {
		t.Errorf("answer %+v", out.Upload)
	}
	if len(st.commits) != 0 {
		t.Errorf("committed after a warning: %v", st.commits)
	}
	p := url.Values{"filename": {"X.png"}, "ignorewarnings": {""}}
	if err := fx.s.UploadChunked(context.Background(), ChunkedUpload{Params: p, Data: data, ChunkSize: 1000}, nil); err != nil {
		t.Fatal(err)
	}
	if len(st.commits) != 1 || !st.commits[0].Has("ignorewarnings") || !bytes.Equal(st.data, data) {
		t.Errorf("commits %v, stash %d bytes", st.commits, len(st.data))
	}
}

// Bad sizes and offsets are refused before anything is sent.
func TestUploadChunkedBadArguments(t *testing.T) {
	fx := newFixture(t, nil)
	for _, c := range []ChunkedUpload{{ChunkSize: 0, Data: []byte("x")}, {ChunkSize: 10, Offset: 5, Data: []byte("x")}} {
		if err := fx.s.UploadChunked(context.Background(), c, nil); err == nil {
			t.Errorf("%+v: no error", c)
		}
	}
	if n := len(fx.f.requests()); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}
