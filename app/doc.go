// Package app loads an app directory — a tree of _index.yaml files that
// declare entries — and runs its entries.
//
// Load walks the tree, parses every _index.yaml (version, namespace,
// entries), validates the entries and compiles each Lua source once; the
// compiled prototype is shared by every run of the entry. Entry ids are
// "namespace:name". Kinds: function.lua (called, results returned),
// process.lua (spawned as a process), library.lua (a source returning a
// table, reachable from other entries through imports), process.host
// (a scheduler that process entries run on; one sched.Scheduler per host
// entry, started on first use) and db.sql.sqlite (an SQLite database,
// `file:` a path relative to the working directory or ":memory:",
// opened on first use by sql.get(id) and shared by every process of the
// app until Close; see modules/sql). Wippy's other fields of a database
// entry (pool, options, lifecycle) are accepted and ignored.
//
// Every run gets a fresh State with the sandbox profile and the process
// runtime (process.Host). Its require finds only what the entry lists:
// the runtime modules in modules (json, time, sql, http_client, channel,
// process) and the aliases in imports, which name library.lua entries; a
// library chunk is run once per State and its result cached. Any other name raises
// "module 'x' is not allowed in entry 'ns:name'".
//
// An entry's source returns a table of functions; method names the one
// that is run. Function entries run as a process on an internal
// scheduler (so that time, channels and coroutine.spawn work in them) and
// App.Call waits for their results. process.spawn(id[, host], ...) in any
// entry resolves id to a process.lua entry of the app and runs it on the
// host: a process.host entry (started on first use), or, when omitted,
// the caller's own. All the hosts of an app (and the internal function
// host, named "functions") form one sched.Group and are each other's
// process.Options.Peer, so pids ("{app:processes|0x1f}" names its host),
// registered names, messages, links, monitors, exec, cancel and terminate
// work across hosts as within one. App.Wait reports a deadlock when the
// whole app can no longer move.
//
// Options.Deterministic puts every host on a manual scheduler: App.Wait
// (and Call) then run the processes on the caller's goroutine, one turn
// at a time, with one virtual clock and fixed random seeds, so that a
// run repeats exactly (wippy-lua run --deterministic).
//
// It imports process, sched, vm, stdlib, modules (and modules/sql, to
// open databases), parser and compiler, and go.yaml.in/yaml/v3 for the
// YAML files; the CLI (internal/cli)
// imports it, never the reverse.
package app
