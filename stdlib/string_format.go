package stdlib

import (
	"math"
	"strconv"
	"strings"

	"wippylua/stdlib/lstrings"
	"wippylua/vm"
)

// string.format: the format string is scanned once; literal text is
// copied in runs and each item is converted by lstrings into a buffer
// that lives on the Go stack for short results.

func strFormat(t *vm.Thread) int {
	top := t.NArgs()
	f := t.CheckString(1)
	var scratch [256]byte
	b := scratch[:0]
	arg := 1
	for i := 0; i < len(f); {
		j := strings.IndexByte(f[i:], '%')
		if j < 0 {
			b = append(b, f[i:]...)
			break
		}
		b = append(b, f[i:i+j]...)
		i += j + 1
		if i < len(f) && f[i] == '%' {
			b = append(b, '%')
			i++
			continue
		}
		arg++
		if arg > top {
			t.ArgError(arg, "no value")
		}
		sp, next, err := lstrings.ParseSpec(f, i)
		if err != nil {
			t.Errorf("%s", err.Error())
		}
		i = next
		b = strFormatItem(t, b, sp, arg)
	}
	t.Push(vm.String(string(b)))
	return 1
}

// strFormatItem appends the conversion of argument arg.
func strFormatItem(t *vm.Thread, b []byte, sp lstrings.Spec, arg int) []byte {
	switch sp.Verb {
	case 'c':
		// lua5.3 passes the integer to printf as an int, which %c
		// truncates to a byte.
		return lstrings.AppendChar(b, sp, byte(t.CheckInt(arg)))
	case 'd', 'i':
		n := t.CheckInt(arg)
		if sp.Plain {
			return strconv.AppendInt(b, n, 10)
		}
		return lstrings.AppendInt(b, sp, n)
	case 'o', 'u', 'x', 'X':
		return lstrings.AppendInt(b, sp, t.CheckInt(arg))
	case 'a', 'A':
		return lstrings.AppendHexFloat(b, sp, t.CheckFloat(arg))
	case 'e', 'E', 'f', 'g', 'G':
		return lstrings.AppendFloat(b, sp, t.CheckFloat(arg))
	case 'q':
		// lua5.3.6 ignores any flags, width or precision given to %q.
		return strAppendLiteral(t, b, arg)
	case 's':
		v := t.Arg(arg)
		if sp.Plain && v.IsNumber() && t.State().TypeMetatable(vm.KindInt) == nil {
			// Numbers without a metatable (the usual case) are formatted
			// in place, without building a temporary string.
			if v.IsInt() {
				return strconv.AppendInt(b, v.AsInt(), 10)
			}
			return append(b, vm.NumberToString(v)...)
		}
		s := t.ToStringMeta(v)
		if sp.Plain {
			return append(b, s...)
		}
		if strings.IndexByte(s, 0) >= 0 {
			t.ArgError(arg, "string contains zeros")
		}
		if sp.Prec < 0 && len(s) >= 100 {
			// lua5.3 copies long strings without a precision as they are
			// (no width could pad them anyway: it is at most 99).
			return append(b, s...)
		}
		return lstrings.AppendString(b, sp, s)
	}
	t.Errorf("invalid option '%%%s' to 'format'", lstrings.CharRepr(sp.Verb))
	return b
}

// strAppendLiteral implements %q: a value written as Lua source that reads
// back as the same value.
func strAppendLiteral(t *vm.Thread, b []byte, arg int) []byte {
	v := t.Arg(arg)
	switch v.Kind() {
	case vm.KindString:
		return lstrings.AppendQuoted(b, v.AsString())
	case vm.KindInt:
		n := v.AsInt()
		if n == math.MinInt64 {
			// "-9223372036854775808" would read back as a float.
			return append(b, "0x8000000000000000"...)
		}
		return strconv.AppendInt(b, n, 10)
	case vm.KindFloat:
		// Hexadecimal keeps every bit; inf and nan come out as "inf",
		// "-inf", "nan" or "-nan", as in lua5.3.6.
		return lstrings.AppendHexFloat(b, lstrings.Spec{Prec: -1, Verb: 'a'}, v.AsFloat())
	case vm.KindNil, vm.KindBool:
		return append(b, t.ToStringMeta(v)...)
	}
	t.ArgError(arg, "value has no literal form")
	return b
}
