package lstrings

import (
	"encoding/binary"
	"math"
	"strings"
)

// The format strings of string.pack, string.unpack and string.packsize,
// for a 64-bit little-endian machine like the one lua5.3 is measured on:
// int 4 bytes, long and size_t 8, native alignment at most 8.

// MaxSize is the largest string size lua5.3's string library produces
// (MAXSIZE in lstrlib.c: INT_MAX on 64-bit platforms).
const MaxSize = math.MaxInt32

// MaxIntSize is the largest integral size "i[n]" accepts (MAXINTSIZE).
const MaxIntSize = 16

const (
	nativeAlign = 8 // alignment of double and lua_Integer
	intSize     = 8 // bytes in a Lua integer
)

// Kind is the class of a format option.
type Kind uint8

// Format option kinds (KOption in lstrlib.c).
const (
	KInt       Kind = iota // signed integer
	KUint                  // unsigned integer
	KFloat                 // float or double
	KChar                  // fixed-size string "cN"
	KString                // string preceded by its length "s[N]"
	KZstr                  // zero-terminated string "z"
	KPadding               // one byte of padding "x"
	KPaddAlign             // alignment padding "X"
	KNop                   // configuration or space
)

// ArgError is a format error that lua5.3 reports against the format
// argument ("bad argument #1 to 'pack' (...)"); Error values are reported
// as plain errors.
type ArgError string

func (e ArgError) Error() string { return string(e) }

// PackFormat walks a pack format string option by option.
type PackFormat struct {
	fmt      string
	pos      int
	Little   bool // current endianness
	maxAlign int
}

// NewPackFormat starts reading format f. Like lua5.3, which treats the
// format as a C string, everything from the first NUL byte on is ignored.
func NewPackFormat(f string) PackFormat {
	if i := strings.IndexByte(f, 0); i >= 0 {
		f = f[:i]
	}
	return PackFormat{fmt: f, Little: true, maxAlign: 1}
}

// More reports whether options remain.
func (h *PackFormat) More() bool { return h.pos < len(h.fmt) }

func (h *PackFormat) peek() byte {
	if h.pos < len(h.fmt) {
		return h.fmt[h.pos]
	}
	return 0
}

// getnum reads an optional decimal size, stopping before it could exceed
// MaxSize (the remaining digits are then read as the next option).
func (h *PackFormat) getnum(df int) int {
	if !IsDigit(h.peek()) {
		return df
	}
	a := 0
	for {
		a = a*10 + int(h.fmt[h.pos]-'0')
		h.pos++
		if !IsDigit(h.peek()) || a > (MaxSize-9)/10 {
			return a
		}
	}
}

func (h *PackFormat) getnumLimit(df int) (int, error) {
	sz := h.getnum(df)
	if sz > MaxIntSize || sz <= 0 {
		return 0, Error("integral size (" + itoa(sz) + ") out of limits [1," + itoa(MaxIntSize) + "]")
	}
	return sz, nil
}

// option reads one option and returns its kind and size.
func (h *PackFormat) option() (Kind, int, error) {
	c := h.fmt[h.pos]
	h.pos++
	switch c {
	case 'b':
		return KInt, 1, nil
	case 'B':
		return KUint, 1, nil
	case 'h':
		return KInt, 2, nil
	case 'H':
		return KUint, 2, nil
	case 'l', 'j':
		return KInt, 8, nil
	case 'L', 'J', 'T':
		return KUint, 8, nil
	case 'f':
		return KFloat, 4, nil
	case 'd', 'n':
		return KFloat, 8, nil
	case 'i', 'I', 's':
		df := 4
		if c == 's' {
			df = 8
		}
		sz, err := h.getnumLimit(df)
		kind := KInt
		switch c {
		case 'I':
			kind = KUint
		case 's':
			kind = KString
		}
		return kind, sz, err
	case 'c':
		sz := h.getnum(-1)
		if sz == -1 {
			return KChar, 0, Error("missing size for format option 'c'")
		}
		return KChar, sz, nil
	case 'z':
		return KZstr, 0, nil
	case 'x':
		return KPadding, 1, nil
	case 'X':
		return KPaddAlign, 0, nil
	case ' ':
	case '<':
		h.Little = true
	case '>':
		h.Little = false
	case '=':
		h.Little = true // native byte order: little endian
	case '!':
		a, err := h.getnumLimit(nativeAlign)
		if err != nil {
			return KNop, 0, err
		}
		h.maxAlign = a
	default:
		return KNop, 0, Error("invalid format option '" + CharRepr(c) + "'")
	}
	return KNop, 0, nil
}

// Next reads the next option. total is the number of bytes before it,
// from which the alignment padding ntoalign is computed.
func (h *PackFormat) Next(total int) (kind Kind, size, ntoalign int, err error) {
	kind, size, err = h.option()
	if err != nil {
		return
	}
	align := size // usually, alignment follows size
	if kind == KPaddAlign {
		// "X" takes its alignment from the option after it, which it
		// consumes.
		var next Kind
		if !h.More() {
			return kind, 0, 0, ArgError("invalid next option for option 'X'")
		}
		next, align, err = h.option()
		if err != nil {
			return
		}
		if next == KChar || align == 0 {
			return kind, 0, 0, ArgError("invalid next option for option 'X'")
		}
	}
	if align <= 1 || kind == KChar {
		return kind, size, 0, nil
	}
	if align > h.maxAlign {
		align = h.maxAlign
	}
	if align&(align-1) != 0 {
		return kind, size, 0, ArgError("format asks for alignment not power of 2")
	}
	return kind, size, (align - total&(align-1)) & (align - 1), nil
}

// PackInt appends the low size bytes of n (sign-extended beyond 8 bytes
// when neg) in the given byte order.
func PackInt(b []byte, n uint64, little bool, size int, neg bool) []byte {
	start := len(b)
	for i := 0; i < size; i++ {
		var c byte
		switch {
		case i < intSize:
			c = byte(n >> (8 * i))
		case neg:
			c = 0xff
		}
		b = append(b, c)
	}
	if !little {
		reverse(b[start:])
	}
	return b
}

func reverse(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// UnpackInt decodes a size-byte integer from data (which holds at least
// size bytes). Integers wider than 8 bytes must be sign (or zero)
// extensions of their low 8 bytes.
func UnpackInt(data string, little bool, size int, signed bool) (int64, error) {
	at := func(i int) byte { // byte i, counting from the least significant
		if little {
			return data[i]
		}
		return data[size-1-i]
	}
	limit := size
	if limit > intSize {
		limit = intSize
	}
	var res uint64
	for i := limit - 1; i >= 0; i-- {
		res = res<<8 | uint64(at(i))
	}
	if size < intSize {
		if signed {
			mask := uint64(1) << (size*8 - 1)
			res = (res ^ mask) - mask // sign extension
		}
	} else if size > intSize {
		var ext byte
		if signed && int64(res) < 0 {
			ext = 0xff
		}
		for i := limit; i < size; i++ {
			if at(i) != ext {
				return 0, Error(itoa(size) + "-byte integer does not fit into Lua Integer")
			}
		}
	}
	return int64(res), nil
}

// PackFloat appends f as a 4- or 8-byte IEEE number.
func PackFloat(b []byte, f float64, little bool, size int) []byte {
	var buf [8]byte
	if size == 4 {
		if little {
			binary.LittleEndian.PutUint32(buf[:], math.Float32bits(float32(f)))
		} else {
			binary.BigEndian.PutUint32(buf[:], math.Float32bits(float32(f)))
		}
	} else if little {
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(f))
	} else {
		binary.BigEndian.PutUint64(buf[:], math.Float64bits(f))
	}
	return append(b, buf[:size]...)
}

// UnpackFloat decodes a 4- or 8-byte IEEE number.
func UnpackFloat(data string, little bool, size int) float64 {
	if size == 4 {
		var u uint32
		if little {
			u = uint32(data[0]) | uint32(data[1])<<8 | uint32(data[2])<<16 | uint32(data[3])<<24
		} else {
			u = uint32(data[3]) | uint32(data[2])<<8 | uint32(data[1])<<16 | uint32(data[0])<<24
		}
		return float64(math.Float32frombits(u))
	}
	var u uint64
	for i := 0; i < 8; i++ {
		if little {
			u |= uint64(data[i]) << (8 * i)
		} else {
			u = u<<8 | uint64(data[i])
		}
	}
	return math.Float64frombits(u)
}
