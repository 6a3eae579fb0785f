package stdlib

import (
	"math"
	"testing"

	"wippylua/vm"
)

func TestStrPosrelat(t *testing.T) {
	tests := []struct {
		pos  int64
		n    int
		want int64
	}{
		{1, 5, 1}, {5, 5, 5}, {9, 5, 9}, {0, 5, 0},
		{-1, 5, 5}, {-5, 5, 1}, {-6, 5, 0}, {-100, 5, 0},
		{math.MinInt64, 5, 0}, {math.MaxInt64, 5, math.MaxInt64}, {-1, 0, 0},
	}
	for _, tc := range tests {
		if got := strPosrelat(tc.pos, tc.n); got != tc.want {
			t.Errorf("strPosrelat(%d, %d) = %d, want %d", tc.pos, tc.n, got, tc.want)
		}
	}
}

// TestStringErrorsAreLuaErrors calls every string function with hostile
// arguments and checks that each failure is a Lua error, never a Go
// runtime error.
func TestStringErrorsAreLuaErrors(t *testing.T) {
	args := [][]any{
		{}, {nil}, {"abc"}, {"abc", nil}, {"abc", "%"}, {"abc", int64(math.MinInt64), int64(math.MaxInt64)},
		{"abc", int64(math.MaxInt64), int64(math.MinInt64)}, {"abc", 1.5}, {"i16", "x"}, {"%d", "x"},
		{"abc", "(", "%1"}, {"abc", "", "%9", int64(-1)}, {"c9999999", ""}, {"!16 i16", int64(-1)},
	}
	for name := range stringFuncs {
		for _, a := range args {
			strFuzzCall(t, name, strLuaValues(a)...)
		}
	}
}

// strLuaValues converts Go test values to Lua values.
func strLuaValues(in []any) []vm.Value {
	out := make([]vm.Value, len(in))
	for i, a := range in {
		switch x := a.(type) {
		case nil:
			out[i] = vm.Nil
		case string:
			out[i] = vm.String(x)
		case int64:
			out[i] = vm.Int(x)
		case float64:
			out[i] = vm.Float(x)
		}
	}
	return out
}
