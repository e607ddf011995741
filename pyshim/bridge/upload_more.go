package bridge

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/site"
)

// The chunked upload and the file download of the pywikibot package
// (APISite.upload with chunk_size, FilePage.download), registered with
// the other _gowikibot_surface helpers.
func init() {
	surfaceFunctions = append(surfaceFunctions,
		surfaceFunction{sig("upload_chunked", 8, param{"family", strOrNone}, param{"code", strOrNone},
			param{"params", anyArg}, param{"path", strArg}, param{"chunk_size", anyArg}, param{"offset", anyArg},
			param{"filekey", strOrNone}, param{"asynchronous", boolArg}),
			pyUploadChunked,
			"upload_chunked(family, code, params, path, chunk_size, offset, filekey, asynchronous) -> the API's " +
				"answer: the file at path sent in chunks through the upload stash, then committed with params " +
				"(or the chunk's answer when it stopped at a warning)"},
		surfaceFunction{sig("download", 4, param{"family", strOrNone}, param{"code", strOrNone},
			param{"url", strArg}, param{"path", strArg}),
			pyDownload,
			"download(family, code, url, path) -> (status, final url, sha1 hex of what was written or None): " +
				"the file at url saved to path when the answer is 200 OK"},
	)
}

// pyUploadChunked is upload_chunked(...): site.UploadChunked of the file
// at path.
func pyUploadChunked(b *bridge, a []py.Object) (py.Object, error) {
	state.mu.Lock()
	s, err := state.openSite(str(a[0]), str(a[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	p, err := params(a[2])
	if err != nil {
		return nil, err
	}
	path := str(a[3])
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
	}
	size, ok := a[4].(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "upload_chunked() chunk_size must be int, not %s", a[4].Type().Name)
	}
	off, ok := a[5].(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "upload_chunked() offset must be int, not %s", a[5].Type().Name)
	}
	async, err := truth(a[7])
	if err != nil {
		return nil, err
	}
	c := site.ChunkedUpload{Params: p, Data: data, ChunkSize: int(size), Offset: int(off), FileKey: str(a[6]), Async: async}
	var raw json.RawMessage
	unlocked(func() { err = s.UploadChunked(b.wait(), c, &raw) })
	if err != nil {
		return nil, b.pyError(err)
	}
	return jsonToPy(raw)
}

// pyDownload is download(family, code, url, path): the file written to
// path (only on 200 OK) and its SHA-1.
func pyDownload(b *bridge, a []py.Object) (py.Object, error) {
	state.mu.Lock()
	s, err := state.openSite(str(a[0]), str(a[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	path := str(a[3])
	w := &lazyFile{path: path}
	h := sha1.New()
	url := str(a[2])
	var status int
	var final string
	unlocked(func() { status, final, err = s.Download(b.wait(), url, io.MultiWriter(w, h)) })
	if cerr := w.close(); cerr != nil {
		// the file could not be written (pywikibot: the OSError of open)
		return nil, py.ExceptionNewf(py.OSError, "%s", cerr.Error())
	}
	if err != nil {
		return nil, b.pyError(err)
	}
	sum := py.Object(py.None)
	if status == 200 {
		if w.f == nil { // an empty body: still a file
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%s", err.Error())
			}
		}
		sum = py.String(hex.EncodeToString(h.Sum(nil)))
	}
	return py.Tuple{py.Int(status), py.String(final), sum}, nil
}

// lazyFile creates its file on the first write, so that a failed
// download leaves no empty file behind.
type lazyFile struct {
	path string
	f    *os.File
	err  error
}

func (l *lazyFile) Write(p []byte) (int, error) {
	if l.f == nil && l.err == nil {
		l.f, l.err = os.Create(l.path)
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.f.Write(p)
}

func (l *lazyFile) close() error {
	if l.f == nil {
		return l.err
	}
	if err := l.f.Close(); err != nil {
		return err
	}
	return l.err
}
