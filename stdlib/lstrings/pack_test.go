package lstrings

import (
	"encoding/hex"
	"math"
	"testing"
)

// options lists the options of a pack format as "kind:size+align" items,
// or the error.
func options(f string) string {
	h := NewPackFormat(f)
	out := ""
	total := 0
	for h.More() {
		kind, size, align, err := h.Next(total)
		if err != nil {
			if _, ok := err.(ArgError); ok {
				return out + "argerror: " + err.Error()
			}
			return out + "error: " + err.Error()
		}
		total += align + size
		out += "KiKuKfKcKsKzKxKXK-"[2*kind:2*kind+2] + itoa(size) + "+" + itoa(align) + " "
	}
	return out
}

func TestPackFormat(t *testing.T) {
	tests := []struct{ f, want string }{
		{"b B h H", "Ki1+0 K-0+0 Ku1+0 K-0+0 Ki2+0 K-0+0 Ku2+0 "},
		{"i", "Ki4+0 "},
		{"I16 i1 s s2 j J T l L", "Ku16+0 K-0+0 Ki1+0 K-0+0 Ks8+0 K-0+0 Ks2+0 K-0+0 Ki8+0 K-0+0 Ku8+0 K-0+0 Ku8+0 K-0+0 Ki8+0 K-0+0 Ku8+0 "},
		{"f d n", "Kf4+0 K-0+0 Kf8+0 K-0+0 Kf8+0 "},
		{"z x c3 c0", "Kz0+0 K-0+0 Kx1+0 K-0+0 Kc3+0 K-0+0 Kc0+0 "},
		{"!8 b i8", "K-0+0 K-0+0 Ki1+0 K-0+0 Ki8+7 "},
		{"!4 b i8", "K-0+0 K-0+0 Ki1+0 K-0+0 Ki8+3 "},
		{"b i8", "Ki1+0 K-0+0 Ki8+0 "}, // default maximum alignment is 1
		{"!8 b Xi4 b", "K-0+0 K-0+0 Ki1+0 K-0+0 KX0+3 K-0+0 Ki1+0 "},
		{"!8 c3 d", "K-0+0 K-0+0 Kc3+0 K-0+0 Kf8+5 "},
		{"i17", "error: integral size (17) out of limits [1,16]"},
		{"i0", "error: integral size (0) out of limits [1,16]"},
		{"!0", "error: integral size (0) out of limits [1,16]"},
		{"c", "error: missing size for format option 'c'"},
		{"y", "error: invalid format option 'y'"},
		{"\x01", "error: invalid format option '<\\1>'"},
		{"X", "argerror: invalid next option for option 'X'"},
		{"Xc1", "argerror: invalid next option for option 'X'"},
		{"X ", "argerror: invalid next option for option 'X'"},
		{"!4 i3", "K-0+0 K-0+0 argerror: format asks for alignment not power of 2"},
		{"i4\x00i4", "Ki4+0 "},                                            // the format ends at a NUL
		{"c2147483647", "Kc214748364+0 error: invalid format option '7'"}, // sizes stop before overflowing
	}
	for _, tc := range tests {
		if got := options(tc.f); got != tc.want {
			t.Errorf("options(%q) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestPackInt(t *testing.T) {
	tests := []struct {
		n      int64
		little bool
		size   int
		want   string
	}{
		{1, true, 4, "01000000"},
		{1, false, 4, "00000001"},
		{-2, true, 2, "feff"},
		{-1, true, 12, "ffffffffffffffffffffffff"},
		{-1, false, 10, "ffffffffffffffffffff"},
		{5, true, 10, "05000000000000000000"},
		{0x0102030405060708, false, 8, "0102030405060708"},
	}
	for _, tc := range tests {
		got := hex.EncodeToString(PackInt(nil, uint64(tc.n), tc.little, tc.size, tc.n < 0))
		if got != tc.want {
			t.Errorf("PackInt(%d, %v, %d) = %s, want %s", tc.n, tc.little, tc.size, got, tc.want)
		}
		back, err := UnpackInt(string(PackInt(nil, uint64(tc.n), tc.little, tc.size, tc.n < 0)), tc.little, tc.size, true)
		if err != nil || back != tc.n {
			t.Errorf("UnpackInt of %s = %d, %v", got, back, err)
		}
	}
	if v, _ := UnpackInt("\xff\xff\x7f", true, 3, true); v != 0x7fffff {
		t.Errorf("i3 0x7fffff read as %d", v)
	}
	if v, _ := UnpackInt("\x00\x00\x80", true, 3, true); v != -0x800000 {
		t.Errorf("i3 -0x800000 read as %d", v)
	}
	if v, _ := UnpackInt("\x00\x00\x80", true, 3, false); v != 0x800000 {
		t.Errorf("I3 0x800000 read as %d", v)
	}
	if _, err := UnpackInt("\x00\x00\x00\x00\x00\x00\x00\x00\x01", true, 9, true); err == nil || err.Error() != "9-byte integer does not fit into Lua Integer" {
		t.Errorf("9-byte overflow: %v", err)
	}
	if _, err := UnpackInt("\xff\xff\xff\xff\xff\xff\xff\xff\xff", true, 9, false); err == nil {
		t.Error("unsigned 9-byte all-ones must not fit")
	}
	if v, err := UnpackInt("\xff\xff\xff\xff\xff\xff\xff\xff\xff", true, 9, true); err != nil || v != -1 {
		t.Errorf("signed 9-byte -1 read as %d, %v", v, err)
	}
}

func TestPackFloat(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1.5, -0.1, math.Inf(1), math.MaxFloat64, 5e-324} {
		for _, little := range []bool{true, false} {
			if got := UnpackFloat(string(PackFloat(nil, f, little, 8)), little, 8); got != f || math.Signbit(got) != math.Signbit(f) {
				t.Errorf("double %v (little=%v) came back as %v", f, little, got)
			}
			want := float64(float32(f))
			if got := UnpackFloat(string(PackFloat(nil, f, little, 4)), little, 4); got != want {
				t.Errorf("float %v (little=%v) came back as %v, want %v", f, little, got, want)
			}
		}
	}
	if got := hex.EncodeToString(PackFloat(nil, 1, false, 4)); got != "3f800000" {
		t.Errorf("big-endian float 1 = %s", got)
	}
	if got := hex.EncodeToString(PackFloat(nil, 1, true, 8)); got != "000000000000f03f" {
		t.Errorf("little-endian double 1 = %s", got)
	}
}
