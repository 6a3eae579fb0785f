package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"wippylua/bytecode"
	"wippylua/compiler"
	"wippylua/modules/sql"
	"wippylua/parser"
	"wippylua/process"
	"wippylua/sched"
	"wippylua/vm"
)

// Entry kinds.
const (
	KindFunction = "function.lua"
	KindProcess  = "process.lua"
	KindLibrary  = "library.lua"
	KindHost     = "process.host"
	// KindSQLite declares an SQLite database (its `file:`, ":memory:"
	// for one in memory) that entries reach with sql.get(id).
	KindSQLite = "db.sql.sqlite"
)

// IndexFile is the name of the files that declare entries.
const IndexFile = "_index.yaml"

// Entry is one validated entry of an app.
type Entry struct {
	ID        string // namespace:name
	Namespace string
	Name      string
	Kind      string
	Method    string
	Modules   []string
	Imports   map[string]string // alias -> library entry id
	// Source is the path of the source file (empty for process.host
	// and databases).
	Source string
	// DBFile is a db.sql.sqlite entry's file, as written (relative paths
	// are relative to the working directory, as the driver sees them).
	DBFile string
	// File and Line locate the entry's declaration.
	File string
	Line int

	// proto is the compiled source, prepared once for every run.
	proto *vm.Proto
}

// Error is an error in an app's definition, located in a file.
type Error struct {
	File string
	Line int // 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// Options configures an App.
type Options struct {
	// Stdout receives print output of all entries; nil means os.Stdout.
	Stdout io.Writer
	// Workers is the number of workers of each scheduler; 0 means
	// GOMAXPROCS.
	Workers int
	// Deterministic runs every host on a manual scheduler (sched.Options
	// Manual): one worker, the caller's goroutine (Wait drives them),
	// virtual time and a fixed random seed, so that a run repeats exactly.
	Deterministic bool
}

// App is a loaded app directory.
type App struct {
	Dir     string
	entries map[string]*Entry
	ids     []string // sorted
	opts    Options

	mu     sync.Mutex
	hosts  map[string]*hostRun      // by host entry id; "" is the function host
	group  *sched.Group             // every host's scheduler
	out    io.Writer                // opts.Stdout, shared by the hosts
	dbs    map[string]*sql.Database // opened databases, by entry id
	closed bool
}

// Load reads the app directory dir: every _index.yaml under it, and the
// sources their entries name, which are compiled.
func Load(dir string) (*App, error) { return LoadWithOptions(dir, Options{}) }

// LoadWithOptions is Load with options.
func LoadWithOptions(dir string, o Options) (*App, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", dir)
	}
	a := &App{Dir: dir, entries: map[string]*Entry{}, opts: o, hosts: map[string]*hostRun{}, group: sched.NewGroup(), dbs: map[string]*sql.Database{}}
	if o.Stdout != nil {
		a.out = process.SyncWriter(o.Stdout)
	}
	var files []string
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == IndexFile {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no %s found", dir, IndexFile)
	}
	var errs []error
	for _, f := range files {
		if err := a.loadIndex(f); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		errs = a.checkImports()
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for id := range a.entries {
		a.ids = append(a.ids, id)
	}
	sort.Strings(a.ids)
	return a, nil
}

// Entry returns the entry id, or nil.
func (a *App) Entry(id string) *Entry { return a.entries[id] }

// Entries returns the entries sorted by id.
func (a *App) Entries() []*Entry {
	out := make([]*Entry, len(a.ids))
	for i, id := range a.ids {
		out[i] = a.entries[id]
	}
	return out
}

// FirstHost returns the id of the first process.host entry (by id), or "".
func (a *App) FirstHost() string {
	for _, id := range a.ids {
		if a.entries[id].Kind == KindHost {
			return id
		}
	}
	return ""
}

type indexDoc struct {
	Version   string      `yaml:"version"`
	Namespace string      `yaml:"namespace"`
	Entries   []yaml.Node `yaml:"entries"`
}

type rawEntry struct {
	Name    string            `yaml:"name"`
	Kind    string            `yaml:"kind"`
	Source  string            `yaml:"source"`
	Method  string            `yaml:"method"`
	Modules []string          `yaml:"modules"`
	Imports map[string]string `yaml:"imports"`
	File    string            `yaml:"file"`
}

// yamlError turns a YAML library error into an Error of file.
func yamlError(file string, line int, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = strings.Join(te.Errors, "; ")
	}
	// The library's messages start with "line N: " when it knows it.
	var n int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &n); scanErr == nil {
		line = n
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	return &Error{File: file, Line: line, Msg: "bad YAML: " + msg}
}

// keyLine returns the line of key's value in mapping node n (n's line
// when absent).
func keyLine(n *yaml.Node, key string) int {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i+1].Line
			}
		}
	}
	return n.Line
}

var validKinds = map[string]bool{KindFunction: true, KindProcess: true, KindLibrary: true, KindHost: true, KindSQLite: true}

// hasSource reports whether entries of kind have a Lua source.
func hasSource(kind string) bool { return kind != KindHost && kind != KindSQLite }

func (a *App) loadIndex(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return yamlError(file, 0, err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return &Error{File: file, Msg: "empty file: version, namespace and entries expected"}
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		return &Error{File: file, Line: top.Line, Msg: "a mapping with version, namespace and entries expected"}
	}
	var doc indexDoc
	if err := top.Decode(&doc); err != nil {
		return yamlError(file, top.Line, err)
	}
	if doc.Version == "" {
		return &Error{File: file, Line: top.Line, Msg: "missing version"}
	}
	if doc.Namespace == "" {
		return &Error{File: file, Line: top.Line, Msg: "missing namespace"}
	}
	if !validName(doc.Namespace, true) {
		return &Error{File: file, Line: keyLine(top, "namespace"), Msg: fmt.Sprintf("invalid namespace '%s'", doc.Namespace)}
	}
	var errs []error
	for i := range doc.Entries {
		if err := a.loadEntry(file, doc.Namespace, &doc.Entries[i]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// validName reports whether s is a name (letters, digits, _ and -) or,
// when dotted, names separated by dots.
func validName(s string, dotted bool) bool {
	if s == "" {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" || (!dotted && part != s) {
			return false
		}
		for _, r := range part {
			if !(r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}

func (a *App) loadEntry(file, ns string, n *yaml.Node) error {
	var raw rawEntry
	if err := n.Decode(&raw); err != nil {
		return yamlError(file, n.Line, err)
	}
	fail := func(key, format string, args ...any) error {
		return &Error{File: file, Line: keyLine(n, key), Msg: fmt.Sprintf(format, args...)}
	}
	if raw.Name == "" {
		return fail("", "entry without a name")
	}
	if !validName(raw.Name, true) {
		return fail("name", "invalid entry name '%s'", raw.Name)
	}
	id := ns + ":" + raw.Name
	if raw.Kind == "" {
		return fail("", "entry '%s' has no kind", id)
	}
	if !validKinds[raw.Kind] {
		return fail("kind", "entry '%s' has unknown kind '%s' (want function.lua, process.lua, library.lua, process.host or db.sql.sqlite)", id, raw.Kind)
	}
	if prev := a.entries[id]; prev != nil {
		return fail("name", "duplicate entry id '%s' (first declared at %s:%d)", id, prev.File, prev.Line)
	}
	e := &Entry{ID: id, Namespace: ns, Name: raw.Name, Kind: raw.Kind, Method: raw.Method,
		Modules: raw.Modules, Imports: raw.Imports, File: file, Line: n.Line}
	if e.Kind == KindSQLite {
		if raw.File == "" {
			return fail("", "entry '%s' has no file (a path, or \":memory:\")", id)
		}
		e.DBFile = raw.File
	}
	if hasSource(e.Kind) {
		if raw.Source == "" {
			return fail("", "entry '%s' has no source", id)
		}
		rel, ok := strings.CutPrefix(raw.Source, "file://")
		if !ok || rel == "" {
			return fail("source", "entry '%s': source '%s' must be file://relative/path.lua", id, raw.Source)
		}
		if filepath.IsAbs(rel) {
			return fail("source", "entry '%s': source path '%s' must be relative to %s", id, rel, IndexFile)
		}
		e.Source = filepath.Join(filepath.Dir(file), filepath.FromSlash(rel))
		src, err := os.ReadFile(e.Source)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fail("source", "entry '%s': source file %s not found", id, e.Source)
			}
			return fail("source", "entry '%s': %v", id, err)
		}
		chunkname := "@" + e.Source
		if r, err := filepath.Rel(a.Dir, e.Source); err == nil {
			chunkname = "@" + filepath.ToSlash(r)
		}
		p, err := compile(src, chunkname)
		if err != nil {
			return fail("source", "entry '%s': %v", id, err)
		}
		e.proto = vm.NewProto(p)
		if e.Kind != KindLibrary && e.Method == "" {
			return fail("", "entry '%s' has no method", id)
		}
	}
	a.entries[id] = e
	return nil
}

func compile(src []byte, chunkname string) (*bytecode.Proto, error) {
	chunk, err := parser.Parse(src, chunkname)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(chunk)
}

// checkImports verifies that every import names a library.lua entry.
func (a *App) checkImports() []error {
	var errs []error
	ids := make([]string, 0, len(a.entries))
	for id := range a.entries {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := a.entries[id]
		aliases := make([]string, 0, len(e.Imports))
		for alias := range e.Imports {
			aliases = append(aliases, alias)
		}
		sort.Strings(aliases)
		for _, alias := range aliases {
			target := e.Imports[alias]
			t := a.entries[target]
			switch {
			case t == nil:
				errs = append(errs, &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("entry '%s': import '%s' names unknown entry '%s'", id, alias, target)})
			case t.Kind != KindLibrary:
				errs = append(errs, &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("entry '%s': import '%s' names '%s', a %s, not a library.lua", id, alias, target, t.Kind)})
			}
		}
	}
	return errs
}

// Close stops the app's schedulers (processes still running end with
// sched.ErrStopped) and closes its databases.
func (a *App) Close() {
	a.mu.Lock()
	a.closed = true
	a.hosts = map[string]*hostRun{}
	dbs := a.dbs
	a.dbs = map[string]*sql.Database{}
	a.mu.Unlock()
	a.group.Stop()
	for _, d := range dbs {
		d.Close()
	}
}
