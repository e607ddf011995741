package sysmods

import "github.com/go-python/gpython/py"

// shutilCopyFileObj is shutil.copyfileobj(fsrc, fdst, length=0): read
// chunks from fsrc and write them to fdst until a read returns nothing
// (length 0 or less: 64 KiB chunks, CPython's COPY_BUFSIZE on Linux).
func shutilCopyFileObj(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var src, dst, length py.Object = nil, nil, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:copyfileobj", []string{"fsrc", "fdst", "length"}, &src, &dst, &length); err != nil {
		return nil, err
	}
	n, err := toInt(length, "")
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		n = 64 * 1024
	}
	read, err := py.GetAttrString(src, "read")
	if err != nil {
		return nil, err
	}
	write, err := py.GetAttrString(dst, "write")
	if err != nil {
		return nil, err
	}
	for {
		buf, err := py.Call(read, py.Tuple{py.Int(n)}, nil)
		if err != nil {
			return nil, err
		}
		empty, err := py.Len(buf)
		if err != nil {
			return nil, err
		}
		if empty == py.Int(0) {
			return py.None, nil
		}
		if _, err := py.Call(write, py.Tuple{buf}, nil); err != nil {
			return nil, err
		}
	}
}
