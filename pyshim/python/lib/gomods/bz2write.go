package gomods

import (
	"bytes"
	"io"

	dsbzip2 "github.com/dsnet/compress/bzip2"
	"github.com/go-python/gpython/py"
)

// bzip2 writing for the bz2 module: Go's standard library only reads
// bzip2, so the writer is github.com/dsnet/compress/bzip2 (pure Go). Its
// streams are standard bzip2 (libbz2 and Go's reader decompress them) but
// not the bytes libbz2 writes for the same input.

// bz2ClosedMsg is the ValueError text of CPython's BZ2File once closed.
const bz2ClosedMsg = "I/O operation on closed file"

// bz2LevelError is CPython's error for a compresslevel outside 1..9.
func bz2LevelError() error {
	return py.ExceptionNewf(py.ValueError, "compresslevel must be between 1 and 9")
}

// newBz2Writer starts one bzip2 stream into w at level 1..9 (block size
// level*100k, as libbz2's: the header is "BZh" and the level's digit).
func newBz2Writer(w io.Writer, level int) (io.WriteCloser, error) {
	if level < 1 || level > 9 {
		return nil, bz2LevelError()
	}
	zw, err := dsbzip2.NewWriter(w, &dsbzip2.WriterConfig{Level: level})
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return zw, nil
}

// bz2Compress compresses data into one complete bzip2 stream.
func bz2Compress(data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := newBz2Writer(&buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	if err := zw.Close(); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return buf.Bytes(), nil
}

// bz2_compress(data, level) -> one bzip2 stream of data.
func cBz2Compress(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "compress() missing required argument 'data'")
	}
	data, err := bytesArg(args[0], "compress()")
	if err != nil {
		return nil, err
	}
	n, err := intArgs(args[1:], 9)
	if err != nil {
		return nil, err
	}
	out, err := bz2Compress(data, n[0])
	if err != nil {
		return nil, err
	}
	return newBytes(out), nil
}
