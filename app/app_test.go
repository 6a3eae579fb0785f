package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wippylua/modules/json"
	"wippylua/vm"
)

// tree writes files (path -> content) under a new temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func load(t *testing.T, files map[string]string) (*App, *bytes.Buffer) {
	t.Helper()
	out := new(bytes.Buffer)
	a, err := LoadWithOptions(tree(t, files), Options{Stdout: &lockedBuf{b: out}, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a, out
}

type lockedBuf struct{ b *bytes.Buffer }

func (l *lockedBuf) Write(p []byte) (int, error) { return l.b.Write(p) } // the host serializes

func loadErr(t *testing.T, files map[string]string, want ...string) {
	t.Helper()
	_, err := Load(tree(t, files))
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Fatalf("error %q does not contain %q", err, w)
		}
	}
}

func callJSON(t *testing.T, a *App, id string, args ...vm.Value) (string, error) {
	t.Helper()
	res, st, err := a.Call(id, args...)
	if err != nil {
		return "", err
	}
	var parts []string
	for _, v := range res {
		s, err := json.Encode(st, v)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " "), nil
}

const fnIndex = `version: "1.0"
namespace: app
entries:
  - name: fn
    kind: function.lua
    source: file://fn.lua
    method: run
    modules: [json]
    imports:
      util: app.lib:util
`

const libIndex = `version: "1.0"
namespace: app.lib
entries:
  - name: util
    kind: library.lua
    source: file://util.lua
`

func TestFunctionEntry(t *testing.T) {
	a, _ := load(t, map[string]string{
		"_index.yaml": fnIndex,
		"fn.lua": `
local json = require("json")
local util = require("util")
assert(require("util") == util)
local function run(n, s)
  return {double = util.double(n), text = json.encode({s}), loads = util.loads()}
end
return {run = run}`,
		"lib/_index.yaml": libIndex,
		"lib/util.lua": `
local loads = (_G.loads or 0) + 1
return {double = function(x) return x * 2 end, loads = function() return loads end}`,
	})
	got, err := callJSON(t, a, "app:fn", vm.Int(21), vm.String("hi"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"double":42,"loads":1,"text":"[\"hi\"]"}`; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	// A second run has a fresh State.
	if got2, err := callJSON(t, a, "app:fn", vm.Int(1), vm.String("x")); err != nil || !strings.Contains(got2, `"double":2`) {
		t.Fatalf("second call: %s %v", got2, err)
	}
}

func TestRequireLimited(t *testing.T) {
	a, _ := load(t, map[string]string{
		"_index.yaml": `version: "1.0"
namespace: app
entries:
  - name: refused
    kind: function.lua
    source: file://refused.lua
    method: run
    modules: [json]
  - name: notime
    kind: function.lua
    source: file://notime.lua
    method: run
  - name: withtime
    kind: function.lua
    source: file://notime.lua
    method: run
    modules: [time]
`,
		"refused.lua": `return {run = function() require("json"); return require("os") end}`,
		"notime.lua":  `return {run = function() local t = require("time"); t.sleep("1ms"); return true end}`,
	})
	if _, err := callJSON(t, a, "app:refused"); err == nil || !strings.Contains(err.Error(), "module 'os' is not allowed in entry 'app:refused'") {
		t.Fatalf("err = %v", err)
	}
	if _, err := callJSON(t, a, "app:notime"); err == nil || !strings.Contains(err.Error(), "module 'time' is not allowed in entry 'app:notime'") {
		t.Fatalf("err = %v", err)
	}
	if got, err := callJSON(t, a, "app:withtime"); err != nil || got != "true" {
		t.Fatalf("withtime: %s %v", got, err)
	}
	// No load, io or package in the sandbox.
	if _, _, err := a.Call("app:nope"); err == nil || !strings.Contains(err.Error(), "unknown entry 'app:nope'") {
		t.Fatalf("err = %v", err)
	}
}

func TestLibraryOwnRequire(t *testing.T) {
	a, _ := load(t, map[string]string{
		"_index.yaml": `version: "1.0"
namespace: app
entries:
  - name: fn
    kind: function.lua
    source: file://fn.lua
    method: run
    imports: {u: app:util}
  - name: util
    kind: library.lua
    source: file://util.lua
    modules: [json]
`,
		"fn.lua":   `local u = require("u"); return {run = function(x) return u.enc(x), pcall(require, "json") end}`,
		"util.lua": `local json = require("json"); return {enc = function(x) return json.encode(x) end}`,
	})
	got, err := callJSON(t, a, "app:fn", vm.Int(5))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, `"5" false "`) || !strings.Contains(got, "not allowed in entry 'app:fn'") {
		t.Fatalf("got %s", got)
	}
}

func TestProcessEntries(t *testing.T) {
	a, out := load(t, map[string]string{
		"_index.yaml": `version: "1.0"
namespace: app
entries:
  - name: processes
    kind: process.host
  - name: main
    kind: process.lua
    source: file://main.lua
    method: main
    modules: [time]
  - name: echo
    kind: process.lua
    source: file://echo.lua
    method: main
`,
		"main.lua": `
local function main(n)
  local pid = process.spawn("app:echo", "app:processes", process.pid())
  local inbox = process.inbox()
  local sum = 0
  for i = 1, n do
    process.send(pid, "ping", i)
    local msg = inbox:receive()
    assert(msg:topic() == "pong")
    sum = sum + msg:payload():data()
  end
  process.send(pid, "stop")
  local bad, err = process.spawn("app:nope", "app:processes")
  print(sum, bad, err)
  local bad2, err2 = process.spawn("app:echo", "app:other")
  print(bad2, err2)
  return sum
end
return {main = main}`,
		"echo.lua": `
return {main = function(parent)
  local inbox = process.inbox()
  while true do
    local msg = inbox:receive()
    if msg:topic() == "stop" then return end
    process.send(parent, "pong", msg:payload():data() * 10)
  end
end}`,
	})
	p, err := a.Spawn("app:main", "", vm.Int(3))
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Wait()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(res) != 1 || res[0] != vm.Int(60) {
		t.Fatalf("result %v", res)
	}
	if !strings.HasPrefix(p.PID(), "{app:processes|") {
		t.Fatalf("pid %s", p.PID())
	}
	want := "60\tnil\tNOT_FOUND: unknown entry 'app:nope'\nnil\tNOT_FOUND: unknown host 'app:other'\n"
	if out.String() != want {
		t.Fatalf("output %q, want %q", out, want)
	}
	if _, err := a.Spawn("app:echo", "app:main"); err == nil || !strings.Contains(err.Error(), "not a process.host") {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := a.Call("app:main"); err == nil || !strings.Contains(err.Error(), "not a function.lua") {
		t.Fatalf("err = %v", err)
	}
}

func TestProcessError(t *testing.T) {
	a, _ := load(t, map[string]string{
		"_index.yaml": `version: "1.0"
namespace: app
entries:
  - {name: host, kind: process.host}
  - {name: bad, kind: process.lua, source: "file://bad.lua", method: main}
  - {name: notable, kind: function.lua, source: "file://notable.lua", method: main}
  - {name: nomethod, kind: function.lua, source: "file://bad.lua", method: other}
`,
		"bad.lua":     `return {main = function() error("boom") end}`,
		"notable.lua": `return 42`,
	})
	p, err := a.Spawn("app:bad", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Wait(); err == nil || !strings.Contains(err.Error(), "bad.lua:1: boom") {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := a.Call("app:notable"); err == nil || !strings.Contains(err.Error(), "entry 'app:notable': source returned number, not a table") {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := a.Call("app:nomethod"); err == nil || !strings.Contains(err.Error(), "method 'other' is not a function") {
		t.Fatalf("err = %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	src := map[string]string{"a.lua": "return {}"}
	with := func(index string) map[string]string {
		m := map[string]string{"_index.yaml": index}
		for k, v := range src {
			m[k] = v
		}
		return m
	}
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries: [\n"), "_index.yaml:", "bad YAML")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - name: x\n    kind: [1\n"), "_index.yaml:", "bad YAML")
	loadErr(t, with("namespace: app\nentries: []\n"), "missing version")
	loadErr(t, with("version: \"1.0\"\nentries: []\n"), "missing namespace")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - name: x\n    kind: function.go\n    source: file://a.lua\n"),
		"_index.yaml:5: entry 'app:x' has unknown kind 'function.go'")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - {name: x, kind: process.host}\n  - {name: x, kind: process.host}\n"),
		"_index.yaml:5: duplicate entry id 'app:x' (first declared at ", "_index.yaml:4)")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - name: x\n    kind: function.lua\n    method: m\n    source: file://missing.lua\n"),
		"_index.yaml:7: entry 'app:x': source file ", "missing.lua not found")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - name: x\n    kind: function.lua\n    source: file://a.lua\n"),
		"_index.yaml:4: entry 'app:x' has no method")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - name: x\n    kind: function.lua\n    method: m\n    source: file://a.lua\n    imports: {u: app:nolib}\n"),
		"_index.yaml:4: entry 'app:x': import 'u' names unknown entry 'app:nolib'")
	loadErr(t, with("version: \"1.0\"\nnamespace: app\nentries:\n  - {name: h, kind: process.host}\n  - name: x\n    kind: function.lua\n    method: m\n    source: file://a.lua\n    imports: {u: app:h}\n"),
		"import 'u' names 'app:h', a process.host, not a library.lua")
	loadErr(t, map[string]string{"_index.yaml": "version: \"1.0\"\nnamespace: app\nentries:\n  - {name: x, kind: library.lua, source: \"file://s.lua\"}\n", "s.lua": "return {"},
		"_index.yaml:4: entry 'app:x': s.lua:1:", "expected")
	// Duplicates across files.
	loadErr(t, map[string]string{
		"_index.yaml":   "version: \"1.0\"\nnamespace: app\nentries:\n  - {name: x, kind: process.host}\n",
		"b/_index.yaml": "version: \"1.0\"\nnamespace: app\nentries:\n  - {name: x, kind: process.host}\n",
	}, "duplicate entry id 'app:x'")
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no _index.yaml") {
		t.Fatalf("err = %v", err)
	}
}

func TestExampleApp(t *testing.T) {
	a, err := LoadWithOptions("../examples/app", Options{Stdout: new(bytes.Buffer)})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	got, err := callJSON(t, a, "app:stats", vm.Int(3), vm.Int(4), vm.Int(5))
	if err != nil || got != `{"count":3,"input":"[3,4,5]","mean":4.0,"slept":true}` {
		t.Fatalf("%s %v", got, err)
	}
	p, err := a.Spawn("app:pingpong", "", vm.Int(2))
	if err != nil {
		t.Fatal(err)
	}
	if res, err := p.Wait(); err != nil || len(res) != 1 || res[0] != vm.Int(2) {
		t.Fatalf("%v %v", res, err)
	}
}
