package stdlib

import (
	"wippylua/stdlib/lstrings"
	"wippylua/vm"
)

// The string library (Lua 5.3 manual §6.4). The functions live in
// string_*.go by theme; the algorithms that need no VM (patterns, format
// conversions, pack layouts) are in package lstrings.

var stringFuncs = map[string]func(t *vm.Thread) int{
	"byte":     strByte,
	"char":     strChar,
	"dump":     strDump,
	"find":     strFind,
	"format":   strFormat,
	"gmatch":   strGmatch,
	"gsub":     strGsub,
	"len":      strLen,
	"lower":    strLower,
	"match":    strMatch,
	"rep":      strRep,
	"reverse":  strReverse,
	"sub":      strSub,
	"upper":    strUpper,
	"pack":     strPack,
	"packsize": strPacksize,
	"unpack":   strUnpack,
}

// strMaxSize is the largest string the library builds on request
// (string.rep, string.pack): lua5.3's MAXSIZE, so that the same calls fail
// with the same "too large" messages instead of exhausting memory.
const strMaxSize = lstrings.MaxSize

// openString installs the string library.
func openString(s *vm.State, loaded *vm.Table, p Profile) {
	lib := register(s, loaded, "string", stringFuncs)
	// Like lua5.3, strings share a metatable whose only field is __index,
	// which makes s:upper() and friends work.
	mt := vm.NewTable(0, 1)
	mt.SetStr("__index", vm.TableValue(lib))
	s.SetTypeMetatable(vm.KindString, mt)
}

// strPosrelat converts a possibly negative string position to a position
// counted from the start (0 means before the string).
func strPosrelat(pos int64, n int) int64 {
	switch {
	case pos >= 0:
		return pos
	case 0-uint64(pos) > uint64(n): // -pos would overflow for mininteger
		return 0
	}
	return int64(n) + pos + 1
}
