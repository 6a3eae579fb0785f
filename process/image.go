package process

import (
	"sync"

	"wippylua/modules"
	"wippylua/stdlib"
	"wippylua/vm"
)

// The libraries every process starts with are built once per profile and
// frozen into a vm.Image that all processes share copy-on-write (see
// vm.NewImage): a new process's State costs a few hundred bytes instead
// of tens of kilobytes, and a process that changes a library table (or
// defines a global) changes its own copy only. The runtime's functions
// find their process through the running State (current), never through
// a closure, so one set serves every host.

// images holds the image of each profile, built on first use.
var images [2]struct {
	once sync.Once
	img  *vm.Image
}

// imageFor returns the image of profile p.
func imageFor(p stdlib.Profile) *vm.Image {
	e := &images[p]
	e.once.Do(func() {
		makeMetas()
		img, err := stdlib.NewImage(p, installRuntime)
		if err != nil {
			panic(err) // the runtime put a value that cannot be shared in it
		}
		e.img = img
	})
	return e.img
}

// installRuntime adds the runtime's globals and modules to s, the State
// an image is built from: the errors global (and json), channel, process,
// coroutine.spawn, time in package.loaded and, where there is no package
// library, a require that knows the runtime's modules.
func installRuntime(s *vm.State) {
	modules.Open(s)
	g := s.Globals()
	channelT := vm.TableValue(funcTable(channelLib))
	processT := vm.TableValue(newProcessTable())
	g.SetStr("channel", channelT)
	g.SetStr("process", processT)
	if co := g.GetStr("coroutine").AsTable(); co != nil {
		co.SetStr("spawn", vm.FunctionValue(coSpawnFn))
	}
	reg := s.Registry()
	loaded := reg.GetStr("_LOADED").AsTable()
	if loaded == nil {
		loaded = vm.NewTable(0, 4)
		reg.SetStr("_LOADED", vm.TableValue(loaded))
	}
	loaded.SetStr("time", vm.TableValue(newTimeTable()))
	loaded.SetStr("channel", channelT)
	loaded.SetStr("process", processT)
	if g.GetStr("require").IsNil() {
		g.SetStr("require", vm.FunctionValue(runtimeRequireFn))
		// Without the package library, the modules are loaded into the
		// image once rather than into each process that requires them.
		modules.Require(s, "json")
	}
	// The metatables of the runtime's userdata belong to the image too,
	// so that they are frozen like the rest.
	reg.SetStr(metasKey, vm.TableValue(metas.all))
}

// metasKey is the registry field that holds the runtime's metatables.
const metasKey = "wippy.process.metatables"

// runtimeMetas are the metatables of the runtime's userdata, shared by
// every process. They are tables of the images (a program that reaches
// one through debug.getmetatable and changes it changes its own copy).
type runtimeMetas struct {
	channel, chanCase, message, payload, time, timer *vm.Table
	all                                              *vm.Table // all of them, by name
}

// metas are the runtime's metatables, made with the first image (before
// any process exists) by makeMetas: they hold the functions that use
// them, which a variable's initializer cannot, and the method tables are
// themselves filled by init functions.
var (
	metas     *runtimeMetas
	metasOnce sync.Once
)

func makeMetas() { metasOnce.Do(func() { metas = newRuntimeMetas() }) }

func newRuntimeMetas() *runtimeMetas {
	m := &runtimeMetas{
		channel:  newMeta("channel", channelMethods, map[string]*vm.GoFunction{"__tostring": chanToString}),
		chanCase: newMeta("channel.case", nil, nil),
		message:  newMeta("message", messageMethods, nil),
		payload:  newMeta("payload", payloadMethods, nil),
		time:     newMeta("time", timeMethods, timeMetamethods),
		timer:    newMeta("timer", timerMethods, nil),
	}
	m.all = vm.NewTable(0, 6)
	for name, t := range map[string]*vm.Table{"channel": m.channel, "channel.case": m.chanCase,
		"message": m.message, "payload": m.payload, "time": m.time, "timer": m.timer} {
		m.all.SetStr(name, vm.TableValue(t))
	}
	return m
}
