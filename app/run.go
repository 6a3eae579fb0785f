package app

import (
	"errors"
	"fmt"
	"sync"

	"wippylua/modules"
	"wippylua/modules/sql"
	"wippylua/process"
	"wippylua/sched"
	"wippylua/stdlib"
	"wippylua/vm"
)

// FunctionHost is the name of the internal scheduler that function
// entries run on (the host part of their pids).
const FunctionHost = "functions"

// hostRun is a started scheduler with its process host.
type hostRun struct {
	id string // host entry id, or "" for the function host
	s  *sched.Scheduler
	h  *process.Host
}

// bootstrap is the main function of every run: it runs the entry's
// chunk, checks that it returned a table with the method and tail-calls
// the method with the run's arguments. It is Lua so that the method can
// block (channels, time.sleep) like any process code.
var bootstrap = sync.OnceValue(func() *vm.Proto { return mustCompile(bootstrapSource, "=bootstrap") })

const bootstrapSource = `
local mod = __chunk()
if type(mod) ~= "table" then
  error("entry '" .. __id .. "': source returned " .. type(mod) .. ", not a table of functions", 0)
end
local f = mod[__method]
if type(f) ~= "function" then
  error("entry '" .. __id .. "': method '" .. __method .. "' is not a function", 0)
end
return f(...)
`

func mustCompile(src, name string) *vm.Proto {
	p, err := compile([]byte(src), name)
	if err != nil {
		panic(err)
	}
	return vm.NewProto(p)
}

// host returns the running scheduler of host entry id ("" for the
// function host), starting it on first use.
func (a *App) host(id string) (*hostRun, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, errors.New("app is closed")
	}
	if h := a.hosts[id]; h != nil {
		return h, nil
	}
	name := FunctionHost
	if id != "" {
		e := a.entries[id]
		if e == nil {
			return nil, fmt.Errorf("unknown host '%s'", id)
		}
		if e.Kind != KindHost {
			return nil, fmt.Errorf("entry '%s' is a %s, not a process.host", id, e.Kind)
		}
		name = id
	}
	hr := &hostRun{id: id, s: sched.NewWithOptions(sched.Options{
		Workers: a.opts.Workers,
		Manual:  a.opts.Deterministic,
		Name:    name,
		Group:   a.group,
	})}
	hr.h = process.NewHost(hr.s, process.Options{
		Profile:  stdlib.Sandbox,
		Stdout:   a.out,
		Resolve:  a.resolve,
		Peer:     a.peer,
		Resource: a.resource,
	})
	a.hosts[id] = hr
	return hr, nil
}

// peer is every host's process.Options.Peer: the host entries of the
// app, each started on first use, and the function host. They all share
// the app's sched.Group, so pids, names, messages, links and monitors
// work across them.
func (a *App) peer(name string) *process.Host {
	id := name
	if name == FunctionHost {
		id = ""
	}
	hr, err := a.host(id)
	if err != nil {
		return nil
	}
	return hr.h
}

// resource is every host's process.Options.Resource (sql.get): the
// database of a db.sql.sqlite entry, opened on first use and shared by
// every process of the app; the entry itself for other kinds (not a
// resource: the module says so); nil for an unknown id.
func (a *App) resource(id string) (any, error) {
	e := a.entries[id]
	if e == nil {
		return nil, nil
	}
	if e.Kind != KindSQLite {
		return e, nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, errors.New("app is closed")
	}
	if d := a.dbs[id]; d != nil {
		return d, nil
	}
	d, err := sql.OpenSQLite(id, e.DBFile)
	if err != nil {
		return nil, fmt.Errorf("database '%s': %w", id, err)
	}
	a.dbs[id] = d
	return d, nil
}

// resolve is process.spawn's Resolve: the host has been chosen already
// (process.Options.Peer), only the entry remains to be found.
func (a *App) resolve(st *vm.State, id, host string) (vm.Value, error) {
	e := a.entries[id]
	if e == nil {
		return vm.Nil, &process.KindError{Kind: "NOT_FOUND", Msg: fmt.Sprintf("unknown entry '%s'", id)}
	}
	if e.Kind != KindProcess {
		return vm.Nil, &process.KindError{Kind: "INVALID", Msg: fmt.Sprintf("entry '%s' is a %s, not a process.lua", id, e.Kind)}
	}
	return a.setup(e, st), nil
}

// setup prepares st (a fresh State of a host) for a run of e and returns
// the run's main function.
func (a *App) setup(e *Entry, st *vm.State) vm.Value {
	// The process runtime adds its own require only where there is none.
	st.SetGlobal("require", vm.FunctionValue(a.requireFor(e, st, map[string]vm.Value{})))
	env := vm.NewTable(0, 5)
	env.SetStr("__chunk", st.NewMainClosure(e.proto))
	env.SetStr("__method", vm.String(e.Method))
	env.SetStr("__id", vm.String(e.ID))
	env.SetStr("type", st.Global("type"))
	env.SetStr("error", st.Global("error"))
	return st.NewClosureWithEnv(bootstrap(), vm.TableValue(env))
}

// requireFor makes the require of code of entry e (the run's entry or a
// library it imports) in st; libs caches the libraries loaded in st, by
// entry id.
func (a *App) requireFor(e *Entry, st *vm.State, libs map[string]vm.Value) *vm.GoFunction {
	return vm.NewGoFunction("require", func(t *vm.Thread) int {
		name := t.CheckString(1)
		if target, ok := e.Imports[name]; ok {
			if v, ok := libs[target]; ok {
				if v.IsNil() {
					t.Errorf("import cycle: library '%s' requires itself while loading", target)
				}
				t.Push(v)
				return 1
			}
			lib := a.entries[target]
			libs[target] = vm.Nil // loading
			// A library runs with its own require (its modules and
			// imports) and its own globals, falling back to the State's.
			env := vm.NewTable(0, 1)
			env.SetStr("require", vm.FunctionValue(a.requireFor(lib, st, libs)))
			meta := vm.NewTable(0, 1)
			meta.SetStr("__index", vm.TableValue(st.Globals()))
			env.SetMetatable(meta)
			v := t.CallValue(st.NewClosureWithEnv(lib.proto, vm.TableValue(env)))
			if v.IsNil() {
				v = vm.True
			}
			libs[target] = v
			t.Push(v)
			return 1
		}
		for _, m := range e.Modules {
			if m != name {
				continue
			}
			switch name {
			case "time", "channel", "process":
				if loaded := st.RegistryField("_LOADED").AsTable(); loaded != nil {
					if v := st.View(loaded).GetStr(name); !v.IsNil() {
						t.Push(v)
						return 1
					}
				}
			default:
				if v, ok := modules.Require(st, name); ok {
					t.Push(v)
					return 1
				}
			}
			t.Errorf("module '%s' not found", name)
		}
		t.Errorf("module '%s' is not allowed in entry '%s'", name, e.ID)
		return 0
	})
}

// Call runs the function entry id with args and waits for its results,
// which belong to the returned State (the run's). args must be values
// that nothing else uses (numbers, strings, fresh tables).
func (a *App) Call(id string, args ...vm.Value) ([]vm.Value, *vm.State, error) {
	e := a.entries[id]
	if e == nil {
		return nil, nil, fmt.Errorf("unknown entry '%s'", id)
	}
	if e.Kind != KindFunction {
		return nil, nil, fmt.Errorf("entry '%s' is a %s, not a function.lua", id, e.Kind)
	}
	hr, err := a.host("")
	if err != nil {
		return nil, nil, err
	}
	var runState *vm.State
	p, err := hr.h.Spawn(func(st *vm.State) (vm.Value, error) {
		runState = st
		return a.setup(e, st), nil
	}, args...)
	if err != nil {
		return nil, nil, err
	}
	res, err := a.Wait(p)
	return res, runState, err
}

// ErrDeadlock is returned by Wait when every process of the app waits and
// nothing (no timer, no runnable process) can wake any of them.
var ErrDeadlock = sched.ErrDeadlock

// Wait waits for p to exit, like p.Wait, but returns ErrDeadlock when the
// app can make no more progress (sched.Group.Await): the app's processes
// have no other source of wake-ups than each other and their timers, so
// a quiescent app never moves again. In deterministic mode Wait is what
// runs the processes, on the calling goroutine.
func (a *App) Wait(p *sched.Proc) ([]vm.Value, error) { return a.group.Await(p) }

// Spawn starts the process entry id on the host entry host ("" for the
// app's first process.host) with args.
func (a *App) Spawn(id, host string, args ...vm.Value) (*sched.Proc, error) {
	e := a.entries[id]
	if e == nil {
		return nil, fmt.Errorf("unknown entry '%s'", id)
	}
	if e.Kind != KindProcess {
		return nil, fmt.Errorf("entry '%s' is a %s, not a process.lua", id, e.Kind)
	}
	if host == "" {
		host = a.FirstHost()
		if host == "" {
			return nil, fmt.Errorf("no process.host entry to run '%s' on", id)
		}
	}
	hr, err := a.host(host)
	if err != nil {
		return nil, err
	}
	return hr.h.Spawn(func(st *vm.State) (vm.Value, error) { return a.setup(e, st), nil }, args...)
}

// Host returns the process host of host entry id, starting its scheduler
// on first use (for sending messages from Go with Host.Send).
func (a *App) Host(id string) (*process.Host, error) {
	hr, err := a.host(id)
	if err != nil {
		return nil, err
	}
	return hr.h, nil
}
