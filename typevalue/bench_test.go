package typevalue_test

import (
	"testing"

	"wippylua"
	"wippylua/vm"
)

// BenchmarkIsRecord10 measures `T:is(v)` from Lua on a record type of
// ten fields of various kinds (one op = one call, including the method
// lookup and the loop).
func BenchmarkIsRecord10(b *testing.B) {
	L := wippylua.New(wippylua.Options{})
	fn, err := L.Load([]byte(`
type Rec = {
  id: integer, name: string, email: string, age?: integer @min(0),
  active: boolean, score: number, tags: table, kind: "a" | "b",
  parent: integer?, note?: string,
}
local v = {id = 1, name = "n", email = "e", age = 30, active = true,
  score = 1.5, tags = {}, kind = "b", parent = 7}
return function(n)
  local is = Rec.is
  for _ = 1, n do
    local ok, err = Rec:is(v)
    if err then error(err) end
  end
end`), "=bench")
	if err != nil {
		b.Fatal(err)
	}
	res, err := L.Call(fn)
	if err != nil {
		b.Fatal(err)
	}
	loop := res[0]
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := L.Call(loop, vm.Int(int64(b.N))); err != nil {
		b.Fatal(err)
	}
}
