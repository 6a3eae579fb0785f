package lstrings

import "strings"

// Lua 5.3 patterns (manual §6.4.1), matched by a backtracking interpreter
// that works directly on the pattern text. The structure mirrors lua5.3's
// lstrlib.c on purpose: errors such as "malformed pattern" are raised only
// when the matcher reaches the faulty part of the pattern, "pattern too
// complex" is raised at the same nesting depth, and empty matches, anchors
// and captures behave identically. Nothing is compiled, so a Matcher can be
// reused across calls without allocating.

// MaxCaptures is the maximum number of captures in one pattern
// (LUA_MAXCAPTURES).
const MaxCaptures = 32

// maxMatchDepth bounds the matcher's recursion (MAXCCALLS in lstrlib.c);
// deeper patterns fail with "pattern too complex". It also keeps the Go
// stack small no matter what the pattern is.
const maxMatchDepth = 200

// Special values of Capture.Len.
const (
	CapUnfinished = -1 // the capture's ')' has not been reached
	CapPosition   = -2 // a position capture "()"
)

// Capture is one capture of the last successful match: Init is its start
// offset in the subject and Len its length, or one of CapUnfinished and
// CapPosition.
type Capture struct {
	Init, Len int
}

// Error is a pattern error; its text is lua5.3's message.
type Error string

func (e Error) Error() string { return string(e) }

// Matcher matches one pattern against one subject. The zero value is ready
// for Reset.
type Matcher struct {
	src   string
	pat   string
	level int // number of captures opened so far
	depth int // recursion levels left
	caps  [MaxCaptures]Capture

	// When every match must start with one character of a known class
	// (the pattern starts with a single-character class that is not
	// optional), Find skips positions where that class does not match
	// without entering the matcher: such positions fail on the first item,
	// before anything that could raise an error is reached, so the
	// outcome is the same. firstEnd is the end of that class in pat (0 when
	// there is none); first is set when the class is one literal byte.
	firstEnd int
	first    byte
	literal  bool

	// MaxSteps, when positive, bounds the number of matching steps of one
	// Find call; beyond it Find fails with "pattern too complex". Lua has no
	// such limit (a pathological pattern can run for ages): it exists for
	// callers that need bounded time, such as fuzzing.
	MaxSteps int
	steps    int
}

// Reset prepares m to match pat (without a leading '^' anchor, which the
// caller handles) against src.
func (m *Matcher) Reset(src, pat string) {
	m.src, m.pat = src, pat
	m.level = 0
	m.firstEnd, m.literal = 0, false
	if ep := m.firstClassEnd(); ep > 0 {
		switch m.patAt(ep) {
		case '*', '?', '-': // may match the empty string
		default:
			m.firstEnd = ep
			if ep == 1 {
				m.first, m.literal = pat[0], true
			}
		}
	}
}

// firstClassEnd returns the end of the single-character class the pattern
// starts with, or 0 when it starts with something else (a capture, an
// anchor, %b, %f, a back-reference) or with a malformed class, whose error
// must be left for the matcher to raise.
func (m *Matcher) firstClassEnd() int {
	pat := m.pat
	if len(pat) == 0 {
		return 0
	}
	switch pat[0] {
	case '(', ')', '.':
		return 0
	case '$':
		if len(pat) == 1 {
			return 0
		}
	case '%':
		if len(pat) < 2 || pat[1] == 'b' || pat[1] == 'f' || IsDigit(pat[1]) {
			return 0
		}
		return 2
	case '[':
		p := 1
		if m.patAt(p) == '^' {
			p++
		}
		for {
			if p >= len(pat) {
				return 0
			}
			c := pat[p]
			p++
			if c == '%' && p < len(pat) {
				p++
			}
			if m.patAt(p) == ']' {
				return p + 1
			}
		}
	}
	return 1
}

// Level returns the number of captures of the last match.
func (m *Matcher) Level() int { return m.level }

// Capture returns capture i (0-based) of the last match.
func (m *Matcher) Capture(i int) Capture { return m.caps[i] }

// Src returns the subject.
func (m *Matcher) Src() string { return m.src }

// Find looks for the first position in [init, len(src)] (only init when
// anchored) where the pattern matches, and returns the match's bounds. A
// match that would be empty and end at lastMatch is rejected, which is how
// gsub and gmatch avoid matching the same empty string twice; pass -1 when
// that does not apply. start is -1 when there is no match.
func (m *Matcher) Find(init int, anchor bool, lastMatch int) (start, end int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(Error)
			if !ok {
				panic(r)
			}
			start, end, err = -1, -1, e
		}
	}()
	m.steps = 0
	for s := init; s <= len(m.src); s++ {
		if m.firstEnd > 0 && !anchor {
			if m.literal {
				i := strings.IndexByte(m.src[s:], m.first)
				if i < 0 {
					break
				}
				s += i
			} else {
				for s < len(m.src) && !m.singleMatch(s, 0, m.firstEnd) {
					s++
				}
				if s == len(m.src) {
					break // the class cannot match at the end
				}
			}
		}
		m.level = 0
		m.depth = maxMatchDepth
		if e := m.match(s, 0); e >= 0 && e != lastMatch {
			return s, e, nil
		}
		if anchor {
			break
		}
	}
	return -1, -1, nil
}

// patAt returns the pattern byte at i, or 0 past the end (C strings are
// NUL-terminated, and lstrlib.c relies on reading that terminator).
func (m *Matcher) patAt(i int) byte {
	if i < len(m.pat) {
		return m.pat[i]
	}
	return 0
}

// srcAt is patAt for the subject.
func (m *Matcher) srcAt(i int) byte {
	if i < len(m.src) {
		return m.src[i]
	}
	return 0
}

// match returns the end of a match of pat[p:] at src[s:], or -1.
func (m *Matcher) match(s, p int) int {
	m.depth--
	if m.depth < 0 {
		panic(Error("pattern too complex"))
	}
	if m.MaxSteps > 0 {
		m.steps++
		if m.steps > m.MaxSteps {
			panic(Error("pattern too complex"))
		}
	}
	s = m.doMatch(s, p)
	m.depth++
	return s
}

// doMatch is match's body. Items that need no backtracking loop here
// instead of recursing (lstrlib.c's "goto init").
func (m *Matcher) doMatch(s, p int) int {
	pat := m.pat
	for p < len(pat) {
		switch pat[p] {
		case '(':
			if m.patAt(p+1) == ')' {
				return m.startCapture(s, p+2, CapPosition)
			}
			return m.startCapture(s, p+1, CapUnfinished)
		case ')':
			return m.endCapture(s, p+1)
		case '$':
			if p+1 == len(pat) {
				if s == len(m.src) {
					return s
				}
				return -1
			}
		case '%':
			switch m.patAt(p + 1) {
			case 'b':
				s = m.matchBalance(s, p+2)
				if s < 0 {
					return -1
				}
				p += 4
				continue
			case 'f':
				p += 2
				if m.patAt(p) != '[' {
					panic(Error("missing '[' after '%f' in pattern"))
				}
				ep := m.classEnd(p)
				var prev byte
				if s > 0 {
					prev = m.src[s-1]
				}
				if !m.matchBracketClass(prev, p, ep-1) && m.matchBracketClass(m.srcAt(s), p, ep-1) {
					p = ep
					continue
				}
				return -1
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				s = m.matchCapture(s, pat[p+1])
				if s < 0 {
					return -1
				}
				p += 2
				continue
			}
		}
		// A single-character class with an optional repetition suffix.
		ep := m.classEnd(p)
		suffix := m.patAt(ep)
		if !m.singleMatch(s, p, ep) {
			if suffix == '*' || suffix == '?' || suffix == '-' {
				p = ep + 1 // accept the empty repetition
				continue
			}
			return -1
		}
		switch suffix {
		case '?':
			if res := m.match(s+1, ep+1); res >= 0 {
				return res
			}
			p = ep + 1
		case '+':
			return m.maxExpand(s+1, p, ep)
		case '*':
			return m.maxExpand(s, p, ep)
		case '-':
			return m.minExpand(s, p, ep)
		default:
			s++
			p = ep
		}
	}
	return s
}

// classEnd returns the index just past the single-character class at p.
func (m *Matcher) classEnd(p int) int {
	c := m.pat[p]
	p++
	switch c {
	case '%':
		if p >= len(m.pat) {
			panic(Error("malformed pattern (ends with '%')"))
		}
		return p + 1
	case '[':
		if m.patAt(p) == '^' {
			p++
		}
		for { // the first character is part of the set even if it is ']'
			if p >= len(m.pat) {
				panic(Error("malformed pattern (missing ']')"))
			}
			c := m.pat[p]
			p++
			if c == '%' && p < len(m.pat) {
				p++ // skip escapes such as "%]"
			}
			if m.patAt(p) == ']' {
				return p + 1
			}
		}
	}
	return p
}

// singleMatch reports whether src[s] matches the class pat[p:ep].
func (m *Matcher) singleMatch(s, p, ep int) bool {
	if s >= len(m.src) {
		return false
	}
	c := m.src[s]
	switch m.pat[p] {
	case '.':
		return true
	case '%':
		return matchClass(c, m.pat[p+1])
	case '[':
		return m.matchBracketClass(c, p, ep-1)
	}
	return m.pat[p] == c
}

// matchBracketClass reports whether c is in the set pat[p:ec+1], where p
// is the '[' and ec the closing ']'.
func (m *Matcher) matchBracketClass(c byte, p, ec int) bool {
	pat := m.pat
	sig := true
	if pat[p+1] == '^' {
		sig = false
		p++
	}
	for p++; p < ec; p++ {
		switch {
		case pat[p] == '%':
			p++
			if matchClass(c, pat[p]) {
				return sig
			}
		case pat[p+1] == '-' && p+2 < ec:
			p += 2
			if pat[p-2] <= c && c <= pat[p] {
				return sig
			}
		case pat[p] == c:
			return sig
		}
	}
	return !sig
}

// maxExpand matches as many repetitions of the class pat[p:ep] as
// possible, then gives them back one by one until the rest matches.
func (m *Matcher) maxExpand(s, p, ep int) int {
	// Count the repetitions; specialized per kind of class, as this loop
	// is where patterns like ".*" and "%w+" spend their time.
	src := m.src
	i := 0
	switch m.pat[p] {
	case '.':
		i = len(src) - s
	case '%':
		cl := m.pat[p+1]
		for s+i < len(src) && matchClass(src[s+i], cl) {
			i++
		}
	case '[':
		for s+i < len(src) && m.matchBracketClass(src[s+i], p, ep-1) {
			i++
		}
	default:
		c := m.pat[p]
		for s+i < len(src) && src[s+i] == c {
			i++
		}
	}
	if m.MaxSteps > 0 {
		m.steps += i // the scan is work too
	}
	for ; i >= 0; i-- {
		if res := m.match(s+i, ep+1); res >= 0 {
			return res
		}
	}
	return -1
}

// minExpand matches as few repetitions as possible.
func (m *Matcher) minExpand(s, p, ep int) int {
	for {
		if res := m.match(s, ep+1); res >= 0 {
			return res
		}
		if !m.singleMatch(s, p, ep) {
			return -1
		}
		s++
	}
}

func (m *Matcher) startCapture(s, p, what int) int {
	if m.level >= MaxCaptures {
		panic(Error("too many captures"))
	}
	m.caps[m.level] = Capture{s, what}
	m.level++
	res := m.match(s, p)
	if res < 0 {
		m.level-- // undo the capture
	}
	return res
}

func (m *Matcher) endCapture(s, p int) int {
	l := m.captureToClose()
	m.caps[l].Len = s - m.caps[l].Init
	res := m.match(s, p)
	if res < 0 {
		m.caps[l].Len = CapUnfinished
	}
	return res
}

func (m *Matcher) captureToClose() int {
	for l := m.level - 1; l >= 0; l-- {
		if m.caps[l].Len == CapUnfinished {
			return l
		}
	}
	panic(Error("invalid pattern capture"))
}

// matchBalance matches %bxy at s; p indexes x.
func (m *Matcher) matchBalance(s, p int) int {
	if p >= len(m.pat)-1 {
		panic(Error("malformed pattern (missing arguments to '%b')"))
	}
	if m.srcAt(s) != m.pat[p] || s >= len(m.src) {
		return -1
	}
	b, e := m.pat[p], m.pat[p+1]
	cont := 1
	for s++; s < len(m.src); s++ {
		switch m.src[s] {
		case e:
			cont--
			if cont == 0 {
				return s + 1
			}
		case b:
			cont++
		}
	}
	return -1
}

// matchCapture matches a back-reference %1-%9 at s.
func (m *Matcher) matchCapture(s int, digit byte) int {
	l := m.checkCapture(digit)
	c := m.caps[l]
	// A position capture has no text; lstrlib.c compares its negative
	// length as a huge unsigned size, which never fits.
	if c.Len < 0 || len(m.src)-s < c.Len {
		return -1
	}
	if m.src[c.Init:c.Init+c.Len] != m.src[s:s+c.Len] {
		return -1
	}
	return s + c.Len
}

func (m *Matcher) checkCapture(digit byte) int {
	l := int(digit) - '1'
	if l < 0 || l >= m.level || m.caps[l].Len == CapUnfinished {
		panic(Error("invalid capture index %" + itoa(l+1)))
	}
	return l
}

// HasSpecials reports whether pat contains any character that is special
// in a pattern; string.find does a plain search when it does not.
func HasSpecials(pat string) bool {
	return strings.ContainsAny(pat, "^$*+?.([%-")
}
