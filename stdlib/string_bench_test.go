package stdlib_test

import (
	"testing"

	"wippylua"
	"wippylua/vm"
)

// Benchmarks of string functions called from Lua, one call per
// iteration (the loop runs in Lua; b.N is passed as its bound).

func benchStringLua(b *testing.B, body string) {
	b.Helper()
	st := wippylua.New(wippylua.Options{})
	src := "local n = ...\nlocal text = string.rep('the quick brown fox jumps over the lazy dog ', 20)\n" +
		"for i = 1, n do " + body + " end"
	fn, err := st.Load([]byte(src), "=bench")
	if err != nil {
		b.Fatal(err)
	}
	th := st.VM().MainThread()
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := th.Call(fn, vm.Int(int64(b.N))); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkStringFormatInt(b *testing.B) { benchStringLua(b, `local s = string.format("%d", i)`) }
func BenchmarkStringFormatFloat(b *testing.B) {
	benchStringLua(b, `local s = string.format("%5.2f", i / 3)`)
}
func BenchmarkStringFormatString(b *testing.B) {
	benchStringLua(b, `local s = string.format("%s=%s", "key", i)`)
}
func BenchmarkStringFindPlain(b *testing.B) {
	benchStringLua(b, `local a = text:find("lazy", 1, true)`)
}
func BenchmarkStringFindPattern(b *testing.B) { benchStringLua(b, `local a = text:find("l%a+y")`) }
func BenchmarkStringMatch(b *testing.B) {
	benchStringLua(b, `local k, v = ("key = value"):match("^(%w+)%s*=%s*(%w+)$")`)
}
func BenchmarkStringGmatch(b *testing.B)     { benchStringLua(b, `for w in text:gmatch("%a+") do end`) }
func BenchmarkStringGsubString(b *testing.B) { benchStringLua(b, `local s = text:gsub("o", "0")`) }
func BenchmarkStringGsubFunction(b *testing.B) {
	benchStringLua(b, `local s = text:gsub("%a+", string.upper)`)
}
func BenchmarkStringSub(b *testing.B)   { benchStringLua(b, `local s = text:sub(5, 10)`) }
func BenchmarkStringByte(b *testing.B)  { benchStringLua(b, `local c = text:byte(7)`) }
func BenchmarkStringUpper(b *testing.B) { benchStringLua(b, `local u = text:upper()`) }
func BenchmarkStringRep(b *testing.B)   { benchStringLua(b, `local u = ("ab"):rep(100)`) }
func BenchmarkStringPackUnpack(b *testing.B) {
	benchStringLua(b, `local a, c = string.unpack("<i4d", string.pack("<i4d", i, 1.5))`)
}
