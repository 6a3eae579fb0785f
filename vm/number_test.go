package vm

import (
	"math"
	"testing"
)

func TestFormatFloat(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{1, "1.0"}, {-1, "-1.0"}, {0.1, "0.1"}, {1e15, "1e+15"}, {1e14, "1e+14"},
		{123456789012345, "1.2345678901234e+14"}, {2 ^ 53, "2^53"}, {1e100, "1e+100"},
		{3.14159265358979, "3.1415926535898"}, {1e-5, "1e-05"}, {0.0001, "0.0001"},
		{math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {math.Copysign(0, -1), "-0.0"},
		{100, "100.0"}, {1e300 * 10, "1e+301"}, {5e-324, "4.9406564584125e-324"},
	}
	cases[6] = struct {
		f    float64
		want string
	}{math.Pow(2, 53), "9.007199254741e+15"}
	for _, c := range cases {
		if got := FormatFloat(c.f); got != c.want {
			t.Errorf("FormatFloat(%v) = %q, want %q", c.f, got, c.want)
		}
	}
	if got := FormatFloat(math.NaN()); got != "nan" && got != "-nan" {
		t.Errorf("NaN formatted as %q", got)
	}
}

func TestStringToNumber(t *testing.T) {
	ints := map[string]int64{
		"10": 10, "  10  ": 10, "-7": -7, "0x10": 16, "0xffffffffffffffff": -1,
		"9223372036854775807": math.MaxInt64, "-9223372036854775808": math.MinInt64, "\t0X1F\n": 31,
	}
	for s, want := range ints {
		v, ok := StringToNumber(s)
		if !ok || !v.IsInt() || v.AsInt() != want {
			t.Errorf("StringToNumber(%q) = %v %v, want int %d", s, v, ok, want)
		}
	}
	floats := map[string]float64{
		"1e1": 10, "1.5": 1.5, ".5": 0.5, "5.": 5, "0x1p4": 16, "0x.8": 0.5, "0xA.8p1": 21,
		"9223372036854775808": 9223372036854775808, "1E-2": 0.01,
	}
	for s, want := range floats {
		v, ok := StringToNumber(s)
		if !ok || !v.IsFloat() || v.AsFloat() != want {
			t.Errorf("StringToNumber(%q) = %v %v, want float %v", s, v, ok, want)
		}
	}
	for _, s := range []string{"", " ", "abc", "1e", "0x", "1..2", "inf", "nan", "1 2", "0x1p", "- 1", "1e+"} {
		if v, ok := StringToNumber(s); ok {
			t.Errorf("StringToNumber(%q) accepted as %v", s, v)
		}
	}
}

func TestIntegerDivisionAndModulo(t *testing.T) {
	cases := []struct{ a, b, div, mod int64 }{
		{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1},
		{math.MinInt64, -1, math.MinInt64, 0}, {6, 3, 2, 0}, {-6, 3, -2, 0},
	}
	for _, c := range cases {
		if d := IntFloorDiv(c.a, c.b); d != c.div {
			t.Errorf("%d // %d = %d, want %d", c.a, c.b, d, c.div)
		}
		if m := IntMod(c.a, c.b); m != c.mod {
			t.Errorf("%d %% %d = %d, want %d", c.a, c.b, m, c.mod)
		}
	}
	if m := FloatMod(-5.5, 2); m != 0.5 {
		t.Errorf("-5.5 %% 2 = %v", m)
	}
	if m := FloatMod(5, math.Inf(-1)); !math.IsInf(m, -1) {
		t.Errorf("5 %% -inf = %v", m)
	}
}

func TestExactComparisons(t *testing.T) {
	big := int64(1) << 53
	if RawEquals(Int(big+1), Float(float64(big))) {
		t.Error("2^53+1 == 2^53 (float) must be false")
	}
	if !numLess(Float(float64(big)), Int(big+1)) {
		t.Error("2^53 (float) < 2^53+1 must be true")
	}
	if !numLessEq(Int(math.MaxInt64), Float(math.Inf(1))) || numLess(Float(math.NaN()), Int(1)) {
		t.Error("comparisons with inf/nan wrong")
	}
	if !RawEquals(Int(3), Float(3)) || RawEquals(Float(math.NaN()), Float(math.NaN())) {
		t.Error("int/float equality wrong")
	}
}
