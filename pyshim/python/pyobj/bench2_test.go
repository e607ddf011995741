package pyobj

import "testing"

func BenchmarkPyDictInsert100k(b *testing.B) {
	for n := 0; n < b.N; n++ {
		run(&testing.T{}, "d = __pyshim_dict__()\nfor i in range(100000):\n    d[i] = i\n")
	}
}

func BenchmarkPyListStore100k(b *testing.B) {
	for n := 0; n < b.N; n++ {
		run(&testing.T{}, "d = [0] * 100000\nfor i in range(100000):\n    d[i] = i\n")
	}
}
