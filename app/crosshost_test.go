package app

import (
	"bytes"
	"testing"

	"wippylua/vm"
)

// An app with two process hosts: a function entry spawns on one, which
// spawns on the other; messages, monitors, links and names cross them.
var twoHostApp = map[string]string{
	"_index.yaml": `version: "1.0"
namespace: app
entries:
  - {name: front, kind: process.host}
  - {name: back, kind: process.host}
  - {name: run, kind: function.lua, source: "file://run.lua", method: run}
  - {name: boss, kind: process.lua, source: "file://boss.lua", method: main}
  - {name: worker, kind: process.lua, source: "file://worker.lua", method: main}
`,
	"run.lua": `return {run = function(n)
  local function host(pid) return (pid:match("^{(.-)|")) end
  local boss = process.spawn_monitored("app:boss", "app:front", process.pid(), n)
  local msg = process.inbox():receive()
  local ev = process.events():receive()
  return {from = host(msg:from()), topic = msg:topic(), sum = msg:payload():data(),
          exit = ev.kind == process.event.EXIT, result = ev.result.value, me = host(process.pid())}
end}`,
	"boss.lua": `return {main = function(caller, n)
  process.set_options{trap_links = true}
  local events = process.events()
  local w = process.spawn_linked("app:worker", "app:back")
  assert(process.registry.register("boss"))
  local sum = 0
  for i = 1, n do
    process.send(w, "work", i)
    local msg = process.inbox():receive()
    sum = sum + msg:payload():data()
  end
  process.send(w, "crash")
  local ev = events:receive()
  assert(ev.kind == process.event.LINK_DOWN and ev.from == w, ev.kind)
  process.send(caller, "sum", sum)
  return "boss done: " .. tostring(ev.result.error)
end}`,
	"worker.lua": `return {main = function()
  local inbox = process.inbox()
  while true do
    local msg = inbox:receive()
    if msg:topic() == "crash" then error("worker crashed", 0) end
    process.send("boss", "done", msg:payload():data() * 10)
  end
end}`,
}

func TestCrossHostApp(t *testing.T) {
	for _, det := range []bool{false, true} {
		out := new(bytes.Buffer)
		a, err := LoadWithOptions(tree(t, twoHostApp), Options{Stdout: &lockedBuf{b: out}, Workers: 2, Deterministic: det})
		if err != nil {
			t.Fatal(err)
		}
		got, err := callJSON(t, a, "app:run", vm.Int(4))
		a.Close()
		if err != nil {
			t.Fatalf("deterministic=%v: %v\n%s", det, err, out)
		}
		want := `{"exit":true,"from":"app:front","me":"functions","result":"boss done: worker crashed","sum":100,"topic":"sum"}`
		if got != want {
			t.Fatalf("deterministic=%v:\ngot  %s\nwant %s", det, got, want)
		}
	}
}
