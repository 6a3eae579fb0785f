package typecheck_test

import (
	"fmt"
	"strings"
	"testing"

	"wippylua/parser"
	"wippylua/typecheck"
)

// genTyped generates about n lines of typed code: units of aliases,
// annotated functions with narrowing, loops, table constructors, generic
// calls and library calls, each unit in its own do-block.
func genTyped(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < 0 || strings.Count(b.String()[max(0, b.Len()-1):], "") >= 0; i++ {
		fmt.Fprintf(&b, `do
  type Item%[1]d = {id: integer, name: string, tags: {string}, score?: number}
  type Result%[1]d = {kind: "ok", value: Item%[1]d} | {kind: "err", message: string}
  local function find%[1]d(items: {Item%[1]d}, id: integer): Item%[1]d?
    for _, it in ipairs(items) do
      if it.id == id then
        return it
      end
    end
    return nil
  end
  local function describe%[1]d(r: Result%[1]d): string
    if r.kind == "ok" then
      local v = r.value
      local s = v.score or 0
      return string.format("%%d %%s %%g", v.id, v.name:upper(), s)
    end
    return "error: " .. r.message
  end
  local function load%[1]d(id: integer): (Item%[1]d?, string?)
    if id < 0 then
      return nil, "negative id"
    end
    return {id = id, name = "item" .. id, tags = {"a", "b"}}, nil
  end
  local function total%[1]d(items: {Item%[1]d}): number
    local sum = 0
    for i = 1, #items do
      local it = items[i]
      if it.score ~= nil then
        sum = sum + it.score
      end
      sum = sum + #it.tags
    end
    return sum
  end
  local function map%[1]d<T, U>(xs: {T}, f: (T) -> U): {U}
    local out: {U} = {}
    for i, x in ipairs(xs) do
      out[i] = f(x)
    end
    return out
  end
  local items: {Item%[1]d} = {}
  for k = 1, 3 do
    local it, err = load%[1]d(k)
    if err then
      error(err)
    end
    table.insert(items, it)
  end
  local names = map%[1]d(items, function(it) return it.name end)
  local found = find%[1]d(items, 2)
  local text = found and describe%[1]d({kind = "ok", value = found}) or describe%[1]d({kind = "err", message = "none"})
  print(text, total%[1]d(items), #names, table.concat(names, ","))
end
`, i)
		if strings.Count(b.String(), "\n") >= n {
			break
		}
	}
	return b.String()
}

func benchCheck(b *testing.B, lines int) {
	src := genTyped(lines)
	chunk, err := parser.ParseString(src, "=bench")
	if err != nil {
		b.Fatal(err)
	}
	_, ds := typecheck.Check(chunk, nil)
	if len(ds) > 0 {
		b.Fatalf("generated code has %d diagnostics, first: %s", len(ds), ds[0])
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		typecheck.Check(chunk, nil)
	}
	b.ReportMetric(float64(lines), "lines")
}

func BenchmarkCheck100k(b *testing.B) { benchCheck(b, 100_000) }
func BenchmarkCheck200k(b *testing.B) { benchCheck(b, 200_000) }

// BenchmarkParseCheck100k includes parsing.
func BenchmarkParseCheck100k(b *testing.B) {
	src := genTyped(100_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		chunk, err := parser.ParseString(src, "=bench")
		if err != nil {
			b.Fatal(err)
		}
		typecheck.Check(chunk, nil)
	}
}

// The generated code is itself a test: it must check clean.
func TestGeneratedClean(t *testing.T) {
	chunk, err := parser.ParseString(genTyped(500), "=gen")
	if err != nil {
		t.Fatal(err)
	}
	if _, ds := typecheck.Check(chunk, nil); len(ds) > 0 {
		for _, d := range ds {
			t.Error(d)
		}
	}
}
