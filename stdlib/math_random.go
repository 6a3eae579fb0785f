package stdlib

import (
	"math"
	"math/bits"

	"wippylua/vm"
)

// math.random and math.randomseed.
//
// lua5.3 uses the C library's random(), whose quality and range (31 bits)
// vary between platforms. We use xoshiro256** instead, but keep 5.3's
// interface: the same argument checks and messages, a generator that
// starts from a fixed state (an unseeded program gets the same numbers on
// every run, as with glibc), and randomseed(x) converting x the way 5.3
// does (to a float, then truncated to an integer), so that seeds that
// 5.3 considers equal, like 7 and 7.9, give the same sequence. Sequences
// themselves differ from lua5.3's.

// rng is a xoshiro256** generator.
type rng struct{ s [4]uint64 }

// defaultSeed is the seed of a generator nobody has seeded yet.
const defaultSeed = 0

// rngKey is the State.Local key of the State's generator: each State has
// its own, made on first use.
var rngKey = vm.NewLocalKey("stdlib.rng")

func stateRNG(s *vm.State) *rng {
	if r, ok := s.Local(rngKey).(*rng); ok {
		return r
	}
	r := newRNG()
	s.SetLocal(rngKey, r)
	return r
}

func newRNG() *rng {
	r := &rng{}
	r.seed(defaultSeed)
	return r
}

// seed fills the state from n with splitmix64, which never yields the
// all-zero state xoshiro cannot leave.
func (r *rng) seed(n uint64) {
	for i := range r.s {
		n += 0x9e3779b97f4a7c15
		z := n
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		r.s[i] = z ^ (z >> 31)
	}
}

func (r *rng) next() uint64 {
	s := &r.s
	result := bits.RotateLeft64(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = bits.RotateLeft64(s[3], 45)
	return result
}

// float returns a float in [0, 1) with 53 random bits.
func (r *rng) float() float64 {
	return float64(r.next()>>11) * 0x1p-53
}

// below returns a uniform integer in [0, n] (n is an unsigned range
// width), rejecting draws beyond the smallest all-ones mask covering n
// so that no value is favoured.
func (r *rng) below(n uint64) uint64 {
	if n&(n+1) == 0 { // n+1 is a power of two (or n is the full range)
		return r.next() & n
	}
	mask := uint64(1)<<bits.Len64(n) - 1
	for {
		if v := r.next() & mask; v <= n {
			return v
		}
	}
}

func mathRandom(t *vm.Thread) int {
	r := stateRNG(t.State())
	var low, up int64
	switch t.NArgs() {
	case 0:
		t.Push(vm.Float(r.float()))
		return 1
	case 1:
		low = 1
		up = t.CheckInt(1)
	case 2:
		low = t.CheckInt(1)
		up = t.CheckInt(2)
	default:
		t.Errorf("wrong number of arguments")
	}
	if low > up {
		t.ArgError(1, "interval is empty")
	}
	// 5.3 refuses intervals whose size does not fit in an integer.
	if low < 0 && up > math.MaxInt64+low {
		t.ArgError(1, "interval too large")
	}
	t.Push(vm.Int(low + int64(r.below(uint64(up)-uint64(low)))))
	return 1
}

func mathRandomseed(t *vm.Thread) int {
	r := stateRNG(t.State())
	f := t.CheckFloat(1)
	var n uint64
	if f >= -0x1p63 && f < 0x1p63 {
		n = uint64(int64(f)) // truncation toward zero, as C's cast
	} else {
		n = math.Float64bits(f) // inf, NaN, out of range: C leaves this undefined
	}
	r.seed(n)
	return 0
}
