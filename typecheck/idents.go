package typecheck

import "wippylua/ast"

// identTable maps the identifiers of a chunk to the locals they declare
// or denote. It replaces a hash map because of its access pattern: the
// checker looks up nearly every identifier, in about the order of the
// source, and a hash map with an entry per identifier of a large chunk
// sends each lookup to a random place of a table larger than the
// processor's caches, which made checking time grow faster than the
// input. Here the entries are sorted by line, so lookups of nearby code
// touch nearby memory: start[l] indexes the first entry on line l, and
// the few entries of a line are searched for the identifier itself (its
// position narrows the search; pointer equality decides, so identifiers
// built without positions still work).
type identTable struct {
	start   []int32 // by line; start[l+1] ends line l's entries
	entries []identEntry
}

type identEntry struct {
	col int32
	def bool // a declaration, not a use
	id  *ast.Ident
	sym *symbol
}

// identBuilder collects the entries in any order.
type identBuilder struct {
	entries []identEntry
	maxLine int
}

func (b *identBuilder) add(id *ast.Ident, sym *symbol, def bool) {
	b.entries = append(b.entries, identEntry{col: int32(id.Pos.Column), id: id, sym: sym, def: def})
	b.maxLine = max(b.maxLine, id.Pos.Line)
}

// build sorts the entries by line (a counting sort: linear) and, within
// a line, by column.
func (b *identBuilder) build() identTable {
	n := b.maxLine + 2
	start := make([]int32, n)
	for _, e := range b.entries {
		start[line(e.id)+1]++
	}
	for l := 1; l < n; l++ {
		start[l] += start[l-1]
	}
	next := append([]int32(nil), start...)
	sorted := make([]identEntry, len(b.entries))
	for _, e := range b.entries {
		l := line(e.id)
		sorted[next[l]] = e
		next[l]++
	}
	for l := 0; l+1 < n; l++ {
		sortByColumn(sorted[start[l]:start[l+1]])
	}
	return identTable{start: start, entries: sorted}
}

// line is the line of an identifier, 0 for invalid positions.
func line(id *ast.Ident) int {
	if id.Pos.Line < 0 {
		return 0
	}
	return id.Pos.Line
}

// sortByColumn is an insertion sort: the entries of one line are few and
// nearly in order.
func sortByColumn(es []identEntry) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].col < es[j-1].col; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// lookup returns the entry of id, or nil.
func (t *identTable) lookup(id *ast.Ident) *identEntry {
	l := line(id)
	if l+1 >= len(t.start) {
		return nil
	}
	es := t.entries[t.start[l]:t.start[l+1]]
	// Binary search for the first entry at the identifier's column.
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].col < int32(id.Pos.Column) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(es) && es[i].col == int32(id.Pos.Column); i++ {
		if es[i].id == id {
			return &es[i]
		}
	}
	return nil
}

// def returns the symbol id declares, or nil.
func (t *identTable) def(id *ast.Ident) *symbol {
	if e := t.lookup(id); e != nil && e.def {
		return e.sym
	}
	return nil
}

// use returns the local id denotes, or nil (a global, or a declaration).
func (t *identTable) use(id *ast.Ident) *symbol {
	if e := t.lookup(id); e != nil && !e.def {
		return e.sym
	}
	return nil
}
