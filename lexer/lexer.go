package lexer

import (
	"math"
	"strconv"
	"strings"
)

// Lexer produces the tokens of one chunk. It is not safe for concurrent use.
type Lexer struct {
	src       string // the whole chunk; token text is sliced out of it
	pos       int    // offset of the next unread byte
	line      int    // current line, like lua5.3's ls->linenumber
	lineStart int    // offset of the first byte of the current line
	chunkname string
	buf       []byte // scratch space for decoding strings, reused
	err       *Error // sticky: once set, Next returns it forever
	errTok    Token  // the token returned with err
	tokPos    Pos    // where the token or comment being read starts
}

// maxLines mirrors lua5.3's MAX_INT limit on line numbers. It is a variable
// only so that tests can lower it.
var maxLines = math.MaxInt32

// New returns a lexer over src. chunkname is the Lua chunk name ("@file.lua",
// "=stdin", or source text for strings) used in error messages.
func New(src []byte, chunkname string) *Lexer {
	// One copy up front lets every token's text be a substring, and protects
	// the tokens from later changes to the caller's slice.
	return NewString(string(src), chunkname)
}

// NewString is New for source that is already a string; it does not copy.
func NewString(src, chunkname string) *Lexer {
	return &Lexer{src: src, line: 1, chunkname: chunkname}
}

// Line returns the lexer's current line: after Next it is the line on which
// the returned token ends. This is lua5.3's ls->linenumber, which the
// reference parser uses for syntax error messages and line information.
func (l *Lexer) Line() int { return l.line }

// Next returns the next token; at end of input it returns Kind EOF forever.
// On a lexical error it returns a *Error (and keeps returning it); the token
// returned with the error has Kind EOF, the position where the offending
// token starts and the source text consumed so far as Raw.
func (l *Lexer) Next() (tok Token, err error) {
	// The scanners fill in tok through a pointer: Token is nine words, and
	// copying it between functions would cost more than scanning it.
	if l.err == nil {
		l.skipSpace()
	}
	if l.err != nil {
		return l.errTok, l.err
	}
	start := l.pos
	l.tokPos = l.posOf(start)
	tok.Pos = l.tokPos
	if start >= len(l.src) {
		return tok, nil // Kind EOF
	}
	l.scan(start, &tok)
	if l.err != nil {
		// Either scan failed or a line-count overflow happened inside the
		// token; lua5.3 raises the first error it meets.
		return l.errTok, l.err
	}
	return tok, nil
}

// posOf returns the position of offset i, which must be on the current line.
func (l *Lexer) posOf(i int) Pos {
	return Pos{Line: l.line, Column: i - l.lineStart + 1}
}

// fail records a lexical error at the current line, found while reading the
// token that starts at offset start, after consuming the bytes up to end
// (which becomes l.pos). The first error wins.
func (l *Lexer) fail(start, end int, msg, near string) {
	end = min(end, len(l.src))
	l.pos = end
	if l.err == nil {
		l.err = &Error{Chunk: ShortSource(l.chunkname), Line: l.line, Msg: msg, Near: near}
		l.errTok = Token{Kind: EOF, Pos: l.tokPos, Raw: l.src[start:max(start, end)]}
	}
}

// newline consumes the line break at offset i (\n, \r, \r\n or \n\r) and
// returns the offset after it.
func (l *Lexer) newline(i int) int {
	c := l.src[i]
	i++
	if i < len(l.src) {
		if d := l.src[i]; (d == '\n' || d == '\r') && d != c {
			i++
		}
	}
	l.line++
	l.lineStart = i
	if l.line >= maxLines {
		l.fail(i, i, "chunk has too many lines", "")
	}
	return i
}

// skipSpace skips whitespace and comments, leaving l.pos at the next token.
func (l *Lexer) skipSpace() {
	src := l.src
	i := l.pos
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\f', '\v':
			i++
		case '\n', '\r':
			if i = l.newline(i); l.err != nil {
				return
			}
		case '-':
			if i+1 >= len(src) || src[i+1] != '-' {
				l.pos = i
				return
			}
			l.tokPos = l.posOf(i)
			i = l.comment(i + 2)
			if l.err != nil {
				return
			}
		default:
			l.pos = i
			return
		}
	}
	l.pos = i
}

// comment skips a comment whose body starts at offset i (just after "--")
// and returns the offset after it.
func (l *Lexer) comment(i int) int {
	src := l.src
	if i < len(src) && src[i] == '[' {
		if level, ok := longBracket(src, i); ok {
			_, end := l.longString(i-2, i, level, "comment")
			return end
		}
		// "--[" or "--[==" without a second bracket is a line comment.
	}
	rest := src[i:]
	end := strings.IndexByte(rest, '\n')
	if end < 0 {
		end = len(rest)
	}
	if cr := strings.IndexByte(rest[:end], '\r'); cr >= 0 {
		end = cr
	}
	return i + end
}

// scan reads the token starting at offset start, which is not whitespace,
// into t, whose position the caller has set.
func (l *Lexer) scan(start int, t *Token) {
	src := l.src
	c := src[start]
	if class[c]&isAlpha != 0 {
		l.name(start, t)
		return
	}
	k, n := Kind(0), 1 // kind and length of fixed tokens
	next := byte(0)
	if start+1 < len(src) {
		next = src[start+1]
	}
	switch c {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		l.number(start, start, t)
		return
	case '"', '\'':
		l.shortString(start, t)
		return
	case '[':
		level, ok := longBracket(src, start)
		if ok {
			l.longStringToken(start, level, t)
			return
		}
		if level > 0 {
			// lua5.3 has consumed "[=..." by now and shows it.
			l.fail(start, start+1+level, "invalid long string delimiter",
				"'"+src[start:start+1+level]+"'")
			return
		}
		k = LBracket
	case '.':
		switch {
		case next == '.' && start+2 < len(src) && src[start+2] == '.':
			k, n = Ellipsis, 3
		case next == '.':
			k, n = Concat, 2
		case class[next]&isDigit != 0:
			l.number(start, start+1, t)
			return
		default:
			k = Dot
		}
	case '+':
		k = Plus
	case '-':
		k, n = pick(next == '>', Arrow, Minus)
	case '*':
		k = Star
	case '/':
		k, n = pick(next == '/', DoubleSlash, Slash)
	case '%':
		k = Percent
	case '^':
		k = Caret
	case '#':
		k = Hash
	case '&':
		k = Amp
	case '~':
		k, n = pick(next == '=', Ne, Tilde)
	case '|':
		k = Pipe
	case '<':
		switch next {
		case '=':
			k, n = Le, 2
		case '<':
			k, n = Shl, 2
		default:
			k = Lt
		}
	case '>':
		switch next {
		case '=':
			k, n = Ge, 2
		case '>':
			k, n = Shr, 2
		default:
			k = Gt
		}
	case '=':
		k, n = pick(next == '=', Eq, Assign)
	case '(':
		k = LParen
	case ')':
		k = RParen
	case '{':
		k = LBrace
	case '}':
		k = RBrace
	case ']':
		k = RBracket
	case ':':
		k, n = pick(next == ':', DoubleColon, Colon)
	case ';':
		k = Semicolon
	case ',':
		k = Comma
	case '?':
		k = Question
	case '!':
		k = Bang
	case '@':
		k = At
	default:
		// lua5.3's lexer returns the byte as a token of its own and the
		// parser rejects it; nothing can follow, so report it here.
		l.fail(start, start+1, "unexpected symbol", charNear(c))
		return
	}
	l.pos = start + n
	t.Kind, t.Raw = k, src[start:start+n]
}

// pick selects between a two-byte token and its one-byte prefix.
func pick(two bool, long, short Kind) (Kind, int) {
	if two {
		return long, 2
	}
	return short, 1
}

// charNear formats a stray byte the way lua5.3's luaX_token2str does. lua5.3
// omits the "near" part entirely for a NUL byte, whose token code is 0.
func charNear(c byte) string {
	switch {
	case c == 0:
		return ""
	case c >= 0x20 && c < 0x7f:
		return "'" + string(rune(c)) + "'"
	default:
		return "'<\\" + strconv.Itoa(int(c)) + ">'"
	}
}

// name reads a name or reserved word.
func (l *Lexer) name(start int, t *Token) {
	src := l.src
	i := start + 1
	for i < len(src) && class[src[i]]&isAlnum != 0 {
		i++
	}
	l.pos = i
	s := src[start:i]
	t.Kind, t.Raw = keyword(s), s
	if t.Kind == Name {
		t.Str = s
	}
}

// keyword returns the kind of reserved word s, or Name. A switch lets the
// compiler dispatch on length before comparing bytes, which is cheaper than
// hashing every identifier for a map lookup.
func keyword(s string) Kind {
	if len(s) < 2 || len(s) > 8 {
		return Name
	}
	switch s {
	case "and":
		return And
	case "break":
		return Break
	case "do":
		return Do
	case "else":
		return Else
	case "elseif":
		return Elseif
	case "end":
		return End
	case "false":
		return False
	case "for":
		return For
	case "function":
		return Function
	case "goto":
		return Goto
	case "if":
		return If
	case "in":
		return In
	case "local":
		return Local
	case "nil":
		return Nil
	case "not":
		return Not
	case "or":
		return Or
	case "repeat":
		return Repeat
	case "return":
		return Return
	case "then":
		return Then
	case "true":
		return True
	case "until":
		return Until
	case "while":
		return While
	}
	return Name
}

// Character classes, ASCII only: lua5.3 in the C locale treats bytes >= 0x80
// as neither letters nor digits.
const (
	isAlpha  = 1 << iota // letter or '_'
	isDigit              // 0-9
	isXDigit             // 0-9 a-f A-F
	isAlnum              // isAlpha or isDigit
)

var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
			t[c] |= isAlpha | isAlnum
		case c >= '0' && c <= '9':
			t[c] |= isDigit | isAlnum | isXDigit
		}
		if c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			t[c] |= isXDigit
		}
	}
	return t
}()

func hexValue(c byte) int {
	switch {
	case c <= '9':
		return int(c - '0')
	case c >= 'a':
		return int(c-'a') + 10
	default:
		return int(c-'A') + 10
	}
}

// ---- numerals ----

// number reads a numeral. start is the token's first byte, first the offset
// of its first digit (they differ for ".5").
func (l *Lexer) number(start, first int, t *Token) {
	src := l.src
	i := first + 1
	exp1, exp2 := byte('e'), byte('E')
	if src[first] == '0' && i < len(src) && (src[i] == 'x' || src[i] == 'X') {
		i++
		exp1, exp2 = 'p', 'P'
	}
	// Like lua5.3, take the longest run of hex digits, dots and exponents
	// (with their sign) and validate afterwards, so that "1..2" or "3e" are
	// reported whole. Each round takes an optional exponent marker and then
	// at most one digit or dot, exactly as llex.c does.
	for i < len(src) {
		c := src[i]
		if c == exp1 || c == exp2 {
			i++
			if i < len(src) && (src[i] == '+' || src[i] == '-') {
				i++
			}
			if i >= len(src) {
				break
			}
			c = src[i]
		}
		if class[c]&isXDigit == 0 && c != '.' {
			break
		}
		i++
	}
	l.pos = i
	text := src[start:i]
	if v, ok := parseInt(text); ok {
		t.Kind, t.Raw, t.Int = Int, text, v
		return
	}
	if v, ok := parseFloat(text); ok {
		t.Kind, t.Raw, t.Float = Float, text, v
		return
	}
	l.fail(start, i, "malformed number", "'"+text+"'")
}

// parseInt converts an integer numeral the way lua5.3's l_str2int does:
// hexadecimal wraps around modulo 2^64, decimal fails on overflow so that
// the caller falls back to a float.
func parseInt(s string) (int64, bool) {
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		var u uint64
		for i := 2; i < len(s); i++ {
			if class[s[i]]&isXDigit == 0 {
				return 0, false
			}
			u = u<<4 | uint64(hexValue(s[i]))
		}
		return int64(u), true
	}
	var u uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if class[c]&isDigit == 0 {
			return 0, false
		}
		d := uint64(c - '0')
		if u > (math.MaxInt64-d)/10 {
			return 0, false
		}
		u = u*10 + d
	}
	return int64(u), len(s) > 0
}

// parseFloat converts a float numeral. The syntax is checked here, with
// strtod's rules (what lua5.3 uses), because strconv.ParseFloat accepts a
// different language (underscores, "inf") and needs a 'p' in hex floats.
func parseFloat(s string) (float64, bool) {
	hex := len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
	if !validFloat(s, hex) {
		return 0, false
	}
	if hex && strings.IndexAny(s, "pP") < 0 {
		s += "p0"
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && err.(*strconv.NumError).Err != strconv.ErrRange {
		return 0, false
	}
	// Out of range values are ±Inf or 0, as strtod returns them.
	return v, true
}

// validFloat reports whether s is digits[.digits][exponent] with at least
// one mantissa digit; hex numerals have hex digits after "0x" and a 'p'
// exponent, whose digits are decimal.
func validFloat(s string, hex bool) bool {
	i, digits := 0, 0
	mant, exp := uint8(isDigit), byte('e')
	if hex {
		i, mant, exp = 2, isXDigit, 'p'
	}
	for i < len(s) && class[s[i]]&mant != 0 {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && class[s[i]]&mant != 0 {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && s[i]|0x20 == exp {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || class[s[i]]&isDigit == 0 {
			return false
		}
		for i < len(s) && class[s[i]]&isDigit != 0 {
			i++
		}
	}
	return i == len(s)
}

// ---- strings ----

// shortStop marks the bytes that end the fast scan of a quoted string.
var shortStop = func() (t [256]bool) {
	for _, c := range "\"'\\\n\r" {
		t[c] = true
	}
	return t
}()

// shortString reads a quoted string. Strings without escapes are sliced from
// the source; others are decoded into l.buf.
func (l *Lexer) shortString(start int, t *Token) {
	src := l.src
	q := src[start]
	i := start + 1
	for i < len(src) {
		c := src[i]
		if !shortStop[c] || (c != q && (c == '"' || c == '\'')) {
			i++
			continue
		}
		if c == q {
			l.pos = i + 1
			t.Kind, t.Raw, t.Str = String, src[start:i+1], src[start+1:i]
			return
		}
		break
	}
	l.shortStringSlow(start, i, append(l.buf[:0], src[start+1:i]...), t)
}

// shortStringSlow continues decoding a quoted string at offset i, with the
// bytes decoded so far in buf.
func (l *Lexer) shortStringSlow(start, i int, buf []byte, t *Token) {
	src := l.src
	q := src[start]
	for {
		if i >= len(src) {
			l.buf = buf
			l.fail(start, i, "unfinished string", "<eof>")
			return
		}
		switch c := src[i]; {
		case c == q:
			l.buf = buf
			l.pos = i + 1
			t.Kind, t.Raw, t.Str = String, src[start:i+1], string(buf)
			return
		case c == '\n' || c == '\r':
			l.buf = buf
			l.fail(start, i, "unfinished string", quoteNear(string(q), buf, ""))
			return
		case c == '\\':
			var ok bool
			if i, buf, ok = l.escape(start, i, buf); !ok {
				l.buf = buf
				return
			}
		default:
			j := i + 1
			for j < len(src) && !shortStop[src[j]] {
				j++
			}
			buf = append(buf, src[i:j]...)
			i = j
		}
	}
}

// quoteNear builds the near-part lua5.3 shows for string errors: its buffer
// holds the opening quote, the bytes decoded so far and the raw text of the
// escape being read. It is printed with %s, so it stops at a NUL byte.
func quoteNear(quote string, decoded []byte, raw string) string {
	s := quote + string(decoded) + raw
	if z := strings.IndexByte(s, 0); z >= 0 {
		s = s[:z]
	}
	return "'" + s + "'"
}

// simpleEscapes maps the escape letters that stand for one byte.
var simpleEscapes = [256]byte{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
	'v': '\v', '\\': '\\', '"': '"', '\'': '\'',
}

// escape decodes the escape sequence whose backslash is at offset bs,
// appending to buf. It returns the offset after the sequence, or ok=false
// after recording an error.
func (l *Lexer) escape(start, bs int, buf []byte) (int, []byte, bool) {
	src := l.src
	i := bs + 1
	if i >= len(src) {
		return i, buf, true // the caller reports the unfinished string
	}
	c := src[i]
	if b := simpleEscapes[c]; b != 0 {
		return i + 1, append(buf, b), true
	}
	switch {
	case c == '\n' || c == '\r':
		return l.newline(i), append(buf, '\n'), l.err == nil
	case c == 'z':
		return l.skipZ(i + 1), buf, l.err == nil
	case c == 'x':
		for j := i + 1; j <= i+2; j++ {
			if j >= len(src) || class[src[j]]&isXDigit == 0 {
				return l.escapeError(start, bs, j, buf, "hexadecimal digit expected")
			}
		}
		return i + 3, append(buf, byte(hexValue(src[i+1])<<4|hexValue(src[i+2]))), true
	case c == 'u':
		return l.utf8Escape(start, bs, buf)
	case class[c]&isDigit != 0:
		v, j := 0, i
		for j < i+3 && j < len(src) && class[src[j]]&isDigit != 0 {
			v = v*10 + int(src[j]-'0')
			j++
		}
		if v > 255 {
			return l.escapeError(start, bs, j, buf, "decimal escape too large")
		}
		return j, append(buf, byte(v)), true
	default:
		return l.escapeError(start, bs, i, buf, "invalid escape sequence")
	}
}

// escapeError reports an error in the escape starting at bs, detected at
// offset bad. Like lua5.3, the message shows the escape up to and including
// the offending byte (if there is one).
func (l *Lexer) escapeError(start, bs, bad int, buf []byte, msg string) (int, []byte, bool) {
	end := min(bad+1, len(l.src))
	l.fail(start, end, msg, quoteNear(l.src[start:start+1], buf, l.src[bs:end]))
	return end, buf, false
}

// skipZ skips the whitespace after "\z", counting lines.
func (l *Lexer) skipZ(i int) int {
	src := l.src
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\f', '\v':
			i++
		case '\n', '\r':
			i = l.newline(i)
		default:
			return i
		}
	}
	return i
}

// utf8Escape decodes "\u{XXX}" whose backslash is at offset bs. lua5.3
// accepts code points up to 10FFFF, surrogates included.
func (l *Lexer) utf8Escape(start, bs int, buf []byte) (int, []byte, bool) {
	src := l.src
	j := bs + 2
	if j >= len(src) || src[j] != '{' {
		return l.escapeError(start, bs, j, buf, "missing '{'")
	}
	j++
	if j >= len(src) || class[src[j]]&isXDigit == 0 {
		return l.escapeError(start, bs, j, buf, "hexadecimal digit expected")
	}
	r := 0
	for ; j < len(src) && class[src[j]]&isXDigit != 0; j++ {
		r = r<<4 | hexValue(src[j])
		if r > 0x10FFFF {
			return l.escapeError(start, bs, j, buf, "UTF-8 value too large")
		}
	}
	if j >= len(src) || src[j] != '}' {
		return l.escapeError(start, bs, j, buf, "missing '}'")
	}
	return j + 1, appendUTF8(buf, r), true
}

// appendUTF8 encodes r in UTF-8 without rejecting surrogates, as lua5.3
// does (unicode/utf8 would substitute U+FFFD).
func appendUTF8(buf []byte, r int) []byte {
	switch {
	case r < 0x80:
		return append(buf, byte(r))
	case r < 0x800:
		return append(buf, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	case r < 0x10000:
		return append(buf, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	default:
		return append(buf, byte(0xF0|r>>18), byte(0x80|r>>12&0x3F),
			byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	}
}

// longBracket examines the bracket at offset i ('[' or ']') followed by
// '='s. It returns the number of '='s and whether the same bracket follows.
func longBracket(src string, i int) (level int, ok bool) {
	b := src[i]
	j := i + 1
	for j < len(src) && src[j] == '=' {
		j++
	}
	return j - i - 1, j < len(src) && src[j] == b
}

// longStringToken reads a long string whose opening bracket is at start.
func (l *Lexer) longStringToken(start, level int, t *Token) {
	s, end := l.longString(start, start, level, "string")
	t.Kind, t.Raw, t.Str = String, l.src[start:end], s
}

// longStop marks the bytes that end the fast scan of a long bracket.
var longStop = [256]bool{']': true, '\n': true, '\r': true}

// longString reads a long string or comment whose opening bracket is at
// offset open (the token starts at start). It returns the contents, with
// a leading line break dropped and every line break turned into "\n", and
// the offset after the closing bracket. what ("string" or "comment") is
// used in the error message.
func (l *Lexer) longString(start, open, level int, what string) (string, int) {
	src := l.src
	firstLine := l.line
	i := open + level + 2
	if i < len(src) && (src[i] == '\n' || src[i] == '\r') {
		i = l.newline(i)
	}
	from := i
	plain := true // only "\n" line breaks, so the contents can be sliced
	for {
		for i < len(src) && !longStop[src[i]] {
			i++
		}
		if i >= len(src) || l.err != nil {
			l.fail(start, i, "unfinished long "+what+" (starting at line "+
				strconv.Itoa(firstLine)+")", "<eof>")
			return "", i
		}
		if src[i] != ']' {
			if src[i] == '\r' || i+1 < len(src) && src[i+1] == '\r' {
				plain = false
			}
			i = l.newline(i)
			continue
		}
		n, ok := longBracket(src, i)
		if ok && n == level {
			end := i + level + 2
			l.pos = end
			if what == "comment" {
				return "", end
			}
			if plain {
				return src[from:i], end
			}
			l.buf = normalizeNewlines(l.buf[:0], src[from:i])
			return string(l.buf), end
		}
		// Not our closing bracket: the '='s are contents and the byte
		// after them may start the real one.
		i += 1 + n
	}
}

// normalizeNewlines appends s to buf with each line break (\n, \r, \r\n,
// \n\r) replaced by a single "\n".
func normalizeNewlines(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\n' && c != '\r' {
			buf = append(buf, c)
			continue
		}
		buf = append(buf, '\n')
		if i+1 < len(s) && (s[i+1] == '\n' || s[i+1] == '\r') && s[i+1] != c {
			i++
		}
	}
	return buf
}

// ---- errors ----

// Error is a lexical or syntax error formatted like lua5.3:
// "chunk:line: msg near 'tok'".
type Error struct {
	Chunk string // short source, see ShortSource
	Line  int
	Msg   string
	Near  string // already formatted near-part, e.g. "'x'" or "<eof>", or "" for none
}

// Error returns "short_src:line: msg near TOKEN", or the message without
// " near ..." when Near is empty.
func (e *Error) Error() string {
	s := e.Chunk + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
	if e.Near != "" {
		s += " near " + e.Near
	}
	return s
}

// NearText returns what lua5.3 prints after "near" for token t. Names and
// numerals are quoted source text. Strings are shown as lua5.3's buffer
// holds them: delimiters around the decoded contents, cut at the first NUL
// byte because lua5.3 formats them with %s. EOF is <eof>, unquoted; every
// other token is its spelling in quotes.
func NearText(t Token) string {
	switch t.Kind {
	case EOF:
		return "<eof>"
	case Name, Int, Float:
		if t.Raw == "" {
			return "'" + t.Str + "'"
		}
		return "'" + t.Raw + "'"
	case String:
		open, close := stringDelimiters(t.Raw)
		return quoteNear(open, []byte(t.Str), close)
	}
	return "'" + t.Kind.String() + "'"
}

// stringDelimiters returns the opening and closing delimiters of the string
// literal raw ("\"" and "\"", or "[==[" and "]==]").
func stringDelimiters(raw string) (string, string) {
	if raw == "" {
		return `"`, `"`
	}
	if raw[0] != '[' {
		return raw[:1], raw[:1]
	}
	level, _ := longBracket(raw, 0)
	n := level + 2
	if n > len(raw) {
		return raw, ""
	}
	return raw[:n], raw[len(raw)-n:]
}

// idSize is lua5.3's LUA_IDSIZE: the buffer size for short_src, including
// its terminating NUL.
const idSize = 60

// ShortSource converts a chunk name to lua5.3's short_src, as luaO_chunkid
// does: "@file.lua" -> "file.lua" (long names keep their end, prefixed with
// "..."), "=stdin" -> "stdin" (long ones are cut), and anything else is
// source text shown as [string "first line..."].
func ShortSource(chunkname string) string {
	// The C code sees a NUL-terminated string.
	if z := strings.IndexByte(chunkname, 0); z >= 0 {
		chunkname = chunkname[:z]
	}
	const dots = "..."
	n := len(chunkname)
	switch {
	case n > 0 && chunkname[0] == '=':
		if n <= idSize {
			return chunkname[1:]
		}
		return chunkname[1:idSize]
	case n > 0 && chunkname[0] == '@':
		if n <= idSize {
			return chunkname[1:]
		}
		return dots + chunkname[n-(idSize-len(dots)-1):]
	}
	const pre, post = `[string "`, `"]`
	room := idSize - len(pre) - len(dots) - len(post) - 1
	nl := strings.IndexByte(chunkname, '\n')
	if nl < 0 && n < room {
		return pre + chunkname + post
	}
	if nl >= 0 {
		n = nl
	}
	n = min(n, room)
	return pre + chunkname[:n] + dots + post
}

// ---- files ----

var newlineOnly = []byte{'\n'}

// SkipShebang does what lua5.3's luaL_loadfile does before parsing a file:
// it drops a UTF-8 byte order mark and, if the first line starts with '#',
// blanks that line but keeps its newline so that line numbers stay right.
// It returns a subslice of src (or a one-byte newline when the '#' line
// has no newline, as lua5.3 also supplies one).
func SkipShebang(src []byte) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	if len(src) == 0 || src[0] != '#' {
		return src
	}
	for i, c := range src {
		if c == '\n' {
			return src[i:]
		}
	}
	return newlineOnly
}
