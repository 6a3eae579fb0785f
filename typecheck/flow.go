package typecheck

import "wippylua/types"

// pathKey names what a narrowing applies to: a local (path "") or a field
// path below it (".a.b").
type pathKey struct {
	sym  *symbol
	path string
}

// flowState is what the checker knows at one point of a function beyond
// the declared types: the narrowed type of locals and field paths. A dead
// state is one no execution reaches (after return, break, error()...).
//
// States are small (only what conditions and assignments refined, and only
// in the current function: a handful of facts) and copied at every branch,
// so the facts are a slice, cheaper to copy and to search than a map, and
// copied lazily: a copy shares the slice until one of them writes. Their
// number is bounded: Lua allows 200 locals per function, and field paths
// are capped (maxPathFacts).
type flowState struct {
	dead   bool
	facts  []fact
	shared bool // facts is shared with another state: copy before writing
	// paths counts the facts about field paths, so that forgetting a
	// local needs no scan when there are none.
	paths int
}

// fact is the narrowed type of one local or field path.
type fact struct {
	k pathKey
	t *types.Type
}

func newFlow() *flowState { return &flowState{} }

func deadFlow() *flowState { return &flowState{dead: true} }

func (f *flowState) clone() *flowState {
	if len(f.facts) == 0 {
		return &flowState{dead: f.dead}
	}
	f.shared = true
	return &flowState{dead: f.dead, facts: f.facts, shared: true, paths: f.paths}
}

// empty reports whether the state knows nothing.
func (f *flowState) empty() bool { return len(f.facts) == 0 }

// own makes the state's facts its own before a write.
func (f *flowState) own() {
	if !f.shared {
		return
	}
	f.facts = append(make([]fact, 0, len(f.facts)+2), f.facts...)
	f.shared = false
}

// find returns the index of k's fact, or -1.
func (f *flowState) find(k pathKey) int {
	for i := len(f.facts) - 1; i >= 0; i-- {
		if f.facts[i].k == k {
			return i
		}
	}
	return -1
}

func (f *flowState) get(k pathKey) *types.Type {
	if i := f.find(k); i >= 0 {
		return f.facts[i].t
	}
	return nil
}

// maxPathFacts bounds the field paths one state knows about. Locals are
// bounded by Lua's limit of 200 per function, but field paths are not
// (`registry.a = f` for a thousand names at the top level), and every
// copy, join, lookup and function entry costs the size of the state. Past
// the bound the state forgets every field path before learning the new
// one: the newest facts are the ones code nearby relies on.
const maxPathFacts = 64

func (f *flowState) set(k pathKey, t *types.Type) {
	if i := f.find(k); i >= 0 {
		if f.facts[i].t == t {
			return
		}
		f.own()
		f.facts[i].t = t
		return
	}
	if k.path != "" {
		if f.paths >= maxPathFacts {
			f.deleteIf(func(k pathKey) bool { return k.path != "" })
		}
		f.paths++
	}
	f.own()
	f.facts = append(f.facts, fact{k, t})
}

func (f *flowState) del(k pathKey) {
	if i := f.find(k); i >= 0 {
		f.own()
		f.facts = append(f.facts[:i], f.facts[i+1:]...)
		if k.path != "" {
			f.paths--
		}
	}
}

// deleteIf drops the facts for which drop holds.
func (f *flowState) deleteIf(drop func(pathKey) bool) {
	for i := range f.facts {
		if !drop(f.facts[i].k) {
			continue
		}
		// Something goes: filter into a slice of our own.
		f.own()
		kept := f.facts[:i]
		for _, x := range f.facts[i:] {
			if drop(x.k) {
				if x.k.path != "" {
					f.paths--
				}
				continue
			}
			kept = append(kept, x)
		}
		f.facts = kept
		return
	}
}

// forget drops what is known about sym and its fields, as after an
// assignment to it.
func (f *flowState) forget(sym *symbol) {
	f.del(pathKey{sym, ""})
	if f.paths > 0 {
		f.forgetPaths(sym)
	}
}

// forgetBelow drops what is known about the fields under path of sym.
func (f *flowState) forgetBelow(sym *symbol, path string) {
	if f.paths == 0 {
		return
	}
	f.deleteIf(func(k pathKey) bool {
		return k.sym == sym && len(k.path) > len(path) && k.path[:len(path)] == path && k.path[len(path)] == '.'
	})
}

// forgetPaths drops what is known about the fields of sym.
func (f *flowState) forgetPaths(sym *symbol) {
	if f.paths == 0 {
		return
	}
	f.deleteIf(func(k pathKey) bool { return k.sym == sym && k.path != "" })
}

// maxJoinedUnion bounds the unions that joining branches builds; a larger
// one falls back to the declared type, which keeps long if/elseif chains
// assigning many different types linear.
const maxJoinedUnion = 24

// join merges the states at the end of two branches: a fact survives only
// if both know it, as the union of the two.
func join(a, b *flowState) *flowState {
	if a.dead {
		return b
	}
	if b.dead {
		return a
	}
	if len(a.facts) == len(b.facts) && (len(a.facts) == 0 || &a.facts[0] == &b.facts[0]) {
		return a.clone() // the same facts: nothing changed on either side
	}
	out := &flowState{}
	for _, fa := range a.facts {
		tb := b.get(fa.k)
		if tb == nil {
			continue
		}
		t := fa.t
		if t != tb {
			t = types.NewUnion(t, tb)
			if t.Kind == types.KindUnion && len(t.Variants) > maxJoinedUnion {
				continue
			}
		}
		out.facts = append(out.facts, fact{fa.k, t})
		if fa.k.path != "" {
			out.paths++
		}
	}
	return out
}

// joinAll joins a list of states; all dead gives a dead state.
func joinAll(fs []*flowState) *flowState {
	out := deadFlow()
	for _, f := range fs {
		out = join(out, f)
	}
	return out
}
