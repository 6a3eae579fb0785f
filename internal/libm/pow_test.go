package libm

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// parseC parses a float as C's printf("%a") prints it, NaN signs included.
func parseC(t *testing.T, s string) float64 {
	t.Helper()
	switch s {
	case "nan":
		return posNaN
	case "-nan":
		return negNaN
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

// TestPowLua53 compares Pow bit for bit (NaN signs included) with x^y
// as lua5.3 computes it with glibc's pow (testdata/pow_lua53.py): special
// values, subnormal operands and results, results near overflow and
// underflow, negative bases with integer exponents, bases near 1 with
// large exponents.
func TestPowLua53(t *testing.T) {
	fh, err := os.Open("testdata/pow_lua53.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	n, bad := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			t.Fatalf("bad line %q", line)
		}
		x, y, want := parseC(t, f[0]), parseC(t, f[1]), parseC(t, f[2])
		n++
		if got := Pow(x, y); math.Float64bits(got) != math.Float64bits(want) {
			bad++
			if bad <= 20 {
				t.Errorf("Pow(%s, %s) = %x (bits %016x), lua5.3 %s", f[0], f[1], got, math.Float64bits(got), f[2])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 500 {
		t.Fatalf("only %d values", n)
	}
	if bad > 0 {
		t.Errorf("%d of %d results differ from lua5.3", bad, n)
	}
}

// TestPowNaNSigns spells out glibc's rules for NaN operands (checked
// against lua5.3 by conformance/lib/math_pow_rounding.lua).
func TestPowNaNSigns(t *testing.T) {
	inf := math.Inf(1)
	sNaN := math.Float64frombits(0x7FF0000000000001)
	for _, c := range []struct {
		x, y, want float64
	}{
		{negNaN, 0, 1}, {posNaN, 0, 1}, {negNaN, math.Copysign(0, -1), 1}, // pow(x, ±0) = 1
		{1, negNaN, 1}, {1, posNaN, 1}, // pow(1, y) = 1
		{negNaN, 1, posNaN}, {negNaN, -3, posNaN}, // odd integer y: the sign is cleared
		{posNaN, 1, posNaN}, {posNaN, 3, posNaN},
		{negNaN, 2, negNaN}, {negNaN, 0.5, negNaN}, {negNaN, inf, negNaN}, // else x's NaN
		{posNaN, 2, posNaN}, {posNaN, -inf, posNaN},
		{2, negNaN, negNaN}, {2, posNaN, posNaN}, {inf, negNaN, negNaN}, // y's NaN
		{-1, negNaN, negNaN}, {0, posNaN, posNaN},
		{negNaN, posNaN, negNaN}, {posNaN, negNaN, posNaN}, // both: x's
		{-2, 0.5, negNaN}, {-inf, 0.5, inf}, {-1, inf, 1}, // and no NaN at all
		// Signaling NaNs come out quieted, even from pow(x, 0) and pow(1, y).
		{sNaN, 0, quiet(sNaN)}, {1, sNaN, quiet(sNaN)}, {sNaN, 2, quiet(sNaN)},
		{-sNaN, 3, quiet(sNaN)}, {-sNaN, 2, quiet(-sNaN)}, {2, -sNaN, quiet(-sNaN)},
		{posNaN, sNaN, posNaN}, {sNaN, posNaN, quiet(sNaN)},
	} {
		if got := Pow(c.x, c.y); math.Float64bits(got) != math.Float64bits(c.want) {
			t.Errorf("Pow(%v [%016x], %v [%016x]) = %016x, want %016x", c.x, math.Float64bits(c.x),
				c.y, math.Float64bits(c.y), math.Float64bits(got), math.Float64bits(c.want))
		}
	}
}
