package stdlib

import (
	"math"
	"strings"

	"wippylua/bytecode"
	"wippylua/stdlib/lstrings"
	"wippylua/vm"
)

// The string functions that work byte by byte: len, sub, byte, char,
// upper, lower, rep, reverse, and dump.

func strLen(t *vm.Thread) int {
	s := t.CheckString(1)
	t.Push(vm.Int(int64(len(s))))
	return 1
}

func strSub(t *vm.Thread) int {
	s := t.CheckString(1)
	l := len(s)
	start := strPosrelat(t.CheckInt(2), l)
	end := strPosrelat(t.OptInt(3, -1), l)
	if start < 1 {
		start = 1
	}
	if end > int64(l) {
		end = int64(l)
	}
	if start <= end {
		t.Push(vm.String(s[start-1 : end])) // shares s's bytes
	} else {
		t.Push(vm.String(""))
	}
	return 1
}

func strByte(t *vm.Thread) int {
	s := t.CheckString(1)
	l := len(s)
	posi := strPosrelat(t.OptInt(2, 1), l)
	pose := strPosrelat(t.OptInt(3, posi), l) // j defaults to the adjusted i
	if posi < 1 {
		posi = 1
	}
	if pose > int64(l) {
		pose = int64(l)
	}
	if posi > pose {
		return 0
	}
	if pose-posi >= math.MaxInt32 {
		t.Errorf("string slice too long")
	}
	n := int(pose - posi + 1)
	if !t.CheckStack(n) {
		t.Errorf("stack overflow (string slice too long)")
	}
	for i := 0; i < n; i++ {
		t.Push(vm.Int(int64(s[int(posi)-1+i])))
	}
	return n
}

func strChar(t *vm.Thread) int {
	n := t.NArgs()
	var b strings.Builder
	b.Grow(n)
	for i := 1; i <= n; i++ {
		c := t.CheckInt(i)
		if uint64(c) > math.MaxUint8 { // negative values wrap to huge ones
			t.ArgError(i, "value out of range")
		}
		b.WriteByte(byte(c))
	}
	t.Push(vm.String(b.String()))
	return 1
}

func strLower(t *vm.Thread) int {
	t.Push(vm.String(lstrings.Lower(t.CheckString(1))))
	return 1
}

func strUpper(t *vm.Thread) int {
	t.Push(vm.String(lstrings.Upper(t.CheckString(1))))
	return 1
}

func strRep(t *vm.Thread) int {
	s := t.CheckString(1)
	n := t.CheckInt(2)
	sep := t.OptString(3, "")
	if n <= 0 {
		t.Push(vm.String(""))
		return 1
	}
	l, lsep := int64(len(s)), int64(len(sep))
	if l+lsep > strMaxSize/n {
		t.Errorf("resulting string too large")
	}
	if l+lsep == 0 {
		t.Push(vm.String(""))
		return 1
	}
	if lsep == 0 {
		t.Push(vm.String(strings.Repeat(s, int(n))))
		return 1
	}
	var b strings.Builder
	b.Grow(int(n*l + (n-1)*lsep))
	for i := int64(0); i < n; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	t.Push(vm.String(b.String()))
	return 1
}

func strReverse(t *vm.Thread) int {
	s := t.CheckString(1)
	t.Push(vm.String(lstrings.Reverse(s)))
	return 1
}

func strDump(t *vm.Thread) int {
	fn := t.Arg(1)
	if !fn.IsFunction() {
		t.TypeError(1, "function")
	}
	strip := t.Arg(2).Truthy()
	p := vm.FunctionProto(fn)
	if p == nil {
		t.Errorf("unable to dump given function")
	}
	t.Push(vm.String(string(bytecode.Dump(p, strip))))
	return 1
}
