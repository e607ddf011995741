package sysmods

// Double-double arithmetic (a value is hi+lo, |lo| <= ulp(hi)/2, about 106
// bits) and the elementary functions evaluated in it, for math's functions
// to return the correctly rounded double (round hi+lo once), as the C
// library CPython calls does in practice (glibc's sin, cos, exp, log, pow,
// ... are within 0.52 ulp). Go's math package is not correctly rounded
// (math.Cos(0.20943951023931956) is one ulp below). Argument reduction for
// sin and cos is exact to 240 bits beyond the argument's exponent, with pi
// computed once with math/big.

import (
	"math"
	"math/big"
	"sync"
)

// dd is a double-double value hi+lo.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (a dd) neg() dd           { return dd{-a.hi, -a.lo} }
func (a dd) sub(b dd) dd       { return a.add(b.neg()) }
func (a dd) addF(b float64) dd { return a.add(dd{b, 0}) }

func (a dd) mul(b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func (a dd) mulF(b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.sub(b.mulF(q1))
	q2 := r.hi / b.hi
	r = r.sub(b.mulF(q2))
	q3 := r.hi / b.hi
	return quickTwoSum(q1, q2).addF(q3)
}

// round is the double nearest hi+lo.
func (a dd) round() float64 { return a.hi + a.lo }

// ddOf converts a big.Float to the nearest double-double.
func ddOf(x *big.Float) dd {
	hi, _ := x.Float64()
	lo, _ := new(big.Float).SetPrec(x.Prec()).Sub(x, new(big.Float).SetFloat64(hi)).Float64()
	return quickTwoSum(hi, lo)
}

// ddConstants are the constants of the functions, computed once with
// math/big.
type ddConstants struct {
	once                               sync.Once
	halfPi                             *big.Float // pi/2 to piBits bits
	twoOverPi                          *big.Float
	ln2, halfPiDD, log10e, log2e, piDD dd
	invFact                            [32]dd // 1/n!
	// pi/2 in four pieces: 33, 33, 53 and 53 bits
	halfPi4 [4]float64
}

var ddConst ddConstants

const piBits = 1400

// atanInv is atan(1/n) to prec bits (the Taylor series).
func atanInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	nn := new(big.Float).SetPrec(prec).SetInt64(n * n)
	pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Cmp(eps) < 0 {
			return sum
		}
		pow.Quo(pow, nn)
	}
}

// atanhInv is atanh(1/n) to prec bits.
func atanhInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	nn := new(big.Float).SetPrec(prec).SetInt64(n * n)
	pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Cmp(eps) < 0 {
			return sum
		}
		pow.Quo(pow, nn)
	}
}

func ddInit() {
	c := &ddConst
	// pi = 16 atan(1/5) - 4 atan(1/239) (Machin)
	pi := new(big.Float).SetPrec(piBits).Mul(big.NewFloat(16), atanInv(5, piBits))
	pi.Sub(pi, new(big.Float).SetPrec(piBits).Mul(big.NewFloat(4), atanInv(239, piBits)))
	c.halfPi = new(big.Float).SetPrec(piBits).Quo(pi, big.NewFloat(2))
	c.twoOverPi = new(big.Float).SetPrec(piBits).Quo(big.NewFloat(2).SetPrec(piBits), pi)
	c.piDD = ddOf(pi)
	c.halfPiDD = ddOf(c.halfPi)
	rest := new(big.Float).SetPrec(piBits).Set(c.halfPi)
	for i, bits := range []uint{33, 33, 53, 53} {
		piece := new(big.Float).SetPrec(bits).SetMode(big.ToZero).Set(rest)
		c.halfPi4[i], _ = piece.Float64()
		rest.Sub(rest, piece)
	}
	// ln 2 = 2 atanh(1/3); ln 10 = 3 ln 2 + ln 1.25 = 3 ln 2 + 2 atanh(1/9)
	const p = 200
	ln2 := new(big.Float).SetPrec(p).Mul(big.NewFloat(2), atanhInv(3, p))
	ln10 := new(big.Float).SetPrec(p).Mul(big.NewFloat(3), ln2)
	ln10.Add(ln10, new(big.Float).SetPrec(p).Mul(big.NewFloat(2), atanhInv(9, p)))
	c.ln2 = ddOf(ln2)
	one := big.NewFloat(1).SetPrec(p)
	c.log2e = ddOf(new(big.Float).SetPrec(p).Quo(one, ln2))
	c.log10e = ddOf(new(big.Float).SetPrec(p).Quo(one, ln10))
	f := new(big.Float).SetPrec(p).SetInt64(1)
	for n := range c.invFact {
		if n > 0 {
			f.Mul(f, new(big.Float).SetPrec(p).SetInt64(int64(n)))
		}
		c.invFact[n] = ddOf(new(big.Float).SetPrec(p).Quo(one, f))
	}
}

func consts() *ddConstants {
	ddConst.once.Do(ddInit)
	return &ddConst
}

// reduceHalfPi returns r and k mod 4 with x = k*pi/2 + r, |r| <= pi/4
// (about), r to double-double precision even for x near a multiple of
// pi/2.
func reduceHalfPi(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	c := consts()
	if math.Abs(x) < 0x1p19 {
		// Cody and Waite: k*p1 is exact (k < 2**20, p1 33 bits) and so
		// is x - k*p1; the further pieces' products are exact too
		k := math.Round(x * (2 / math.Pi))
		r := dd{x - k*c.halfPi4[0], 0}
		for _, p := range c.halfPi4[1:] {
			r = r.sub(twoProd(k, p))
		}
		return r, int(int64(k) & 3)
	}
	_, e := math.Frexp(x)
	prec := uint(240)
	if e > 0 {
		prec += uint(e)
	}
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Mul(bx, c.twoOverPi)
	// k = round(q)
	if q.Sign() >= 0 {
		q.Add(q, big.NewFloat(0.5))
	} else {
		q.Sub(q, big.NewFloat(0.5))
	}
	k, _ := q.Int(nil)
	bk := new(big.Float).SetPrec(prec).SetInt(k)
	r := new(big.Float).SetPrec(prec).Mul(bk, c.halfPi)
	r.Sub(bx, r)
	n := int(new(big.Int).And(k, big.NewInt(3)).Int64())
	return ddOf(r), n
}

// sinCosKernel is sin r and cos r for |r| <= pi/4 (Taylor series).
func sinCosKernel(r dd) (s, co dd) {
	c := consts()
	r2 := r.mul(r)
	// sin r = r (1 - r2/3! + r2^2/5! - ...), cos r = 1 - r2/2! + ...,
	// by Horner's rule from the r2^14 and r2^15 terms
	s = c.invFact[29]
	for n := 27; n >= 1; n -= 2 {
		s = s.mul(r2)
		if (n/2)%2 == 1 {
			s = s.sub(c.invFact[n])
		} else {
			s = s.add(c.invFact[n])
		}
	}
	s = s.mul(r)
	co = c.invFact[30].neg()
	for n := 28; n >= 0; n -= 2 {
		co = co.mul(r2)
		if (n/2)%2 == 1 {
			co = co.sub(c.invFact[n])
		} else {
			co = co.add(c.invFact[n])
		}
	}
	return s, co
}

// sinCosDD is sin x and cos x in double-double.
func sinCosDD(x float64) (dd, dd) {
	r, n := reduceHalfPi(x)
	s, c := sinCosKernel(r)
	switch n {
	case 1:
		return c, s.neg()
	case 2:
		return s.neg(), c.neg()
	case 3:
		return c.neg(), s
	}
	return s, c
}

// expDD is e**a for |a| < 709.8, scaled: the result is m * 2**k.
func expDD(a dd) (dd, int) {
	c := consts()
	k := math.Round(a.hi / c.ln2.hi)
	r := a.sub(c.ln2.mulF(k))
	// e**r = (e**(r/1024))**1024, e**s - 1 by its series, then squared
	s := dd{math.Ldexp(r.hi, -10), math.Ldexp(r.lo, -10)}
	em1 := c.invFact[9]
	for n := 8; n >= 1; n-- {
		em1 = em1.mul(s).add(c.invFact[n])
	}
	em1 = em1.mul(s)
	for i := 0; i < 10; i++ {
		em1 = em1.mul(em1.addF(2))
	}
	return em1.addF(1), int(k)
}

// logDD is ln x for finite x > 0.
func logDD(x float64) dd {
	c := consts()
	m, e := math.Frexp(x) // also for a subnormal x
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	y0 := math.Log(m)
	t, k := expDD(dd{-y0, 0})
	t = dd{math.Ldexp(t.hi, k), math.Ldexp(t.lo, k)}
	y := t.mulF(m).addF(-1).addF(y0)
	return c.ln2.mulF(float64(e)).add(y)
}

// ddScaled rounds m * 2**k to a double; ok is false when the result
// would be subnormal or infinite (rounded twice or out of range there).
func ddScaled(m dd, k int) (float64, bool) {
	f := m.round()
	_, e := math.Frexp(f)
	if e+k < -1020 || e+k > 1024 {
		return 0, false
	}
	return math.Ldexp(f, k), true
}
