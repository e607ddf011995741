package sysmods

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
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
	"md5":      md5.New,
	"sha1":     sha1.New,
	"sha224":   sha256.New224,
	"sha256":   sha256.New,
	"sha384":   sha512.New384,
	"sha512":   sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() },
	"sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() },
	"sha3_512": func() hash.Hash { return sha3.New512() },
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
	fns["pbkdf2_hmac"] = hashlibPbkdf2
	fns["file_digest"] = hashlibFileDigest
	for _, n := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"} {
		names = append(names, py.String(n))
	}
	register("hashlib", "hashlib module - A common interface to many hash functions.", fns, py.StringDict{
		"algorithms_guaranteed": names,
		"algorithms_available":  names,
	})
}

// hashlibPbkdf2 is hashlib.pbkdf2_hmac(hash_name, password, salt,
// iterations, dklen=None).
func hashlibPbkdf2(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name, password, salt, iterations py.Object
	var dklen py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOOO|O:pbkdf2_hmac", []string{"hash_name", "password", "salt", "iterations", "dklen"},
		&name, &password, &salt, &iterations, &dklen); err != nil {
		return nil, err
	}
	hn, err := pyStrArg(name, "pbkdf2_hmac")
	if err != nil {
		return nil, err
	}
	mk, ok := hashNew[strings.ToLower(hn)]
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", hn)
	}
	pw, err := bytesArg(password, "pbkdf2_hmac")
	if err != nil {
		return nil, err
	}
	sb, err := bytesArg(salt, "pbkdf2_hmac")
	if err != nil {
		return nil, err
	}
	iter, err := toInt(iterations, "")
	if err != nil {
		return nil, err
	}
	if iter < 1 {
		return nil, py.ExceptionNewf(py.ValueError, "iteration value must be greater than 0.")
	}
	n := mk().Size()
	if !isNone(dklen) {
		if n, err = toInt(dklen, ""); err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.ExceptionNewf(py.ValueError, "key length must be greater than 0.")
		}
	}
	key, err := pbkdf2.Key(mk, string(pw), sb, iter, n)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%v", err)
	}
	return newBytes(key), nil
}

// hashlibFileDigest is hashlib.file_digest(fileobj, digest): the hash
// (named, or made by calling digest) of what fileobj.read() returns.
func hashlibFileDigest(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var f, digest py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO:file_digest", []string{"fileobj", "digest"}, &f, &digest); err != nil {
		return nil, err
	}
	var h py.Object
	var err error
	if name, ok := digest.(py.String); ok {
		h, err = newHash(strings.ToLower(string(name)), nil, nil)
	} else {
		h, err = py.Call(digest, nil, nil)
	}
	if err != nil {
		return nil, err
	}
	read, err := py.GetAttrString(f, "read")
	if err != nil {
		return nil, err
	}
	update, err := py.GetAttrString(h, "update")
	if err != nil {
		return nil, err
	}
	for {
		chunk, err := py.Call(read, py.Tuple{py.Int(1 << 18)}, nil)
		if err != nil {
			return nil, err
		}
		if b, ok := asBytes(chunk); !ok || len(b) == 0 {
			if !ok {
				return nil, py.ExceptionNewf(py.ValueError, "'%s' object is not a binary file object", typeName(f))
			}
			return h, nil
		}
		if _, err := py.Call(update, py.Tuple{chunk}, nil); err != nil {
			return nil, err
		}
	}
}
