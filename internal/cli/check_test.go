package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCheck(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(append([]string{"check"}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.lua", "local x: number = \"s\"\nprint(x)\n")
	good := writeFile(t, dir, "sub/good.lua", "local y: string = \"s\"\nprint(y)\n")

	out, _, code := runCheck(t, bad)
	if code != 1 || !strings.Contains(out, "bad.lua:1:19: error[TYPE_MISMATCH]: expected number") {
		t.Errorf("bad file: status %d, output %q", code, out)
	}
	out, _, code = runCheck(t, good)
	if code != 0 || out != "" {
		t.Errorf("good file: status %d, output %q", code, out)
	}
	// A directory: all .lua files under it.
	out, _, code = runCheck(t, dir)
	if code != 1 || strings.Count(out, "\n") != 1 {
		t.Errorf("directory: status %d, output %q", code, out)
	}
	out, _, _ = runCheck(t, "--format=pretty", bad)
	if !strings.Contains(out, "    1 | local x: number = \"s\"\n") || !strings.Contains(out, "^") {
		t.Errorf("pretty output %q", out)
	}
	out, _, _ = runCheck(t, "--format", "json", bad)
	var ds []map[string]any
	if err := json.Unmarshal([]byte(out), &ds); err != nil || len(ds) != 1 || ds[0]["code"] != "TYPE_MISMATCH" {
		t.Errorf("json output %q (%v)", out, err)
	}
	syntax := writeFile(t, dir, "syntax.lua", "local = 1\n")
	out, _, code = runCheck(t, syntax)
	if code != 1 || !strings.Contains(out, "error[SYNTAX_ERROR]") {
		t.Errorf("syntax error: status %d, output %q", code, out)
	}
}

func TestCheckCommandModes(t *testing.T) {
	dir := t.TempDir()
	// Plain Lua that raises on purpose: clean unless strict is asked for.
	plain := writeFile(t, dir, "plain.lua", "local t = nil\nprint(pcall(function() return t.x end))\n")
	if out, _, code := runCheck(t, plain); code != 0 || out != "" {
		t.Errorf("plain: status %d, output %q", code, out)
	}
	if out, _, code := runCheck(t, "--strict", plain); code != 1 || !strings.Contains(out, "NIL_ACCESS") {
		t.Errorf("--strict: status %d, output %q", code, out)
	}
}

func TestCheckCommandErrors(t *testing.T) {
	if _, errOut, code := runCheck(t); code != 1 || !strings.Contains(errOut, "no file or directory") {
		t.Errorf("no args: status %d, stderr %q", code, errOut)
	}
	if _, errOut, code := runCheck(t, "--format=xml", "x.lua"); code != 1 || !strings.Contains(errOut, "unknown format") {
		t.Errorf("bad format: status %d, stderr %q", code, errOut)
	}
	if _, errOut, code := runCheck(t, "/nonexistent/file.lua"); code != 1 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: status %d, stderr %q", code, errOut)
	}
}

// An app directory: the sources of its entries are checked.
func TestCheckCommandApp(t *testing.T) {
	out, errOut, code := runCheck(t, "../../examples/app")
	if code != 0 {
		t.Errorf("examples/app: status %d, output %q %q", code, out, errOut)
	}
}

// In an app, an entry sees the types of the libraries it imports.
func TestCheckCommandAppImports(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "_index.yaml", `version: "1.0"
namespace: demo
entries:
  - name: geo
    kind: library.lua
    source: file://geo.lua
  - name: main
    kind: function.lua
    source: file://main.lua
    method: run
    imports:
      g: demo:geo
`)
	writeFile(t, dir, "geo.lua", `export type Point = {x: number, y: number}
local M = {}
function M.norm(p: Point): number
  return math.sqrt(p.x * p.x + p.y * p.y)
end
return M
`)
	writeFile(t, dir, "main.lua", `local g = require("g")
local function run(n)
  local p: g.Point = {x = n, y = 0}
  local ok: number = g.norm(p)
  return g.norm("not a point"), ok
end
return {run = run}
`)
	out, errOut, code := runCheck(t, dir)
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "main.lua:5:17: error[TYPE_MISMATCH]") {
		t.Errorf("status %d, output %q %q", code, out, errOut)
	}
}

// The repository's own Lua files check clean: conformance programs,
// benchmarks, examples (two apps side by side), the run-time tests of
// type values... What deliberately holds wrong code is listed in
// .checkignore files (the checker's corpus, programs testing syntax
// errors).
func TestCheckRepository(t *testing.T) {
	out, errOut, code := runCheck(t, "../..")
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("status %d\n%s%s", code, out, errOut)
	}
	// The ignored corpus is there, and wrong: named explicitly, it is
	// checked.
	out, _, code = runCheck(t, "../../typecheck/testdata/basics")
	if code != 1 || !strings.Contains(out, "error[TYPE_MISMATCH]") {
		t.Errorf("typecheck/testdata/basics: status %d, output %q", code, out)
	}
}

const twoEntryIndex = `version: "1.0"
namespace: app
entries:
  - name: main
    kind: function.lua
    source: file://main.lua
    method: run
    modules: [json]
`

// A directory holding several apps checks each on its own (their entry
// ids may be the same), and the .lua files outside them as plain files.
func TestCheckCommandSeveralApps(t *testing.T) {
	dir := t.TempDir()
	for _, a := range []string{"one", "two"} {
		writeFile(t, dir, a+"/_index.yaml", twoEntryIndex)
		writeFile(t, dir, a+"/main.lua", "local json = require(\"json\")\nreturn {run = function() return json.encode({1}) end}\n")
	}
	// An _index.yaml below an app root belongs to that app.
	writeFile(t, dir, "two/lib/_index.yaml", "version: \"1.0\"\nnamespace: app.lib\nentries:\n  - name: util\n    kind: library.lua\n    source: file://util.lua\n")
	writeFile(t, dir, "two/lib/util.lua", "return {}\n")
	// A file of the app that no entry names is still checked.
	writeFile(t, dir, "two/helper.lua", "local n: number = \"x\"\nreturn n\n")
	writeFile(t, dir, "plain.lua", "local s: string = 1\nprint(s)\n")
	out, errOut, code := runCheck(t, dir)
	if code != 1 || strings.Count(out, "\n") != 2 ||
		!strings.Contains(out, filepath.Join(dir, "plain.lua")+":1:19: error[TYPE_MISMATCH]") ||
		!strings.Contains(out, filepath.Join(dir, "two", "helper.lua")+":1:19: error[TYPE_MISMATCH]") {
		t.Errorf("status %d, output %q %q", code, out, errOut)
	}
}

// In an app, require of a module the entry does not list fails at run
// time, so the checker reports it, even in plain Lua.
func TestCheckCommandModuleNotAllowed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "_index.yaml", twoEntryIndex+`  - name: other
    kind: process.lua
    source: file://main.lua
    method: run
    modules: [json, time]
`)
	writeFile(t, dir, "main.lua", "local json = require(\"json\")\nlocal time = require(\"time\")\nreturn {run = function() return json.encode({1}), time.now() end}\n")
	out, errOut, code := runCheck(t, dir)
	want := filepath.Join(dir, "main.lua") + ":2:22: error[MODULE_NOT_ALLOWED]: module 'time' is not allowed in entry 'app:main'"
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, want) {
		t.Errorf("status %d, output %q %q", code, out, errOut)
	}
	// The file alone is a script, where require finds every module.
	if out, _, code := runCheck(t, filepath.Join(dir, "main.lua")); code != 0 || out != "" {
		t.Errorf("as a file: status %d, output %q", code, out)
	}
}

// An app that does not load is reported, and its files are still checked.
func TestCheckCommandBrokenApp(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "_index.yaml", twoEntryIndex+"  - name: main\n    kind: process.host\n")
	writeFile(t, dir, "main.lua", "local n: number = \"x\"\nreturn {run = function() return n end}\n")
	out, errOut, code := runCheck(t, dir)
	if code != 1 || !strings.Contains(out, "_index.yaml:9:1: error[APP_ERROR]: duplicate entry id 'app:main'") ||
		!strings.Contains(out, "main.lua:1:19: error[TYPE_MISMATCH]") {
		t.Errorf("status %d, output %q %q", code, out, errOut)
	}
}

// .checkignore patterns: a base name at any depth, a relative path, a
// directory with everything under it; only directory walks skip them.
func TestCheckIgnore(t *testing.T) {
	dir := t.TempDir()
	bad := "local n: number = \"x\"\nprint(n)\n"
	writeFile(t, dir, ".checkignore", "# comment\n\nbroken_*.lua\nsub/skip.lua\ncorpus/\n")
	writeFile(t, dir, "a/broken_1.lua", bad)
	writeFile(t, dir, "sub/skip.lua", bad)
	writeFile(t, dir, "corpus/deep/x.lua", bad)
	writeFile(t, dir, "other/skip.lua", bad)             // the path pattern does not match here
	writeFile(t, dir, ".hidden/x.lua", bad)              // dot directories are skipped
	writeFile(t, dir, "decl.d.lua", "local x: number\n") // declaration files too
	writeFile(t, dir, "a/sub/.checkignore", "*.lua\n")
	writeFile(t, dir, "a/sub/y.lua", bad)
	writeFile(t, dir, "a/z.lua", bad) // after a/sub: its .checkignore no longer applies
	out, errOut, code := runCheck(t, dir)
	if code != 1 || strings.Count(out, "\n") != 2 ||
		!strings.Contains(out, filepath.Join(dir, "other", "skip.lua")+":1:19") ||
		!strings.Contains(out, filepath.Join(dir, "a", "z.lua")+":1:19") {
		t.Errorf("status %d, output %q %q", code, out, errOut)
	}
	if out, _, code := runCheck(t, filepath.Join(dir, "corpus")); code != 1 || strings.Count(out, "\n") != 1 {
		t.Errorf("named directory: status %d, output %q", code, out)
	}
	writeFile(t, dir, "bad/.checkignore", "[\n")
	if _, errOut, code := runCheck(t, dir); code != 1 || !strings.Contains(errOut, "bad pattern") {
		t.Errorf("bad pattern: status %d, stderr %q", code, errOut)
	}
}
