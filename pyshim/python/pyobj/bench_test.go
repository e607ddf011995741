package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func BenchmarkDictIntInsertLookup100k(b *testing.B) {
	for n := 0; n < b.N; n++ {
		d := NewDict()
		for i := 0; i < 100000; i++ {
			if _, err := d.M__setitem__(py.Int(i), py.Int(i)); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < 100000; i++ {
			if _, err := d.M__getitem__(py.Int(i)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func benchDoc() py.Object {
	items := make([]py.Object, 0, 9000)
	for i := 0; i < 9000; i++ {
		d := NewDict()
		d.SetStr("id", py.Int(i))
		d.SetStr("name", py.String("item"))
		d.SetStr("tags", py.NewListFromItems([]py.Object{py.String("a"), py.String("b")}))
		d.SetStr("score", py.Float(float64(i)*0.5))
		d.SetStr("ok", py.NewBool(i%2 == 0))
		d.SetStr("note", py.None)
		items = append(items, d)
	}
	doc := NewDict()
	doc.SetStr("items", py.NewListFromItems(items))
	return doc
}

func BenchmarkJSONDumps1MB(b *testing.B) {
	doc := benchDoc()
	s, _ := JSONDumps(doc, nil)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		if _, err := JSONDumps(doc, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONLoads1MB(b *testing.B) {
	s, _ := JSONDumps(benchDoc(), nil)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		if _, err := JSONLoads(py.String(s), nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSetIntAddContains100k(b *testing.B) {
	for n := 0; n < b.N; n++ {
		s := NewSet()
		for i := 0; i < 100000; i++ {
			if err := s.Add(py.Int(i)); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < 100000; i++ {
			if ok, _ := s.Contains(py.Int(i)); !ok {
				b.Fatal("missing")
			}
		}
	}
}
