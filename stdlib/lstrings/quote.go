package lstrings

import "strconv"

// AppendQuoted writes s as a Lua string literal the way lua5.3's "%q"
// does: '"', '\\' and newline are escaped with a backslash (the newline
// stays a real newline), other control characters become decimal escapes,
// padded to three digits only when a digit follows, and every other byte,
// including bytes >= 0x80, is copied unchanged.
func AppendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '"' && c != '\\' && c != '\n' && !IsCntrl(c) {
			continue
		}
		b = append(b, s[start:i]...)
		start = i + 1
		switch {
		case c == '"' || c == '\\' || c == '\n':
			b = append(b, '\\', c)
		case i+1 < len(s) && IsDigit(s[i+1]):
			b = append(b, '\\', '0'+c/100, '0'+c/10%10, '0'+c%10)
		default:
			b = append(b, '\\')
			b = strconv.AppendInt(b, int64(c), 10)
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
