// Package xorshift is the random number generator of the benchmarks'
// code generators (bench/typedgen, the compilation input of
// bench/cmd/luabench): a xorshift64* generator, deterministic and
// independent of math/rand's algorithms, which may change between Go
// versions. A generated input must stay the same text from one run, one
// machine and one Go release to the next, or measurements stop being
// comparable; so the sequence for a given state must never change.
//
// It imports only the standard library.
package xorshift

// Rand is a xorshift64* generator. Its zero value is not usable: make one
// with New.
type Rand struct{ s uint64 }

// New returns a generator started from state. The low bit is forced on,
// since the all-zero state would produce only zeros.
func New(state uint64) *Rand { return &Rand{s: state | 1} }

// Next returns the next 64 bits.
func (r *Rand) Next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

// Intn returns a number in [0, n); n must be positive.
func (r *Rand) Intn(n int) int { return int(r.Next() % uint64(n)) }

// Chance is true with probability p percent.
func (r *Rand) Chance(p int) bool { return r.Intn(100) < p }

// Pick returns one of s, which must not be empty.
func (r *Rand) Pick(s []string) string { return s[r.Intn(len(s))] }
