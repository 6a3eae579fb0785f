package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func appTree(t *testing.T, files map[string]string) string {
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

var cliApp = map[string]string{
	"_index.yaml": `version: "1.0"
namespace: app
entries:
  - {name: processes, kind: process.host}
  - name: fn
    kind: function.lua
    source: file://fn.lua
    method: run
    modules: [json]
  - {name: worker, kind: process.lua, source: "file://worker.lua", method: main}
  - {name: lib, kind: library.lua, source: "file://fn.lua"}
`,
	"fn.lua": `return {run = function(n, s)
  if n == "fail" then error("bad input", 0) end
  return {n = n * 2, s = s, list = {1, 2}}
end}`,
	"worker.lua": `return {main = function(mode)
  print("worker", process.pid())
  if mode == "fail" then error("worker failed", 0) end
end}`,
}

func TestRunAppFunction(t *testing.T) {
	dir := appTree(t, cliApp)
	expect(t, runMain(t, "", "run", dir, "app:fn", "3"), 0, `{"list":[1,2],"n":6}`+"\n", "")
	expect(t, runMain(t, "", "run", dir, "app:fn", "1.5", "x"), 0, `{"list":[1,2],"n":3.0,"s":"x"}`+"\n", "")
	expect(t, runMain(t, "", "run", dir, "app:fn", "fail"), 1, "", "wippy-lua: bad input\n")
	expect(t, runMain(t, "", "run", dir, "app:nope"), 1, "", "wippy-lua: unknown entry 'app:nope' in "+dir+"\n")
	expect(t, runMain(t, "", "run", dir, "app:lib"), 1, "", "wippy-lua: entry 'app:lib' is a library.lua: only function.lua and process.lua entries can be run\n")
	r := runMain(t, "", "run", "--host", "app:processes", dir)
	if r.status != 1 || !strings.Contains(r.stderr, "app directory and entry expected") {
		t.Fatalf("%+v", r)
	}
}

func TestRunAppProcess(t *testing.T) {
	dir := appTree(t, cliApp)
	expect(t, runMain(t, "", "run", dir, "app:worker"), 0, "worker\t{app:processes|0x1}\n", "")
	expect(t, runMain(t, "", "run", "--host", "app:processes", dir, "app:worker", "fail"), 1,
		"worker\t{app:processes|0x1}\n", "wippy-lua: worker failed\n")
	expect(t, runMain(t, "", "run", "--host", "app:fn", dir, "app:worker"), 1, "",
		"wippy-lua: entry 'app:fn' is a function.lua, not a process.host\n")
}

func TestRunAppLoadErrors(t *testing.T) {
	dir := appTree(t, map[string]string{"_index.yaml": "version: \"1.0\"\nnamespace: app\nentries: [\n"})
	r := runMain(t, "", "run", dir, "app:fn")
	if r.status != 1 || !strings.Contains(r.stderr, "_index.yaml:") || !strings.Contains(r.stderr, "bad YAML") {
		t.Fatalf("%+v", r)
	}
	dir = appTree(t, map[string]string{"_index.yaml": "version: \"1.0\"\nnamespace: app\nentries:\n  - {name: f, kind: function.lua, source: \"file://gone.lua\", method: m}\n"})
	r = runMain(t, "", "run", dir, "app:f")
	if r.status != 1 || !strings.Contains(r.stderr, "_index.yaml:4: entry 'app:f': source file ") || !strings.Contains(r.stderr, "gone.lua not found") {
		t.Fatalf("%+v", r)
	}
}

// TestRunAppDeadlock: an entry that waits for something nothing can send
// ends with a deadlock error and status 1, for both entry kinds, instead
// of waiting forever (or crashing the Go runtime's deadlock detector).
func TestRunAppDeadlock(t *testing.T) {
	dir := appTree(t, map[string]string{
		"_index.yaml": `version: "1.0"
namespace: app
entries:
  - {name: processes, kind: process.host}
  - {name: stuck, kind: process.lua, source: "file://stuck.lua", method: main, modules: [channel]}
  - {name: fstuck, kind: function.lua, source: "file://stuck.lua", method: main, modules: [channel]}
`,
		"stuck.lua": `return {main = function() print("waiting") return channel.new():receive() end}`,
	})
	for _, entry := range []string{"app:stuck", "app:fstuck"} {
		expect(t, runMain(t, "", "run", dir, entry), 1, "waiting\n",
			"wippy-lua: deadlock: every process is waiting and nothing can wake them\n")
	}
}
