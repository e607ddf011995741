package sysmods

import (
	"bufio"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// HashType is the type of hashlib objects.
var HashType = py.NewType("_hashlib.HASH", "A hash object.")

// Hash is a hashlib hash object.
type Hash struct {
	name string
	h    hash.Hash
}

// Type returns HashType.
func (h *Hash) Type() *py.Type { return HashType }

// M__repr__ is <name _hashlib.HASH object>.
func (h *Hash) M__repr__() (py.Object, error) {
	return py.String("<" + h.name + " _hashlib.HASH object>"), nil
}

var hashNew = map[string]func() hash.Hash{
	"md5":    md5.New,
	"sha1":   sha1.New,
	"sha224": sha256.New224,
	"sha256": sha256.New,
	"sha384": sha512.New384,
	"sha512": sha512.New,
}

func bytesArg(o py.Object, fn string) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "Strings must be encoded before hashing")
	}
	return nil, py.ExceptionNewf(py.TypeError, "object supporting the buffer API required")
}

func newHash(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	mk, ok := hashNew[name]
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", name)
	}
	h := &Hash{name: name, h: mk()}
	var data py.Object = py.None
	if len(args) > 0 {
		data = args[0]
	}
	if v, ok := kwargs["string"]; ok {
		data = v
	}
	if v, ok := kwargs["data"]; ok {
		data = v
	}
	if !isNone(data) {
		b, err := bytesArg(data, name)
		if err != nil {
			return nil, err
		}
		h.h.Write(b)
	}
	return h, nil
}

func hashlibInit() {
	d := HashType.Dict
	d["update"] = method("update", func(self, o py.Object) (py.Object, error) {
		b, err := bytesArg(o, "update")
		if err != nil {
			return nil, err
		}
		self.(*Hash).h.Write(b)
		return py.None, nil
	})
	d["digest"] = method("digest", func(self py.Object) (py.Object, error) { return newBytes(self.(*Hash).h.Sum(nil)), nil })
	d["hexdigest"] = method("hexdigest", func(self py.Object) (py.Object, error) {
		return py.String(hex.EncodeToString(self.(*Hash).h.Sum(nil))), nil
	})
	d["copy"] = method("copy", func(self py.Object) (py.Object, error) {
		// Go hashes implement encoding.BinaryMarshaler.
		h := self.(*Hash)
		n := &Hash{name: h.name, h: hashNew[h.name]()}
		type bm interface {
			MarshalBinary() ([]byte, error)
			UnmarshalBinary([]byte) error
		}
		st, err := h.h.(bm).MarshalBinary()
		if err == nil {
			err = n.h.(bm).UnmarshalBinary(st)
		}
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "%v", err)
		}
		return n, nil
	})
	d["name"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*Hash).name), nil })
	d["digest_size"] = getter(func(self py.Object) (py.Object, error) { return py.Int(self.(*Hash).h.Size()), nil })
	d["block_size"] = getter(func(self py.Object) (py.Object, error) { return py.Int(self.(*Hash).h.BlockSize()), nil })
	fns := map[string]interface{}{
		"new": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "new() missing required argument 'name' (pos 1)")
			}
			name, err := pyStrArg(args[0], "new")
			if err != nil {
				return nil, err
			}
			return newHash(strings.ToLower(name), args[1:], kwargs)
		},
	}
	var names py.Tuple
	for n := range hashNew {
		n := n
		fns[n] = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return newHash(n, args, kwargs)
		}
	}
	for _, n := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512"} {
		names = append(names, py.String(n))
	}
	register("hashlib", "hashlib module - A common interface to many hash functions.", fns, py.StringDict{
		"algorithms_guaranteed": names,
		"algorithms_available":  names,
	})
}

func b64Input(o py.Object, fn string) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	switch v := o.(type) {
	case py.String:
		for _, r := range string(v) {
			if r > 127 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(v), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", typeName(o))
}

func encInput(o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(o))
}

func binasciiErr(msg string) error {
	if impl := lazymod.ModuleImpl("binascii"); impl != nil {
		if t, ok := impl.Globals["Error"].(*py.Type); ok {
			return py.ExceptionNewf(t, "%s", msg)
		}
	}
	return py.ExceptionNewf(py.ValueError, "%s", msg)
}

func b64decode(enc *base64.Encoding, data []byte, validate bool) ([]byte, error) {
	var clean []byte
	for _, c := range data {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' {
			clean = append(clean, c)
		} else if validate {
			return nil, binasciiErr("Non-base64 digit found")
		}
	}
	if i := strings.IndexByte(string(clean), '='); i >= 0 {
		// data after padding is ignored as CPython does
		j := i
		for j < len(clean) && clean[j] == '=' {
			j++
		}
		clean = clean[:j]
	}
	out, err := enc.DecodeString(string(clean))
	if err != nil {
		n := 0
		for _, c := range clean {
			if c != '=' {
				n++
			}
		}
		if n%4 == 1 {
			return nil, binasciiErr(fmt.Sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", n))
		}
		return nil, binasciiErr("Incorrect padding")
	}
	return out, nil
}

func base64Init() {
	altEnc := func(alt py.Object, data []byte) []byte {
		if b, ok := asBytes(alt); ok && len(b) == 2 {
			s := strings.NewReplacer("+", string(b[0]), "/", string(b[1])).Replace(string(data))
			return []byte(s)
		}
		return data
	}
	fns := map[string]interface{}{
		"b64encode": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var s, alt py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:b64encode", []string{"s", "altchars"}, &s, &alt); err != nil {
				return nil, err
			}
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes(altEnc(alt, []byte(base64.StdEncoding.EncodeToString(b)))), nil
		},
		"b64decode": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var s, alt, validate py.Object = nil, py.None, py.False
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:b64decode", []string{"s", "altchars", "validate"}, &s, &alt, &validate); err != nil {
				return nil, err
			}
			b, err := b64Input(s, "b64decode")
			if err != nil {
				return nil, err
			}
			if a, ok := asBytes(alt); ok && len(a) == 2 {
				b = []byte(strings.NewReplacer(string(a[0]), "+", string(a[1]), "/").Replace(string(b)))
			}
			v, _ := boolOf(validate)
			out, err := b64decode(base64.StdEncoding, b, v)
			if err != nil {
				return nil, err
			}
			return newBytes(out), nil
		},
		"urlsafe_b64encode": func(self, s py.Object) (py.Object, error) {
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(base64.URLEncoding.EncodeToString(b))), nil
		},
		"urlsafe_b64decode": func(self, s py.Object) (py.Object, error) {
			b, err := b64Input(s, "urlsafe_b64decode")
			if err != nil {
				return nil, err
			}
			b = []byte(strings.NewReplacer("-", "+", "_", "/").Replace(string(b)))
			out, err := b64decode(base64.StdEncoding, b, false)
			if err != nil {
				return nil, err
			}
			return newBytes(out), nil
		},
		"b32encode": func(self, s py.Object) (py.Object, error) {
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(base32.StdEncoding.EncodeToString(b))), nil
		},
		"b32decode": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "b32decode() missing required argument 's'")
			}
			b, err := b64Input(args[0], "b32decode")
			if err != nil {
				return nil, err
			}
			out, err := base32.StdEncoding.DecodeString(string(b))
			if err != nil {
				return nil, binasciiErr("Incorrect padding")
			}
			return newBytes(out), nil
		},
		"b16encode": func(self, s py.Object) (py.Object, error) {
			b, err := encInput(s)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(strings.ToUpper(hex.EncodeToString(b)))), nil
		},
		"b16decode": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "b16decode() missing required argument 's'")
			}
			b, err := b64Input(args[0], "b16decode")
			if err != nil {
				return nil, err
			}
			out, err := hex.DecodeString(string(b))
			if err != nil || strings.ToUpper(string(b)) != string(b) {
				return nil, binasciiErr("Non-base16 digit found")
			}
			return newBytes(out), nil
		},
	}
	fns["encodebytes"] = func(self, s py.Object) (py.Object, error) {
		b, err := encInput(s)
		if err != nil {
			return nil, err
		}
		enc := base64.StdEncoding.EncodeToString(b)
		var out strings.Builder
		for len(enc) > 76 {
			out.WriteString(enc[:76] + "\n")
			enc = enc[76:]
		}
		if enc != "" || out.Len() == 0 && len(b) > 0 {
			out.WriteString(enc + "\n")
		}
		return newBytes([]byte(out.String())), nil
	}
	fns["decodebytes"] = func(self, s py.Object) (py.Object, error) {
		b, err := encInput(s)
		if err != nil {
			return nil, err
		}
		out, err := b64decode(base64.StdEncoding, b, false)
		if err != nil {
			return nil, err
		}
		return newBytes(out), nil
	}
	fns["standard_b64encode"] = fns["b64encode"]
	fns["standard_b64decode"] = fns["b64decode"]
	register("base64", "Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings", fns, nil)
}

// UUIDType is uuid.UUID.
var UUIDType = py.NewTypeX("uuid.UUID", "Instances of the UUID class represent UUIDs as specified in RFC 4122.", uuidNew, nil)

// UUID is a uuid.UUID.
type UUID struct{ b [16]byte }

// Type returns UUIDType.
func (u *UUID) Type() *py.Type { return UUIDType }

func (u *UUID) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// M__str__ is the canonical form.
func (u *UUID) M__str__() (py.Object, error) { return py.String(u.String()), nil }

// M__repr__ is UUID('...').
func (u *UUID) M__repr__() (py.Object, error) { return py.String("UUID('" + u.String() + "')"), nil }

// M__eq__ compares the bytes.
func (u *UUID) M__eq__(o py.Object) (py.Object, error) {
	w, ok := o.(*UUID)
	return py.NewBool(ok && w.b == u.b), nil
}

// M__ne__ compares the bytes.
func (u *UUID) M__ne__(o py.Object) (py.Object, error) {
	w, ok := o.(*UUID)
	return py.NewBool(!ok || w.b != u.b), nil
}

// M__hash__ hashes the value.
func (u *UUID) M__hash__() (py.Object, error) {
	var h int64
	for _, c := range u.b {
		h = h*31 + int64(c)
	}
	return py.Int(h), nil
}

func uuidNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var hx, bs py.Object = py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:UUID", []string{"hex", "bytes"}, &hx, &bs); err != nil {
		return nil, err
	}
	u := &UUID{}
	if s, ok := hx.(py.String); ok {
		c := strings.NewReplacer("urn:", "", "uuid:", "", "{", "", "}", "", "-", "").Replace(string(s))
		b, err := hex.DecodeString(c)
		if err != nil || len(b) != 16 {
			return nil, py.ExceptionNewf(py.ValueError, "badly formed hexadecimal UUID string")
		}
		copy(u.b[:], b)
		return u, nil
	}
	if b, ok := asBytes(bs); ok {
		if len(b) != 16 {
			return nil, py.ExceptionNewf(py.ValueError, "bytes is not a 16-char string")
		}
		copy(u.b[:], b)
		return u, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
}

func uuidInit() {
	UUIDType.Dict["hex"] = getter(func(self py.Object) (py.Object, error) { return py.String(hex.EncodeToString(self.(*UUID).b[:])), nil })
	UUIDType.Dict["bytes"] = getter(func(self py.Object) (py.Object, error) { return newBytes(self.(*UUID).b[:]), nil })
	UUIDType.Dict["version"] = getter(func(self py.Object) (py.Object, error) { return py.Int(self.(*UUID).b[6] >> 4), nil })
	UUIDType.Dict["urn"] = getter(func(self py.Object) (py.Object, error) { return py.String("urn:uuid:" + self.(*UUID).String()), nil })
	register("uuid", "UUID objects (universally unique identifiers) according to RFC 4122.", map[string]interface{}{
		"uuid4": func(self py.Object) (py.Object, error) {
			u := &UUID{}
			copy(u.b[:], randomBytes(16))
			u.b[6] = u.b[6]&0x0f | 0x40
			u.b[8] = u.b[8]&0x3f | 0x80
			return u, nil
		},
	}, py.StringDict{"UUID": UUIDType})
}

func platformInit() {
	uname := func() (string, string, string) {
		var u syscall.Utsname
		if err := syscall.Uname(&u); err != nil {
			return "", "", ""
		}
		s := func(a [65]int8) string {
			b := make([]byte, 0, 65)
			for _, c := range a {
				if c == 0 {
					break
				}
				b = append(b, byte(c))
			}
			return string(b)
		}
		return s(u.Nodename), s(u.Release), s(u.Machine)
	}
	system := strings.ToUpper(runtime.GOOS[:1]) + runtime.GOOS[1:]
	str0 := func(v string) func(self py.Object) (py.Object, error) {
		return func(self py.Object) (py.Object, error) { return py.String(v), nil }
	}
	node, release, machine := uname()
	register("platform", "This module tries to retrieve as much platform-identifying data as possible.", map[string]interface{}{
		"system":                str0(system),
		"node":                  str0(node),
		"release":               str0(release),
		"machine":               str0(machine),
		"processor":             str0(machine),
		"python_version":        str0("3.11.2"),
		"python_implementation": str0("CPython"),
		"python_version_tuple": func(self py.Object) (py.Object, error) {
			return py.Tuple{py.String("3"), py.String("11"), py.String("2")}, nil
		},
		"platform": str0(system + "-" + release + "-" + machine + "-with-gowikibot"),
		"version":  str0(""),
		"uname": func(self py.Object) (py.Object, error) {
			return py.Tuple{py.String(system), py.String(node), py.String(release), py.String(""), py.String(machine)}, nil
		},
	}, nil)
}

func localeInit() {
	register("locale", "Locale support module (C locale only).", map[string]interface{}{
		"setlocale": func(self py.Object, args py.Tuple) (py.Object, error) { return py.String("C"), nil },
		"getlocale": func(self py.Object, args py.Tuple) (py.Object, error) { return py.Tuple{py.None, py.None}, nil },
		"getdefaultlocale": func(self py.Object, args py.Tuple) (py.Object, error) {
			return py.Tuple{py.None, py.String("UTF-8")}, nil
		},
		"getpreferredencoding": func(self py.Object, args py.Tuple) (py.Object, error) { return py.String("UTF-8"), nil },
		"getencoding":          func(self py.Object) (py.Object, error) { return py.String("UTF-8"), nil },
		"localeconv": func(self py.Object) (py.Object, error) {
			return py.StringDict{"decimal_point": py.String("."), "thousands_sep": py.String(""), "grouping": py.NewList()}, nil
		},
		"strcoll": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "strcoll", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			x, _ := a.(py.String)
			y, _ := b.(py.String)
			return py.Int(strings.Compare(string(x), string(y))), nil
		},
		"strxfrm": func(self, a py.Object) (py.Object, error) { return a, nil },
	}, py.StringDict{
		"LC_ALL": py.Int(6), "LC_CTYPE": py.Int(0), "LC_NUMERIC": py.Int(1), "LC_TIME": py.Int(2),
		"LC_COLLATE": py.Int(3), "LC_MONETARY": py.Int(4), "LC_MESSAGES": py.Int(5),
		"Error": py.ValueError,
	})
}

// readPassword reads a line from the terminal with echo off (stty), or a
// plain line when stdin is not a terminal.
func readPassword(prompt string) (string, error) {
	if isTerminal(0) {
		tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err == nil {
			defer tty.Close()
			fmt.Fprint(tty, prompt)
			off := exec.Command("stty", "-echo")
			off.Stdin = tty
			_ = off.Run()
			line, rerr := bufio.NewReader(tty).ReadString('\n')
			on := exec.Command("stty", "echo")
			on.Stdin = tty
			_ = on.Run()
			fmt.Fprintln(tty)
			if rerr != nil && line == "" {
				return "", py.ExceptionNewf(py.EOFError, "")
			}
			return strings.TrimRight(line, "\r\n"), nil
		}
	}
	fmt.Fprint(os.Stderr, prompt)
	line, err := StdinReader().ReadString('\n')
	if err != nil && line == "" {
		if err == io.EOF {
			return "", py.ExceptionNewf(py.EOFError, "")
		}
		return "", py.ExceptionNewf(py.OSError, "%v", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func getpassInit() {
	register("getpass", "Utilities to get a password and/or the current user name.", map[string]interface{}{
		"getpass": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var prompt, stream py.Object = py.String("Password: "), py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:getpass", []string{"prompt", "stream"}, &prompt, &stream); err != nil {
				return nil, err
			}
			p, err := pyStrArg(prompt, "getpass")
			if err != nil {
				return nil, err
			}
			s, err := readPassword(p)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		},
		"getuser": func(self py.Object) (py.Object, error) {
			for _, v := range []string{"LOGNAME", "USER", "LNAME", "USERNAME"} {
				if u := os.Getenv(v); u != "" {
					return py.String(u), nil
				}
			}
			return py.String(fmt.Sprint(os.Getuid())), nil
		},
	}, py.StringDict{"GetPassWarning": py.UserWarning})
}

func copyFile(src, dst string, mode bool) (string, error) {
	if st, err := os.Stat(dst); err == nil && st.IsDir() {
		dst = filepath.Join(dst, filepath.Base(src))
	}
	in, err := os.Open(src)
	if err != nil {
		return "", osError(err, src)
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return "", osError(err, src)
	}
	if st.IsDir() {
		return "", osError(syscall.EISDIR, src)
	}
	out, err := os.Create(dst)
	if err != nil {
		return "", osError(err, dst)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return "", osError(err, dst)
	}
	if err := out.Close(); err != nil {
		return "", osError(err, dst)
	}
	if mode {
		_ = os.Chmod(dst, st.Mode().Perm())
	}
	return dst, nil
}

func copyTree(src, dst string) error {
	if _, err := os.Stat(dst); err == nil {
		return osError(syscall.EEXIST, dst)
	}
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return osError(err, p)
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			if err := os.MkdirAll(target, info.Mode().Perm()); err != nil {
				return osError(err, target)
			}
			return nil
		}
		_, err = copyFile(p, target, true)
		return err
	})
}

func shutilInit() {
	two := func(name string, fn func(a, b string) (py.Object, error)) func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() missing required arguments", name)
			}
			a, err := fspath(args[0])
			if err != nil {
				return nil, err
			}
			b, err := fspath(args[1])
			if err != nil {
				return nil, err
			}
			return fn(a, b)
		}
	}
	register("shutil", "Utility functions for copying and archiving files and directory trees.", map[string]interface{}{
		"copyfile": two("copyfile", func(a, b string) (py.Object, error) {
			_, err := copyFile(a, b, false)
			return py.String(b), err
		}),
		"copy": two("copy", func(a, b string) (py.Object, error) {
			d, err := copyFile(a, b, true)
			return py.String(d), err
		}),
		"copy2": two("copy2", func(a, b string) (py.Object, error) {
			d, err := copyFile(a, b, true)
			return py.String(d), err
		}),
		"copytree": two("copytree", func(a, b string) (py.Object, error) { return py.String(b), copyTree(a, b) }),
		"move": two("move", func(a, b string) (py.Object, error) {
			if st, err := os.Stat(b); err == nil && st.IsDir() {
				b = filepath.Join(b, filepath.Base(a))
			}
			if err := os.Rename(a, b); err != nil {
				return nil, osError(err, a)
			}
			return py.String(b), nil
		}),
		"rmtree": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, ignore, onerr py.Object = nil, py.False, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:rmtree", []string{"path", "ignore_errors", "onerror"}, &p, &ignore, &onerr); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			ig, _ := boolOf(ignore)
			if _, err := os.Lstat(s); err != nil {
				if ig {
					return py.None, nil
				}
				return nil, osError(err, s)
			}
			if err := os.RemoveAll(s); err != nil && !ig {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"which": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var c, mode, path py.Object = nil, py.None, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:which", []string{"cmd", "mode", "path"}, &c, &mode, &path); err != nil {
				return nil, err
			}
			s, err := fspath(c)
			if err != nil {
				return nil, err
			}
			dirs := os.Getenv("PATH")
			if ps, ok := path.(py.String); ok {
				dirs = string(ps)
			}
			check := func(p string) bool {
				st, err := os.Stat(p)
				return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
			}
			if strings.Contains(s, "/") {
				if check(s) {
					return py.String(s), nil
				}
				return py.None, nil
			}
			for _, d := range filepath.SplitList(dirs) {
				if d == "" {
					continue
				}
				p := filepath.Join(d, s)
				if check(p) {
					return py.String(p), nil
				}
			}
			return py.None, nil
		},
		"disk_usage": func(self, p py.Object) (py.Object, error) {
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			var st syscall.Statfs_t
			if err := syscall.Statfs(s, &st); err != nil {
				return nil, osError(err, s)
			}
			total := int64(st.Blocks) * st.Bsize
			free := int64(st.Bavail) * st.Bsize
			return py.Tuple{py.Int(total), py.Int(total - int64(st.Bfree)*st.Bsize), py.Int(free)}, nil
		},
	}, py.StringDict{"Error": py.OSError})
}

func init() {
	hashlibInit()
	base64Init()
	uuidInit()
	platformInit()
	localeInit()
	getpassInit()
	shutilInit()
	osSystemInit()
}

// osSystemInit replaces gpython's os.system (which captures the output and
// raises OSError on failure) with CPython's: /bin/sh -c command on the
// process's own stdin, stdout and stderr, returning the wait status.
func osSystemInit() {
	extendModule("os", map[string]interface{}{
		"system": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var c py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:system", []string{"command"}, &c); err != nil {
				return nil, err
			}
			cmd, err := fspath(c)
			if err != nil {
				return nil, err
			}
			if strings.IndexByte(cmd, 0) >= 0 {
				return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
			}
			flushStdStreams(self)
			return py.Int(runSystem(cmd)), nil
		},
	}, nil)
}

// flushStdStreams flushes the interpreter's sys.stdout and sys.stderr
// (whatever objects they are now), so that text written before a child
// process runs comes out before the child's. Errors are ignored.
func flushStdStreams(self py.Object) {
	g, err := sysGlobals(self)
	if err != nil {
		return
	}
	for _, name := range []string{"stdout", "stderr"} {
		if f, ok := g[name]; ok && f != nil && f != py.None {
			if fl, err := py.GetAttrString(f, "flush"); err == nil {
				_, _ = py.Call(fl, nil, nil)
			}
		}
	}
}

// runSystem runs /bin/sh -c cmd with the process's standard streams and
// returns its wait status as system(3) does: the exit code shifted left by
// 8, or the signal number for a child killed by a signal; -1 when the
// shell cannot be started.
func runSystem(cmd string) int {
	c := exec.Command("/bin/sh", "-c", cmd)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := c.Run(); err != nil && c.ProcessState == nil {
		return -1
	}
	if ws, ok := c.ProcessState.Sys().(syscall.WaitStatus); ok {
		return int(ws)
	}
	return c.ProcessState.ExitCode() << 8
}
