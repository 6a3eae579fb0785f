package lstrings

// Character classes of the C locale, which is what lua5.3 runs in: only
// ASCII letters are letters, and bytes >= 0x80 belong to no class at all.

const (
	clAlpha uint16 = 1 << iota
	clCntrl
	clDigit
	clGraph
	clLower
	clPunct
	clSpace
	clUpper
	clXdigit
	clZero  // only the byte 0 (%z)
	clAlnum = clAlpha | clDigit
)

var ctype = func() (t [256]uint16) {
	for c := 0; c < 256; c++ {
		var m uint16
		switch {
		case c >= 'a' && c <= 'z':
			m |= clAlpha | clLower
		case c >= 'A' && c <= 'Z':
			m |= clAlpha | clUpper
		case c >= '0' && c <= '9':
			m |= clDigit
		}
		if c < 32 || c == 127 {
			m |= clCntrl
		}
		if c > 32 && c < 127 {
			m |= clGraph
			if m&(clAlpha|clDigit) == 0 {
				m |= clPunct
			}
		}
		if c == ' ' || (c >= '\t' && c <= '\r') {
			m |= clSpace
		}
		if (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') {
			m |= clXdigit
		}
		if c == 0 {
			m |= clZero
		}
		t[c] = m
	}
	return
}()

// classes maps the letter after a '%' to the ctype bits of its class,
// with classNegate set for the upper-case letters (the complements); 0
// means the byte is not a class letter and stands for itself.
var classes = func() (t [256]uint32) {
	for cl, bits := range map[byte]uint16{
		'a': clAlpha, 'c': clCntrl, 'd': clDigit, 'g': clGraph, 'l': clLower, 'p': clPunct,
		's': clSpace, 'u': clUpper, 'w': clAlnum, 'x': clXdigit, 'z': clZero,
	} {
		t[cl] = uint32(bits)
		t[ToUpper(cl)] = uint32(bits) | classNegate
	}
	return
}()

const classNegate = 1 << 16

// IsDigit reports whether c is an ASCII decimal digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsPrint reports whether c is printable in the C locale.
func IsPrint(c byte) bool { return c >= 32 && c < 127 }

// IsCntrl reports whether c is a control character in the C locale.
func IsCntrl(c byte) bool { return ctype[c]&clCntrl != 0 }

// ToLower and ToUpper convert ASCII letters and leave every other byte
// alone, like tolower/toupper in the C locale.
func ToLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// ToUpper is ToLower's counterpart.
func ToUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// matchClass reports whether byte c belongs to the class named by cl (the
// letter after '%'): lower-case letters name a class, upper-case ones its
// complement, and any other byte stands for itself. 'z' (the byte 0) is
// deprecated but still accepted by lua5.3.
func matchClass(c, cl byte) bool {
	e := classes[cl]
	if e == 0 {
		return cl == c
	}
	return (uint32(ctype[c])&e != 0) != (e&classNegate != 0)
}

// CharRepr renders a byte the way lua_pushfstring's %c does in error
// messages: printable bytes as themselves, others as "<\N>".
func CharRepr(c byte) string {
	if IsPrint(c) {
		return string(rune(c))
	}
	return "<\\" + itoa(int(c)) + ">"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
