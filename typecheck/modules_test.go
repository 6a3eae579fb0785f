package typecheck_test

import (
	"strings"
	"testing"

	"wippylua/parser"
	"wippylua/typecheck"
	"wippylua/types"
)

func check(t *testing.T, src string, conf *typecheck.Config) (*typecheck.Info, []typecheck.Diagnostic) {
	t.Helper()
	chunk, err := parser.ParseString(src, "=m")
	if err != nil {
		t.Fatal(err)
	}
	return typecheck.Check(chunk, conf)
}

// A module's returned value and exported types are usable by the chunks
// that require it.
func TestModules(t *testing.T) {
	lib, ds := check(t, `
export type Point = {x: number, y: number}
type Private = number
local M = {}
function M.dist(a: Point, b: Point): number
  return math.sqrt((a.x - b.x) ^ 2 + (a.y - b.y) ^ 2)
end
return M
`, nil)
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	if lib.Module == nil || !strings.Contains(lib.Module.String(), "dist: (a: Point, b: Point) -> number") {
		t.Fatalf("module type %v", lib.Module)
	}
	if lib.Exports["Point"] == nil || lib.Exports["Private"] != nil {
		t.Fatalf("exports %v", lib.Exports)
	}
	conf := &typecheck.Config{
		Modules:     map[string]*types.Type{"geo": lib.Module},
		ModuleTypes: map[string]map[string]*types.Alias{"geo": lib.Exports},
	}
	_, ds = check(t, `
local g = require("geo")
local p: g.Point = {x = 1, y = 2}
local d: number = g.dist(p, {x = 0, y = 0})
g.dist(p, 1)
local q: g.Nope = 1
local r: geo.Point = {x = 1}
`, conf)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"m:5:11: error[TYPE_MISMATCH]",
		"m:6:10: error[UNKNOWN_TYPE]",
		"m:7:22: error[MISSING_FIELD]",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("got %q, want prefix %q", got[i], want[i])
		}
	}
}

// In an app entry (Config.Allowed), require of a name the entry does not
// list fails at run time: reported in plain Lua too. The runtime modules
// that are also globals give the globals' types.
func TestAllowedModules(t *testing.T) {
	conf := &typecheck.Config{Allowed: map[string]bool{"json": true, "channel": true}, Entry: "app:main"}
	_, ds := check(t, `
local json = require("json")
local ch = require("channel")
local time = require("time")
local name = "os"
local os2 = require(name) -- not a literal: left to the run time
local c = ch.new(1)
c:nosuch()
return json, time, os2
`, conf)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"m:4:22: error[MODULE_NOT_ALLOWED]: module 'time' is not allowed in entry 'app:main': require fails unless its modules or imports list it",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The channel module is the channel global: its methods are known
	// (strict code reports the unknown one).
	_, ds = check(t, "local ch = require(\"channel\")\nch.new(1):nosuch()\n", &typecheck.Config{Mode: typecheck.ModeStrict})
	if len(ds) != 1 || ds[0].Code != typecheck.UndefinedField {
		t.Errorf("channel module: %v", ds)
	}
	// Without Allowed (a script), every name may be required.
	if _, ds := check(t, `return require("time"), require("anything")`, nil); len(ds) > 0 {
		t.Errorf("script: %v", ds)
	}
}
