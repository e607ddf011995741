package sysmods

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// reduceBig is reduceHalfPi's exact path, for any x.
func reduceBig(x float64) (dd, int) {
	c := consts()
	prec := uint(400)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Mul(bx, c.twoOverPi)
	if q.Sign() >= 0 {
		q.Add(q, big.NewFloat(0.5))
	} else {
		q.Sub(q, big.NewFloat(0.5))
	}
	k, _ := q.Int(nil)
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(k), c.halfPi)
	r.Sub(bx, r)
	return ddOf(r), int(new(big.Int).And(k, big.NewInt(3)).Int64())
}

// The Cody-Waite reduction below 2**19 gives the exact path's r to
// double-double precision, also next to multiples of pi/2 (where r
// cancels most).
func TestReduceHalfPiFast(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var xs []float64
	for i := 0; i < 20000; i++ {
		xs = append(xs, (rng.Float64()*2-1)*0x1p19)
	}
	for k := 1; k < 1<<19; k = k*3 + 1 {
		m := float64(k) * math.Pi / 2
		xs = append(xs, m, math.Nextafter(m, 0), math.Nextafter(m, math.Inf(1)))
	}
	for _, x := range xs {
		if math.Abs(x) <= math.Pi/4 || math.Abs(x) >= 0x1p19 {
			continue
		}
		got, gn := reduceHalfPi(x)
		want, wn := reduceBig(x)
		if gn != wn {
			t.Fatalf("reduce(%v): quadrant %d, want %d", x, gn, wn)
		}
		diff := got.sub(want)
		if math.Abs(diff.hi) > math.Abs(want.hi)*0x1p-100 {
			t.Fatalf("reduce(%v) = %v, want %v (rel. error %g)", x, got, want, diff.hi/want.hi)
		}
	}
}

// pywikibot's Coordinate precision: cos of 12 degrees, where Go's
// math.Cos is one ulp below CPython's (glibc's).
func TestCorrectlyRoundedCos(t *testing.T) {
	_, c := sinCosDD(0.20943951023931956)
	if got := c.round(); got != 0.9781476007338057 {
		t.Errorf("cos(0.20943951023931956) = %v, want 0.9781476007338057", got)
	}
	if math.Cos(0.20943951023931956) == 0.9781476007338057 {
		t.Log("Go's math.Cos is right here now: the wrapper may no longer be needed for this input")
	}
}

func BenchmarkSinCosDD(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinCosDD(float64(i%1000) * 0.37)
	}
}

func BenchmarkLogDD(b *testing.B) {
	for i := 0; i < b.N; i++ {
		logDD(float64(i%1000) + 1.5)
	}
}

func BenchmarkExpDD(b *testing.B) {
	for i := 0; i < b.N; i++ {
		expDD(dd{float64(i%1000) * 0.01, 0})
	}
}
