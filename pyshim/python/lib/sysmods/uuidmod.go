package sysmods

import (
	"encoding/hex"
	"strings"

	"github.com/go-python/gpython/py"
)

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
