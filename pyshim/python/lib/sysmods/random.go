package sysmods

import (
	"crypto/sha512"
	"math"
	"math/big"
	"sync"

	"github.com/go-python/gpython/py"
)

const mtN = 624

// mt19937 is the Mersenne Twister exactly as CPython's _random.
type mt19937 struct {
	mt        [mtN]uint32
	idx       int
	gaussNext *float64
}

func (m *mt19937) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < mtN; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.idx = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
	m.gaussNext = nil
}

func (m *mt19937) genrand() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	mag := [2]uint32{0, 0x9908b0df}
	if m.idx >= mtN {
		var kk int
		for kk = 0; kk < mtN-397; kk++ {
			y := (m.mt[kk] & upper) | (m.mt[kk+1] & lower)
			m.mt[kk] = m.mt[kk+397] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (m.mt[kk] & upper) | (m.mt[kk+1] & lower)
			m.mt[kk] = m.mt[kk+(397-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (m.mt[mtN-1] & upper) | (m.mt[0] & lower)
		m.mt[mtN-1] = m.mt[396] ^ (y >> 1) ^ mag[y&1]
		m.idx = 0
	}
	y := m.mt[m.idx]
	m.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mt19937) random() float64 {
	a, b := m.genrand()>>5, m.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (m *mt19937) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(m.genrand() >> (32 - uint(k))))
	}
	words := (k-1)/32 + 1
	out := new(big.Int)
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= uint(32 - k)
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(r)), uint(32*i)))
		k -= 32
	}
	return out
}

// randbelow returns a uniform int in [0, n) as CPython's _randbelow.
func (m *mt19937) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	r := m.getrandbits(k)
	for r.Cmp(n) >= 0 {
		r = m.getrandbits(k)
	}
	return r
}

func (m *mt19937) randbelowInt(n int) int {
	return int(m.randbelow(big.NewInt(int64(n))).Int64())
}

func (m *mt19937) seed(a py.Object) error {
	var key *big.Int
	switch v := a.(type) {
	case nil, py.NoneType:
		key = new(big.Int).SetBytes(randomBytes(624 * 4))
	case py.String:
		sum := sha512.Sum512([]byte(v))
		key = new(big.Int).SetBytes(append([]byte(v), sum[:]...))
	case py.Float:
		if float64(v) == math.Trunc(float64(v)) && !math.IsInf(float64(v), 0) {
			key = big.NewInt(int64(v))
		} else {
			return py.ExceptionNewf(py.TypeError, "seeding with a non-integral float is not supported")
		}
	default:
		if raw, ok := asBytes(a); ok {
			sum := sha512.Sum512(raw)
			key = new(big.Int).SetBytes(append(append([]byte{}, raw...), sum[:]...))
			break
		}
		b, err := bigOf(a)
		if err != nil {
			return py.ExceptionNewf(py.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
		}
		key = b
	}
	key = new(big.Int).Abs(key)
	var words []uint32
	mask := big.NewInt(0xffffffff)
	for k := new(big.Int).Set(key); k.Sign() > 0; k.Rsh(k, 32) {
		words = append(words, uint32(new(big.Int).And(k, mask).Uint64()))
	}
	if len(words) == 0 {
		words = []uint32{0}
	}
	m.initByArray(words)
	return nil
}

// RandomType is random.Random.
var RandomType = py.NewTypeX("random.Random", "Random number generator base class.", randomNew, nil)

// Random is a random.Random instance.
type Random struct {
	mu sync.Mutex
	g  mt19937
}

// Type returns RandomType.
func (r *Random) Type() *py.Type { return RandomType }

func randomNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var a py.Object = py.None
	if err := py.UnpackTuple(args, nil, "Random", 0, 1, &a); err != nil {
		return nil, err
	}
	r := &Random{}
	if err := r.g.seed(a); err != nil {
		return nil, err
	}
	return r, nil
}

func seqLen(o py.Object) (int, error) {
	l, err := py.Len(o)
	if err != nil {
		return 0, err
	}
	return toInt(l, "")
}

func randrange(g *mt19937, args py.Tuple) (py.Object, error) {
	var a, b, c py.Object = nil, py.None, py.Int(1)
	if err := py.UnpackTuple(args, nil, "randrange", 1, 3, &a, &b, &c); err != nil {
		return nil, err
	}
	start, err := bigOf(a)
	if err != nil {
		return nil, err
	}
	if isNone(b) {
		if start.Sign() > 0 {
			return fromBig(g.randbelow(start)), nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "empty range for randrange()")
	}
	stop, err := bigOf(b)
	if err != nil {
		return nil, err
	}
	step, err := bigOf(c)
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(stop, start)
	if step.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return fromBig(new(big.Int).Add(start, g.randbelow(width))), nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	if step.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "zero step for randrange()")
	}
	var n *big.Int
	if step.Sign() > 0 {
		n = new(big.Int).Add(width, step)
		n.Sub(n, big.NewInt(1))
	} else {
		n = new(big.Int).Add(width, step)
		n.Add(n, big.NewInt(1))
	}
	n = floorDivBig(n, step)
	if n.Sign() <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "empty range for randrange()")
	}
	r := new(big.Int).Mul(step, g.randbelow(n))
	return fromBig(r.Add(r, start)), nil
}

func floorDivBig(a, b *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(a, b, new(big.Int))
	// DivMod is Euclidean; convert to floor division.
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// randomMethods are the methods of Random, also the module's functions
// (bound to a hidden instance).
func randomMethods(get func(self py.Object) *Random) map[string]interface{} {
	lock := func(self py.Object) (*Random, func()) {
		r := get(self)
		r.mu.Lock()
		return r, r.mu.Unlock
	}
	fns := map[string]interface{}{
		"seed": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var a, v py.Object = py.None, py.Int(2)
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:seed", []string{"a", "version"}, &a, &v); err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			return py.None, r.g.seed(a)
		},
		"random": func(self py.Object) (py.Object, error) {
			r, un := lock(self)
			defer un()
			return py.Float(r.g.random()), nil
		},
		"getrandbits": func(self, k py.Object) (py.Object, error) {
			n, err := toInt(k, "")
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
			}
			if n == 0 {
				return py.Int(0), nil
			}
			r, un := lock(self)
			defer un()
			return fromBig(r.g.getrandbits(n)), nil
		},
		"randrange": func(self py.Object, args py.Tuple) (py.Object, error) {
			r, un := lock(self)
			defer un()
			return randrange(&r.g, args)
		},
		"randint": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "randint", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			hi, err := bigOf(b)
			if err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			return randrange(&r.g, py.Tuple{a, fromBig(hi.Add(hi, big.NewInt(1)))})
		},
		"choice": func(self, seq py.Object) (py.Object, error) {
			n, err := seqLen(seq)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, py.ExceptionNewf(py.IndexError, "Cannot choose from an empty sequence")
			}
			r, un := lock(self)
			i := r.g.randbelowInt(n)
			un()
			return py.GetItem(seq, py.Int(i))
		},
		"shuffle": func(self, x py.Object) (py.Object, error) {
			n, err := seqLen(x)
			if err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			for i := n - 1; i > 0; i-- {
				j := r.g.randbelowInt(i + 1)
				a, err := py.GetItem(x, py.Int(i))
				if err != nil {
					return nil, err
				}
				b, err := py.GetItem(x, py.Int(j))
				if err != nil {
					return nil, err
				}
				if _, err := py.SetItem(x, py.Int(i), b); err != nil {
					return nil, err
				}
				if _, err := py.SetItem(x, py.Int(j), a); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		},
		"sample": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var pop, kk, counts py.Object = nil, nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "OO|$O:sample", []string{"population", "k", "counts"}, &pop, &kk, &counts); err != nil {
				return nil, err
			}
			switch pop.(type) {
			case *py.Set, *py.FrozenSet, py.StringDict:
				return nil, py.ExceptionNewf(py.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
			}
			n, err := seqLen(pop)
			if err != nil {
				return nil, err
			}
			k, err := toInt(kk, "")
			if err != nil {
				return nil, err
			}
			if k < 0 || k > n {
				return nil, py.ExceptionNewf(py.ValueError, "Sample larger than population or is negative")
			}
			r, un := lock(self)
			defer un()
			result := make([]py.Object, k)
			setsize := 21
			if k > 5 {
				setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
			}
			if n <= setsize {
				pool, err := toSlice(pop)
				if err != nil {
					return nil, err
				}
				for i := 0; i < k; i++ {
					j := r.g.randbelowInt(n - i)
					result[i] = pool[j]
					pool[j] = pool[n-i-1]
				}
			} else {
				selected := map[int]bool{}
				for i := 0; i < k; i++ {
					j := r.g.randbelowInt(n)
					for selected[j] {
						j = r.g.randbelowInt(n)
					}
					selected[j] = true
					v, err := py.GetItem(pop, py.Int(j))
					if err != nil {
						return nil, err
					}
					result[i] = v
				}
			}
			return py.NewListFromItems(result), nil
		},
		"choices": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var pop, weights, cum, kk py.Object = nil, py.None, py.None, py.Int(1)
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O$OO:choices", []string{"population", "weights", "cum_weights", "k"}, &pop, &weights, &cum, &kk); err != nil {
				return nil, err
			}
			n, err := seqLen(pop)
			if err != nil {
				return nil, err
			}
			k, err := toInt(kk, "")
			if err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			out := make([]py.Object, 0, k)
			if isNone(cum) {
				if isNone(weights) {
					fn := float64(n)
					for i := 0; i < k; i++ {
						v, err := py.GetItem(pop, py.Int(int(math.Floor(r.g.random()*fn))))
						if err != nil {
							return nil, err
						}
						out = append(out, v)
					}
					return py.NewListFromItems(out), nil
				}
				ws, err := toSlice(weights)
				if err != nil {
					return nil, err
				}
				var acc py.Object = py.Int(0)
				cl := make([]py.Object, len(ws))
				for i, w := range ws {
					if acc, err = py.Add(acc, w); err != nil {
						return nil, err
					}
					cl[i] = acc
				}
				cum = py.NewListFromItems(cl)
			} else if !isNone(weights) {
				return nil, py.ExceptionNewf(py.TypeError, "Cannot specify both weights and cumulative weights")
			}
			cw, err := toSlice(cum)
			if err != nil {
				return nil, err
			}
			if len(cw) != n {
				return nil, py.ExceptionNewf(py.ValueError, "The number of weights does not match the population")
			}
			fw := make([]float64, n)
			for i, c := range cw {
				if fw[i], err = toFloat(c); err != nil {
					return nil, err
				}
			}
			total := 0.0
			if n > 0 {
				total = fw[n-1]
			}
			if total <= 0 {
				return nil, py.ExceptionNewf(py.ValueError, "Total of weights must be greater than zero")
			}
			if math.IsInf(total, 0) || math.IsNaN(total) {
				return nil, py.ExceptionNewf(py.ValueError, "Total of weights must be finite")
			}
			hi := n - 1
			for i := 0; i < k; i++ {
				x := r.g.random() * total
				lo, h := 0, hi
				for lo < h { // bisect_right
					mid := (lo + h) / 2
					if x < fw[mid] {
						h = mid
					} else {
						lo = mid + 1
					}
				}
				v, err := py.GetItem(pop, py.Int(lo))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return py.NewListFromItems(out), nil
		},
		"uniform": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "uniform", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			x, err := toFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := toFloat(b)
			if err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			return py.Float(x + (y-x)*r.g.random()), nil
		},
		"gauss": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var mu, sigma py.Object = py.Float(0), py.Float(1)
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:gauss", []string{"mu", "sigma"}, &mu, &sigma); err != nil {
				return nil, err
			}
			m, _ := toFloat(mu)
			s, _ := toFloat(sigma)
			r, un := lock(self)
			defer un()
			var z float64
			if r.g.gaussNext != nil {
				z = *r.g.gaussNext
				r.g.gaussNext = nil
			} else {
				x2pi := r.g.random() * 2 * math.Pi
				g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.g.random()))
				z = math.Cos(x2pi) * g2rad
				nz := math.Sin(x2pi) * g2rad
				r.g.gaussNext = &nz
			}
			return py.Float(m + z*s), nil
		},
		"expovariate": func(self, l py.Object) (py.Object, error) {
			lambd, err := toFloat(l)
			if err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			return py.Float(-math.Log(1.0-r.g.random()) / lambd), nil
		},
		"randbytes": func(self, n py.Object) (py.Object, error) {
			k, err := toInt(n, "")
			if err != nil {
				return nil, err
			}
			r, un := lock(self)
			defer un()
			b := r.g.getrandbits(k * 8).Bytes()
			out := make([]byte, k)
			// little-endian as int.to_bytes(n, 'little')
			for i := 0; i < len(b) && i < k; i++ {
				out[i] = b[len(b)-1-i]
			}
			return newBytes(out), nil
		},
	}
	addRandomVariates(fns, lock)
	return fns
}

// globalRandom is the generator behind the random module's functions,
// seeded from the OS on first use (seeding costs about as much as the
// rest of the package's start-up, which every program pays).
var globalRandom = sync.OnceValue(func() *Random {
	r := &Random{}
	_ = r.g.seed(py.None)
	return r
})

func randomInit() {
	RandomType.Flags |= py.TPFLAGS_BASETYPE
	registerLazy("random", "Random variable generators.", func() (map[string]interface{}, py.StringDict) {
		for name, fn := range randomMethods(func(self py.Object) *Random { return self.(*Random) }) {
			RandomType.Dict[name] = method(name, fn)
		}
		fns := randomMethods(func(py.Object) *Random { return globalRandom() })
		return fns, py.StringDict{
			"Random":       RandomType,
			"SystemRandom": RandomType,
		}
	})
}

func init() { randomInit() }
