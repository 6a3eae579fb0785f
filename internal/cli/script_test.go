package cli

import (
	"strings"
	"testing"
)

// A plain script runs as a process: the runtime's globals work in the
// main chunk and in -e chunks, which can block.
func TestScriptHasTheRuntime(t *testing.T) {
	inTempDir(t, map[string]string{"s.lua": `
local time = require("time")
local ch = channel.new()
coroutine.spawn(function(x) time.sleep("1ms") ch:send(x .. "!") end, ...)
print(ch:receive())
process.send(process.pid(), "t", "self")
print(process.inbox():receive():payload():data())
print(json ~= nil, type(errors.new), require("json").encode({1}))
`})
	for _, mode := range [][]string{nil, {"--deterministic"}, {"--workers", "1"}} {
		args := append(append([]string{"run"}, mode...), "s.lua", "21")
		expect(t, runMain(t, "", args...), 0, "21!\ttrue\nself\nfalse\tfunction\t[1]\tnil\n", "")
	}
	expect(t, runMain(t, "", "run", "--deterministic", "-e", "local c = channel.new() coroutine.spawn(function() c:send(1) end) x = c:receive()", "-e", "print(x)"),
		0, "1\n", "")
}

// os.exit ends the program from anywhere: a spawned coroutine, under
// pcall, inside a coroutine resumed by the main chunk; output is flushed.
func TestScriptOSExit(t *testing.T) {
	for _, src := range []string{
		`io.write("a") coroutine.spawn(function() pcall(os.exit, 7) print("no") end) process.inbox():receive()`,
		`io.write("a") coroutine.wrap(function() pcall(os.exit, 7, true) end)() print("no")`,
		`io.write("a") local ok = pcall(function() local t = setmetatable({}, {__index = function() os.exit(7) end}) return t.x end) print("no")`,
	} {
		expect(t, runMain(t, "", "run", "--deterministic", "-e", src), 7, "a", "")
	}
	expect(t, runMain(t, "", "run", "-e", "os.exit(true)", "-e", "print('no')"), 0, "", "")
	expect(t, runMain(t, "", "run", "-e", "os.exit(false)"), 1, "", "")
}

// Errors keep lua5.3's message and traceback; a deadlock and an error in
// a spawned coroutine end the run with status 1 and a message.
func TestScriptErrors(t *testing.T) {
	inTempDir(t, map[string]string{
		"err.lua":    "local function f()\n  error('boom')\nend\nf()\n",
		"stuck.lua":  "print('before')\nchannel.new():receive()\n",
		"child.lua":  "coroutine.spawn(function()\n  error({code = 1})\nend)\nprocess.inbox():receive()\n",
		"tostr.lua":  "error(setmetatable({}, {__tostring = function() return 'custom' end}))\n",
		"errval.lua": "error(errors.new{message = 'no such user', kind = errors.NOT_FOUND})\n",
	})
	expect(t, runMain(t, "", "run", "err.lua"), 1, "", "wippy-lua: err.lua:2: boom\nstack traceback:\n"+
		"\t[C]: in function 'error'\n\terr.lua:2: in local 'f'\n\terr.lua:4: in main chunk\n\t[C]: in ?\n")
	for _, mode := range []string{"--deterministic", "--workers"} {
		args := []string{"run", mode}
		if mode == "--workers" {
			args = append(args, "2")
		}
		expect(t, runMain(t, "", append(args, "stuck.lua")...), 1, "before\n",
			"wippy-lua: deadlock: every process is waiting and nothing can wake them\nstack traceback:\n"+
				"\t[C]: in method 'receive'\n\tstuck.lua:2: in main chunk\n\t[C]: in ?\n")
	}
	r := runMain(t, "", "run", "child.lua")
	if r.status != 1 || !strings.HasPrefix(r.stderr, "wippy-lua: (error object is a table value)\nstack traceback:\n") ||
		!strings.Contains(r.stderr, "child.lua:2: in function <child.lua:1>") {
		t.Errorf("%+v", r)
	}
	expect(t, runMain(t, "", "run", "tostr.lua"), 1, "", "wippy-lua: custom\n")
	expect(t, runMain(t, "", "run", "errval.lua"), 1, "", "wippy-lua: NOT_FOUND: no such user\n")
}

func TestRunOptionErrors(t *testing.T) {
	for _, args := range [][]string{{"run", "--workers"}, {"run", "--workers", "0", "x.lua"}, {"run", "--workers", "many", "x.lua"}} {
		if r := runMain(t, "", args...); r.status != 1 || !strings.Contains(r.stderr, "--workers") {
			t.Errorf("%v: %+v", args, r)
		}
	}
	r := runMain(t, "", "run", "-e", "x = 1", "../../examples/seed", "app:main")
	if r.status != 1 || !strings.Contains(r.stderr, "do not apply to app entries") {
		t.Errorf("%+v", r)
	}
}
