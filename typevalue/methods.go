package typevalue

import (
	"wippylua/types"
	"wippylua/vm"
)

// methods are the methods of type values, as shared Go functions.
var methods = func() map[string]vm.Value {
	fns := map[string]func(t *vm.Thread) int{
		"is":       methodIs,
		"kind":     methodKind,
		"name":     methodName,
		"fields":   methodFields,
		"field":    methodField,
		"elem":     partMethod("elem", "an array", types.KindArray, func(t *types.Type) *types.Type { return t.Elem }),
		"key":      partMethod("key", "a map", types.KindMap, func(t *types.Type) *types.Type { return t.Key }),
		"val":      partMethod("val", "a map", types.KindMap, func(t *types.Type) *types.Type { return t.Val }),
		"inner":    partMethod("inner", "an optional", types.KindOptional, func(t *types.Type) *types.Type { return t.Inner }),
		"variants": methodVariants,
		"params":   methodParams,
		"ret":      methodRet,
		"literal":  methodLiteral,
	}
	out := make(map[string]vm.Value, len(fns))
	for name, fn := range fns {
		out[name] = vm.FunctionValue(vm.NewGoFunction(name, fn))
	}
	return out
}()

// checkKind raises the error of a method asked of a type of the wrong
// kind: "T:elem(): {string: number} is not an array".
func checkKind(t *vm.Thread, e *entry, method, article string, kinds ...types.Kind) {
	for _, k := range kinds {
		if e.t.Kind == k {
			return
		}
	}
	t.Errorf("%s(): %s is not %s type", method, typeText(e.t), article)
}

// partMethod makes a method returning one part of a type of one kind.
func partMethod(name, article string, kind types.Kind, part func(*types.Type) *types.Type) func(t *vm.Thread) int {
	return func(t *vm.Thread) int {
		e := checkType(t, 1)
		checkKind(t, e, name, article, kind)
		t.Push(Value(part(e.t)))
		return 1
	}
}

func methodKind(t *vm.Thread) int {
	t.Push(vm.String(checkType(t, 1).t.Kind.String()))
	return 1
}

// methodName returns the alias name, the kind of a built-in type, or nil.
func methodName(t *vm.Thread) int {
	ty := checkType(t, 1).t
	switch {
	case ty.Name != "":
		t.Push(vm.String(ty.Name))
	case types.Builtins[ty.Kind.String()] != nil && len(ty.Validators) == 0:
		t.Push(vm.String(ty.Kind.String()))
	default:
		t.Push(vm.Nil)
	}
	return 1
}

// methodFields returns an iterator over the fields of a record: each
// step gives name, type and whether the field is optional.
func methodFields(t *vm.Thread) int {
	e := checkType(t, 1)
	checkKind(t, e, "fields", "a record", types.KindRecord)
	fields := e.t.Fields
	i := 0
	t.Push(vm.FunctionValue(vm.NewGoFunction("fields_iterator", func(t *vm.Thread) int {
		if i >= len(fields) {
			t.Push(vm.Nil)
			return 1
		}
		f := fields[i]
		i++
		t.Push(vm.String(f.Name))
		t.Push(Value(f.Type))
		t.Push(vm.Bool(f.Optional))
		return 3
	})))
	return 1
}

// methodField is T:field(name): the type of a record field, or nil.
func methodField(t *vm.Thread) int {
	e := checkType(t, 1)
	name := t.CheckString(2)
	checkKind(t, e, "field", "a record", types.KindRecord)
	if f := e.t.Field(name); f != nil {
		t.Push(Value(f.Type))
	} else {
		t.Push(vm.Nil)
	}
	return 1
}

// pushArray pushes a new array of the type values of ts.
func pushArray(t *vm.Thread, ts []*types.Type) {
	arr := vm.NewTable(len(ts), 0)
	for i, x := range ts {
		arr.SetInt(int64(i+1), Value(x))
	}
	t.Push(vm.TableValue(arr))
}

func methodVariants(t *vm.Thread) int {
	e := checkType(t, 1)
	checkKind(t, e, "variants", "a union or intersection", types.KindUnion, types.KindIntersection)
	pushArray(t, e.t.Variants)
	return 1
}

// signature returns the signature of a function type.
func signature(t *vm.Thread, method string) *types.Signature {
	e := checkType(t, 1)
	checkKind(t, e, method, "a function", types.KindFunction)
	if e.t.Sig == nil {
		t.Errorf("%s(): function has no signature", method)
	}
	return e.t.Sig
}

func methodParams(t *vm.Thread) int {
	sig := signature(t, "params")
	ps := make([]*types.Type, len(sig.Params))
	for i, p := range sig.Params {
		ps[i] = p.Type
	}
	pushArray(t, ps)
	return 1
}

// methodRet returns the result types of a function type as results.
func methodRet(t *vm.Thread) int {
	sig := signature(t, "ret")
	if !t.HasStackRoom(len(sig.Returns)) {
		t.Errorf("ret(): too many results")
	}
	for _, r := range sig.Returns {
		t.Push(Value(r))
	}
	return len(sig.Returns)
}

func methodLiteral(t *vm.Thread) int {
	e := checkType(t, 1)
	checkKind(t, e, "literal", "a literal", types.KindLiteral)
	t.Push(literalValue(e.t.Lit))
	return 1
}
