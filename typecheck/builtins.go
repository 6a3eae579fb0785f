package typecheck

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"wippylua/ast"
	"wippylua/parser"
	"wippylua/types"
)

// The signatures of the standard library, the runtime globals and the
// runtime modules are declaration files in the annotation syntax
// (builtins/*.d.lua, builtins/modules/NAME.d.lua), parsed with the
// project's parser when the first check starts:
//
//   - `local name: T` declares the global name;
//   - `export type Name = T` declares a type checked programs may use,
//     plain `type Name = T` one private to the declaration files;
//   - a module file declares a local and returns it; its type is what
//     require("NAME") gives.
//
// The built-in type values (number, integer... and the string and table
// libraries, which are also type values) are added here, since the
// annotation syntax has no way to say "the type value standing for T".

//go:embed builtins/*.d.lua builtins/modules/*.d.lua
var builtinFiles embed.FS

// environment is the checker's view of what exists before a program runs.
type environment struct {
	globals map[string]*types.Type
	aliases map[string]*types.Alias // exported types
	modules map[string]*types.Type
	// errorMethods and typeMethods are the records of the methods of error
	// values and type values.
	errorMethods *types.Type
	typeMethods  *types.Type
	stringLib    *types.Type
	// stringFormat is string.format's signature (format.go).
	stringFormat *types.Signature
	// library holds every signature the declarations contain, which are
	// not user expectations (see checker.annotatedSig).
	library map[*types.Signature]bool
}

var (
	builtinOnce sync.Once
	builtinEnv  *environment
)

// builtins returns the environment, loading it on first use. A problem in
// the declaration files is a bug of the checker, hence the panic.
func builtins() *environment {
	builtinOnce.Do(func() {
		env, err := loadEnvironment()
		if err != nil {
			panic("typecheck: builtin declarations: " + err.Error())
		}
		builtinEnv = env
	})
	return builtinEnv
}

// typeValueGlobals are the built-in type values that are plain globals
// (see typevalue.Open); string and table are libraries that are also
// type values.
var typeValueGlobals = []string{"number", "integer", "boolean", "any", "unknown", "never", "thread", "userdata"}

// TypeValue returns the static type of the run-time type value standing
// for t.
func TypeValue(t *types.Type) *types.Type { return &types.Type{Kind: types.KindType, Inner: t} }

func loadEnvironment() (*environment, error) {
	env := &environment{
		globals: map[string]*types.Type{},
		aliases: map[string]*types.Alias{},
		modules: map[string]*types.Type{},
	}
	shared := &types.MapScope{Types: map[string]*types.Alias{}}
	for _, name := range []string{"builtins/lua.d.lua", "builtins/runtime.d.lua"} {
		if _, err := env.load(name, shared); err != nil {
			return nil, err
		}
	}
	mods, err := fs.Glob(builtinFiles, "builtins/modules/*.d.lua")
	if err != nil {
		return nil, err
	}
	for _, name := range mods {
		t, err := env.load(name, &types.MapScope{Parent: shared, Types: map[string]*types.Alias{}})
		if err != nil {
			return nil, err
		}
		if t == nil {
			return nil, fmt.Errorf("%s: a module file must return its module", name)
		}
		env.modules[strings.TrimSuffix(path.Base(name), ".d.lua")] = t
	}
	for _, name := range []string{"ErrorMethods", "TypeMethods"} {
		if shared.Types[name] == nil {
			return nil, fmt.Errorf("type %s is not declared", name)
		}
	}
	env.errorMethods = shared.Types["ErrorMethods"].Type
	env.typeMethods = shared.Types["TypeMethods"].Type
	env.stringLib = env.globals["string"]
	if f := env.stringLib.Field("format"); f != nil && f.Type.Sig != nil {
		env.stringFormat = f.Type.Sig
	} else {
		return nil, fmt.Errorf("string.format is not declared")
	}
	env.library = map[*types.Signature]bool{}
	for _, t := range env.globals {
		collectSigs(t, env.library, map[*types.Type]bool{})
	}
	for _, t := range env.modules {
		collectSigs(t, env.library, map[*types.Type]bool{})
	}
	collectSigs(env.errorMethods, env.library, map[*types.Type]bool{})
	collectSigs(env.typeMethods, env.library, map[*types.Type]bool{})
	for _, name := range typeValueGlobals {
		env.globals[name] = TypeValue(types.Builtins[name])
	}
	for _, name := range []string{"string", "table"} {
		env.globals[name] = types.NewIntersection(env.globals[name], TypeValue(types.Builtins[name]))
	}
	return env, nil
}

// load reads one declaration file into env, with its aliases in scope. It
// returns the type of the value the file returns, if any.
func (env *environment) load(name string, scope *types.MapScope) (*types.Type, error) {
	src, err := builtinFiles.ReadFile(name)
	if err != nil {
		return nil, err
	}
	chunk, err := parser.Parse(src, "@"+name)
	if err != nil {
		return nil, err
	}
	var aliases []*types.Alias
	for _, s := range chunk.Block.Stmts {
		if d, ok := s.(*ast.TypeAliasStmt); ok {
			a := types.NewAlias(d, scope)
			scope.Types[d.Name.Name] = a
			aliases = append(aliases, a)
			if d.Exported {
				env.aliases[d.Name.Name] = a
			}
		}
	}
	fail := func(errs []*types.ResolveError) error {
		return fmt.Errorf("%s:%v", name, errs[0])
	}
	for _, a := range aliases {
		if errs := a.Define(); len(errs) > 0 {
			return nil, fail(errs)
		}
	}
	locals := map[string]*types.Type{}
	var ret *types.Type
	for _, s := range chunk.Block.Stmts {
		switch s := s.(type) {
		case *ast.LocalStmt:
			for i, id := range s.Names {
				t, errs := types.Resolve(s.Types[i], scope)
				if len(errs) > 0 {
					return nil, fail(errs)
				}
				locals[id.Name] = t
			}
		case *ast.ReturnStmt:
			ret = locals[s.Exprs[0].(*ast.Ident).Name]
		}
	}
	if ret == nil {
		for n, t := range locals {
			env.globals[n] = t
		}
	}
	return ret, nil
}

// collectSigs adds the signatures found in t to sigs.
func collectSigs(t *types.Type, sigs map[*types.Signature]bool, seen map[*types.Type]bool) {
	if t == nil || seen[t] {
		return
	}
	seen[t] = true
	if t.Sig != nil {
		sigs[t.Sig] = true
		for _, p := range t.Sig.Params {
			collectSigs(p.Type, sigs, seen)
		}
		for _, r := range t.Sig.Returns {
			collectSigs(r, sigs, seen)
		}
		collectSigs(t.Sig.Vararg, sigs, seen)
		collectSigs(t.Sig.VarReturn, sigs, seen)
	}
	collectSigs(t.Inner, sigs, seen)
	for _, v := range t.Variants {
		collectSigs(v, sigs, seen)
	}
	for _, f := range t.Fields {
		collectSigs(f.Type, sigs, seen)
	}
	collectSigs(t.Elem, sigs, seen)
	collectSigs(t.Key, sigs, seen)
	collectSigs(t.Val, sigs, seen)
}
