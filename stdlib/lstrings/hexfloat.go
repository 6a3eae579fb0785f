package lstrings

import (
	"math"
	"strconv"
)

// AppendHexFloat formats f for the verbs a and A as glibc's printf does.
//
// The output is deterministic and platform independent even though it
// comes from C's printf in lua5.3: a hexadecimal significand is an exact
// image of the binary one, so no decimal rounding is involved. The only
// choices are glibc's conventions, reproduced here: normal numbers are
// written "0x1.<13 hex digits>p<exp>" and subnormals "0x0.<digits>p-1022";
// without a precision trailing zero digits (and then the point) are
// dropped; with a precision the digits are rounded to nearest, ties to
// even (the default rounding mode), and a carry out of the leading digit
// turns "1" into "2" instead of renormalizing; the exponent is decimal
// with an explicit sign; '#' keeps the point; '0' pads after "0x".
func AppendHexFloat(b []byte, sp Spec, f float64) []byte {
	upper := sp.Verb == 'A'
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return appendNonFinite(b, sp, f, upper)
	}
	bits := math.Float64bits(f)
	neg := bits>>63 != 0
	bexp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := byte(1)
	exp := bexp - 1023
	switch {
	case bexp == 0 && mant == 0:
		lead, exp = 0, 0
	case bexp == 0:
		lead, exp = 0, -1022
	}
	// The 52 fraction bits as 13 hex digits (values 0-15).
	var frac [13]byte
	for i := range frac {
		frac[i] = byte(mant>>(48-4*i)) & 0xf
	}
	nd := len(frac)
	prec := sp.Prec
	if prec < 0 {
		for nd > 0 && frac[nd-1] == 0 {
			nd--
		}
		prec = nd
	} else if prec < nd {
		next := frac[prec]
		more := false
		for _, d := range frac[prec+1:] {
			if d != 0 {
				more = true
			}
		}
		last := lead
		if prec > 0 {
			last = frac[prec-1]
		}
		if next > 8 || (next == 8 && (more || last&1 == 1)) {
			i := prec - 1
			for ; i >= 0; i-- {
				frac[i]++
				if frac[i] < 16 {
					break
				}
				frac[i] = 0
			}
			if i < 0 {
				lead++
			}
		}
		nd = prec
	}
	digits := "0123456789abcdef"
	if upper {
		digits = "0123456789ABCDEF"
	}
	var scratch [160]byte
	body := scratch[:0]
	body = append(body, digits[lead])
	if prec > 0 || sp.Hash {
		body = append(body, '.')
	}
	for i := 0; i < prec; i++ {
		if i < nd {
			body = append(body, digits[frac[i]])
		} else {
			body = append(body, '0')
		}
	}
	if upper {
		body = append(body, 'P')
	} else {
		body = append(body, 'p')
	}
	if exp >= 0 {
		body = append(body, '+')
	}
	body = strconv.AppendInt(body, int64(exp), 10)
	prefix := "0x"
	if upper {
		prefix = "0X"
	}
	switch s := signPrefix(sp, neg); s {
	case "-":
		prefix = "-" + prefix
	case "+":
		prefix = "+" + prefix
	case " ":
		prefix = " " + prefix
	}
	return pad(b, sp, prefix, body, true)
}
