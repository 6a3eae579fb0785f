package types

import "sync"

// Canonical returns the representative of t's structure: one *Type, shared
// by the whole program, for all graphs with the same kinds, names, type
// arguments, literals, fields, signatures and validators, whatever their
// origin (two loads of one chunk, two chunks declaring the same alias,
// the checker and the decoder). The runtime makes one type value per
// representative, so that structurally equal types are the same Lua value.
//
// Graphs are compared up to sharing for their acyclic parts: a type used
// twice and two copies of it have one representative. Inside a cycle
// (a recursive alias) the comparison follows the graph as built, so a
// recursive alias and its unrolled form stay distinct; that only costs an
// extra representative, never a wrong identity.
//
// The representative is t itself when t is already canonical, and
// otherwise t or a copy of t whose children are representatives too. It is
// safe for concurrent use. Representatives are kept for the life of the
// program: types come from the constants of loaded code, so their number
// is bounded by the code that was loaded.
func Canonical(t *Type) *Type {
	if t == nil {
		return nil
	}
	interned.Lock()
	defer interned.Unlock()
	if _, ok := interned.id[t]; ok {
		return t
	}
	c := canonicalizer{order: make(map[*Type]int), low: make(map[*Type]int), canon: make(map[*Type]*Type)}
	c.visit(t)
	return c.canon[t]
}

// IsCanonical reports whether t is a representative returned by
// Canonical.
func IsCanonical(t *Type) bool {
	interned.Lock()
	defer interned.Unlock()
	_, ok := interned.id[t]
	return ok
}

// interned is the table of representatives: by structural key, and the
// numbering that keys use to refer to representatives.
var interned = struct {
	sync.Mutex
	byKey map[string]*Type
	id    map[*Type]uint64
}{byKey: make(map[string]*Type), id: make(map[*Type]uint64)}

// canonicalizer finds the strongly connected components of the graph
// (Tarjan's algorithm) and interns them as they complete, which is in
// reverse topological order: every child outside a component has its
// representative when the component is interned, so a component's keys
// refer to its outside children by their representative's number.
type canonicalizer struct {
	order, low map[*Type]int
	stack      []*Type
	onStack    map[*Type]bool
	canon      map[*Type]*Type
}

func (c *canonicalizer) visit(t *Type) {
	if _, ok := interned.id[t]; ok {
		c.canon[t] = t
		return
	}
	if c.onStack == nil {
		c.onStack = make(map[*Type]bool)
	}
	n := len(c.order)
	c.order[t], c.low[t] = n, n
	c.stack = append(c.stack, t)
	c.onStack[t] = true
	forEachChild(t, func(ch *Type) {
		if _, done := c.canon[ch]; done {
			return
		}
		if _, seen := c.order[ch]; !seen {
			c.visit(ch)
			if _, done := c.canon[ch]; !done {
				c.low[t] = min(c.low[t], c.low[ch])
			}
		} else if c.onStack[ch] {
			c.low[t] = min(c.low[t], c.order[ch])
		}
	})
	if c.low[t] != c.order[t] {
		return
	}
	i := len(c.stack) - 1
	for c.stack[i] != t {
		i--
	}
	component := append([]*Type(nil), c.stack[i:]...)
	c.stack = c.stack[:i]
	for _, m := range component {
		delete(c.onStack, m)
	}
	c.intern(component)
}

// intern assigns representatives to the members of one component.
func (c *canonicalizer) intern(component []*Type) {
	external := func(ch *Type) (uint64, bool) {
		if r, ok := c.canon[ch]; ok {
			return interned.id[r], true
		}
		return 0, false
	}
	keys := make([]string, len(component))
	missing := false
	for i, m := range component {
		e := encoder{index: make(map[*Type]int), external: external}
		e.node(m)
		keys[i] = string(e.buf)
		if _, ok := interned.byKey[keys[i]]; !ok {
			missing = true
		}
	}
	if !missing {
		for i, m := range component {
			c.canon[m] = interned.byKey[keys[i]]
		}
		return
	}
	// New members: representatives are the members themselves when all
	// their children are representatives already, else copies pointing
	// at representatives (and at each other, inside the component).
	reps := make(map[*Type]*Type, len(component))
	for _, m := range component {
		reps[m] = m
		forEachChild(m, func(ch *Type) {
			if r, ok := c.canon[ch]; !ok || r != ch {
				reps[m] = nil
			}
		})
		if reps[m] == nil {
			cp := *m
			reps[m] = &cp
		}
	}
	for _, m := range component {
		if r := reps[m]; r != m {
			replaceChildren(r, func(ch *Type) *Type {
				if inner, ok := reps[ch]; ok {
					return inner
				}
				return c.canon[ch]
			})
		}
	}
	for i, m := range component {
		if old, ok := interned.byKey[keys[i]]; ok {
			c.canon[m] = old
			continue
		}
		r := reps[m]
		interned.byKey[keys[i]] = r
		interned.id[r] = uint64(len(interned.id))
		c.canon[m] = r
	}
}
