package gomods

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/go-python/gpython/py"
)

// hmac (Go module) on crypto/hmac, and _gwb_secrets' random source.

// hashNew returns the Go constructor of a hash by its hashlib name.
func hashNew(name string) func() hash.Hash {
	switch strings.ToLower(strings.ReplaceAll(name, "-", "")) {
	case "md5":
		return md5.New
	case "sha1":
		return sha1.New
	case "sha224":
		return sha256.New224
	case "sha256":
		return sha256.New
	case "sha384":
		return sha512.New384
	case "sha512":
		return sha512.New
	case "sha512_224":
		return sha512.New512_224
	case "sha512_256":
		return sha512.New512_256
	}
	return nil
}

// HMACType is the type of hmac.new objects.
var HMACType = py.NewType("hmac.HMAC", "RFC 2104 HMAC class.")

// HMAC is a keyed hash (RFC 2104), kept as its inner hash so that it can
// be copied (the hashes of crypto/* marshal their state; crypto/hmac's
// does not).
type HMAC struct {
	h    *keyed
	name string
	mk   func() hash.Hash
}

type keyed struct {
	inner hash.Hash
	opad  []byte
	mk    func() hash.Hash
}

func newKeyed(mk func() hash.Hash, key []byte) *keyed {
	k := &keyed{inner: mk(), mk: mk}
	bs := k.inner.BlockSize()
	if len(key) > bs {
		h := mk()
		h.Write(key)
		key = h.Sum(nil)
	}
	ipad := make([]byte, bs)
	k.opad = make([]byte, bs)
	copy(ipad, key)
	copy(k.opad, key)
	for i := range ipad {
		ipad[i] ^= 0x36
		k.opad[i] ^= 0x5c
	}
	k.inner.Write(ipad)
	return k
}

func (k *keyed) Write(b []byte) { k.inner.Write(b) }
func (k *keyed) Size() int      { return k.inner.Size() }
func (k *keyed) BlockSize() int { return k.inner.BlockSize() }

func (k *keyed) Sum(b []byte) []byte {
	outer := k.mk()
	outer.Write(k.opad)
	outer.Write(k.inner.Sum(nil))
	return outer.Sum(b)
}

// Type returns HMACType.
func (m *HMAC) Type() *py.Type { return HMACType }

// digestName resolves digestmod: a name, a hashlib constructor or a
// module with new().
func digestName(d py.Object) (string, error) {
	if isNone(d) {
		return "", py.ExceptionNewf(py.TypeError, "Missing required parameter 'digestmod'.")
	}
	if s, ok := d.(py.String); ok {
		return string(s), nil
	}
	var obj py.Object
	var err error
	if nf, e := py.GetAttrString(d, "new"); e == nil {
		if _, isMod := d.(*py.Module); isMod {
			obj, err = py.Call(nf, nil, nil)
		}
	}
	if obj == nil && err == nil {
		obj, err = py.Call(d, nil, nil)
	}
	if err != nil {
		return "", err
	}
	n, err := py.GetAttrString(obj, "name")
	if err != nil {
		return "", err
	}
	s, _ := n.(py.String)
	return string(s), nil
}

func hmacNew(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var key, msg, dm py.Object = nil, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kw, "O|OO:new", []string{"key", "msg", "digestmod"}, &key, &msg, &dm); err != nil {
		return nil, err
	}
	k, ok := asBytes(key)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "key: expected bytes or bytearray, but got '%s'", typeName(key))
	}
	name, err := digestName(dm)
	if err != nil {
		return nil, err
	}
	mk := hashNew(name)
	if mk == nil {
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", name)
	}
	m := &HMAC{h: newKeyed(mk, k), name: strings.ToLower(name), mk: mk}
	if !isNone(msg) {
		b, err := bytesArg(msg, "msg")
		if err != nil {
			return nil, err
		}
		m.h.Write(b)
	}
	return m, nil
}

func init() {
	HMACType.Dict["update"] = method("update", func(self py.Object, o py.Object) (py.Object, error) {
		b, err := bytesArg(o, "update()")
		if err != nil {
			return nil, err
		}
		self.(*HMAC).h.Write(b)
		return py.None, nil
	})
	HMACType.Dict["digest"] = method("digest", func(self py.Object) (py.Object, error) {
		return newBytes(self.(*HMAC).h.Sum(nil)), nil
	})
	HMACType.Dict["hexdigest"] = method("hexdigest", func(self py.Object) (py.Object, error) {
		return py.String(hex.EncodeToString(self.(*HMAC).h.Sum(nil))), nil
	})
	HMACType.Dict["copy"] = method("copy", func(self py.Object) (py.Object, error) {
		m := self.(*HMAC)
		inner := m.mk()
		if st, ok := m.h.inner.(encoding.BinaryMarshaler); ok {
			if data, err := st.MarshalBinary(); err == nil {
				if u, ok := inner.(encoding.BinaryUnmarshaler); ok && u.UnmarshalBinary(data) == nil {
					return &HMAC{name: m.name, mk: m.mk, h: &keyed{inner: inner, opad: m.h.opad, mk: m.mk}}, nil
				}
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "this HMAC cannot be copied")
	})
	HMACType.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String("hmac-" + self.(*HMAC).name), nil
	}}
	HMACType.Dict["digest_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(self.(*HMAC).h.Size()), nil
	}}
	HMACType.Dict["block_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(self.(*HMAC).h.BlockSize()), nil
	}}
}

func compareDigest(self py.Object, args py.Tuple) (py.Object, error) {
	var a, b py.Object
	if err := py.UnpackTuple(args, nil, "compare_digest", 2, 2, &a, &b); err != nil {
		return nil, err
	}
	as, aok := a.(py.String)
	bs, bok := b.(py.String)
	if aok && bok {
		return py.NewBool(subtle.ConstantTimeCompare([]byte(as), []byte(bs)) == 1), nil
	}
	ab, aok := asBytes(a)
	bb, bok := asBytes(b)
	if !aok || !bok {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", typeName(a), typeName(b))
	}
	return py.NewBool(subtle.ConstantTimeCompare(ab, bb) == 1), nil
}

func hmacModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"new":            hmacNew,
		"compare_digest": compareDigest,
		"digest": func(self py.Object, args py.Tuple) (py.Object, error) {
			var key, msg, dm py.Object
			if err := py.UnpackTuple(args, nil, "digest", 3, 3, &key, &msg, &dm); err != nil {
				return nil, err
			}
			m, err := hmacNew(nil, py.Tuple{key, msg, dm}, nil)
			if err != nil {
				return nil, err
			}
			return newBytes(m.(*HMAC).h.Sum(nil)), nil
		},
	}, py.StringDict{"HMAC": HMACType, "trans_5C": newBytes(xorTable(0x5c)), "trans_36": newBytes(xorTable(0x36)), "digest_size": py.None}
}

func xorTable(x byte) []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i) ^ x
	}
	return b
}

func secretsModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"urandom": func(self py.Object, n py.Object) (py.Object, error) {
			k, err := toInt(n)
			if err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
			}
			b := make([]byte, k)
			_, _ = rand.Read(b)
			return newBytes(b), nil
		},
		"compare_digest": compareDigest,
	}, nil
}

func init() {
	registerGo("hmac", "Keyed-hashing for message authentication (crypto/hmac).", hmacModule)
	registerGo("_gwb_secrets", "A cryptographically strong random source (crypto/rand).", secretsModule)
}
