package sysmods

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/go-python/gpython/py"
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
