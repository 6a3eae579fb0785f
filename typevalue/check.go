package typevalue

import (
	"wippylua/modules/errors"
	"wippylua/types"
	"wippylua/vm"
)

// A matcher is the compiled checker of one type: the type's parts turned
// into the form the check reads fastest (field names as Lua strings,
// literals as values, children as matchers). Matchers form the same graph
// as their types, cycles included, and are immutable once compiled.
type matcher struct {
	t    *types.Type
	kind types.Kind

	lit        vm.Value     // KindLiteral
	elem       *matcher     // KindArray elements, KindOptional inner, KindParam constraint
	key, val   *matcher     // KindMap
	members    []*matcher   // KindUnion, KindIntersection
	fields     []fieldMatch // KindRecord
	validators []validator

	// accepts has bit 1<<k set for every vm.Kind of value the type can
	// accept; a failed union uses it to blame the one member that could
	// have matched.
	accepts uint16
	// guarded marks table types that are part of a recursive type: only
	// they can meet a cyclic value, so only they track the tables being
	// checked.
	guarded bool
}

type fieldMatch struct {
	name     string
	key      vm.Key // name, hashed once
	optional bool
	m        *matcher
}

// maxValueDepth bounds how deep a check descends into nested tables, so
// that a long linked list checked against a recursive type fails instead
// of exhausting the Go stack.
const maxValueDepth = 10000

const allKinds = 1<<(vm.KindUserdata+1) - 1

// compile builds the matcher graph of t.
func compile(t *types.Type) *matcher {
	c := compiler{done: make(map[*types.Type]*matcher), compiling: make(map[*matcher]bool)}
	m := c.matcher(t)
	for _, m := range c.all {
		m.accepts = acceptedKinds(m, map[*matcher]bool{})
	}
	return m
}

type compiler struct {
	done      map[*types.Type]*matcher
	stack     []*matcher // matchers being compiled, to find cycles
	compiling map[*matcher]bool
	all       []*matcher
}

func (c *compiler) matcher(t *types.Type) *matcher {
	if t == nil {
		t = types.Unknown
	}
	if m, ok := c.done[t]; ok {
		if c.compiling[m] {
			// Reaching a matcher still being compiled closes a cycle:
			// every table type on it must guard against cyclic values.
			for i := len(c.stack) - 1; i >= 0; i-- {
				c.stack[i].guarded = true
				if c.stack[i] == m {
					break
				}
			}
		}
		return m
	}
	m := &matcher{t: t, kind: t.Kind}
	c.done[t] = m
	c.all = append(c.all, m)
	c.stack = append(c.stack, m)
	c.compiling[m] = true
	switch t.Kind {
	case types.KindLiteral:
		m.lit = literalValue(t.Lit)
	case types.KindOptional:
		m.elem = c.matcher(t.Inner)
	case types.KindParam:
		if t.Constraint != nil {
			m.elem = c.matcher(t.Constraint)
		}
	case types.KindArray:
		m.elem = c.matcher(t.Elem)
	case types.KindMap:
		m.key = c.matcher(t.Key)
		m.val = c.matcher(t.Val)
	case types.KindUnion, types.KindIntersection:
		for _, v := range t.Variants {
			m.members = append(m.members, c.matcher(v))
		}
	case types.KindRecord:
		for _, f := range t.Fields {
			m.fields = append(m.fields, fieldMatch{name: f.Name, key: vm.NewKey(f.Name), optional: f.Optional, m: c.matcher(f.Type)})
		}
	}
	m.validators = compileValidators(t.Validators)
	c.stack = c.stack[:len(c.stack)-1]
	delete(c.compiling, m)
	// Only tables can be cyclic values.
	switch t.Kind {
	case types.KindRecord, types.KindArray, types.KindMap:
	default:
		m.guarded = false
	}
	return m
}

// literalValue turns a literal's Go value into a Lua value.
func literalValue(v any) vm.Value {
	switch v := v.(type) {
	case string:
		return vm.String(v)
	case int64:
		return vm.Int(v)
	case float64:
		return vm.Float(v)
	case bool:
		return vm.Bool(v)
	}
	return vm.Nil
}

// acceptedKinds computes matcher.accepts. Cycles that do not go through a
// table type are rejected by types.Decode; seen stops them anyway.
func acceptedKinds(m *matcher, seen map[*matcher]bool) uint16 {
	if seen[m] {
		return 0
	}
	seen[m] = true
	defer delete(seen, m)
	bit := func(ks ...vm.Kind) uint16 {
		var b uint16
		for _, k := range ks {
			b |= 1 << k
		}
		return b
	}
	switch m.kind {
	case types.KindNil:
		return bit(vm.KindNil)
	case types.KindBoolean:
		return bit(vm.KindBool)
	case types.KindNumber:
		return bit(vm.KindInt, vm.KindFloat)
	case types.KindInteger:
		return bit(vm.KindInt)
	case types.KindString:
		return bit(vm.KindString)
	case types.KindNever:
		return 0
	case types.KindTable, types.KindRecord, types.KindArray, types.KindMap:
		return bit(vm.KindTable)
	case types.KindFunction:
		return bit(vm.KindLuaFunction, vm.KindGoFunction)
	case types.KindThread:
		return bit(vm.KindThread)
	case types.KindUserdata, types.KindError, types.KindType:
		return bit(vm.KindUserdata)
	case types.KindLiteral:
		if m.lit.IsNumber() {
			return bit(vm.KindInt, vm.KindFloat)
		}
		return 1 << m.lit.Kind()
	case types.KindOptional:
		return bit(vm.KindNil) | acceptedKinds(m.elem, seen)
	case types.KindParam:
		if m.elem == nil {
			return allKinds
		}
		return acceptedKinds(m.elem, seen)
	case types.KindUnion:
		var b uint16
		for _, v := range m.members {
			b |= acceptedKinds(v, seen)
		}
		return b
	case types.KindIntersection:
		b := uint16(allKinds)
		for _, v := range m.members {
			b &= acceptedKinds(v, seen)
		}
		return b
	}
	return allKinds // any, unknown
}

// checkState is the state of one check: how deep it is in the value and,
// for recursive types, which (table, matcher) pairs are being checked.
//
// A check runs quietly first: a failure is then the shared value
// errQuiet, with no message built, because unions fail members all the
// time on the way to the one that matches. Only a value that does not
// conform is checked again with explain set, to say why.
type checkState struct {
	depth   int
	active  map[activeCheck]bool
	explain bool
}

// errQuiet is the mismatch of a quiet check.
var errQuiet = &mismatch{msg: "does not conform"}

// run checks v against m: nil, or the explained mismatch.
func (m *matcher) run(v vm.Value) *mismatch {
	var st checkState
	if m.check(v, &st) == nil {
		return nil
	}
	st = checkState{explain: true}
	return m.check(v, &st)
}

type activeCheck struct {
	t *vm.Table
	m *matcher
}

// check tests v against m; it returns nil when v conforms and otherwise
// the first mismatch found, in the order a reader would look: record
// fields in declaration order, array items by index.
func (m *matcher) check(v vm.Value, st *checkState) *mismatch {
	switch m.kind {
	case types.KindAny, types.KindUnknown:
	case types.KindNil, types.KindBoolean, types.KindNumber, types.KindInteger, types.KindString,
		types.KindNever, types.KindTable, types.KindFunction, types.KindThread, types.KindUserdata:
		// These types are sets of Lua kinds, which accepts lists.
		if m.accepts&(1<<v.Kind()) == 0 {
			return m.expected(v, st)
		}
	case types.KindError:
		if _, ok := errors.Get(v); !ok {
			return m.expected(v, st)
		}
	case types.KindType:
		if !IsTypeValue(v) {
			return m.expected(v, st)
		}
	case types.KindLiteral:
		if !vm.RawEquals(v, m.lit) {
			return m.expected(v, st)
		}
	case types.KindOptional:
		if !v.IsNil() {
			if mm := m.elem.check(v, st); mm != nil {
				return m.blame(v, mm, st)
			}
		}
	case types.KindParam:
		if m.elem != nil {
			if mm := m.elem.check(v, st); mm != nil {
				return mm
			}
		}
	case types.KindUnion:
		if mm := m.checkUnion(v, st); mm != nil {
			return mm
		}
	case types.KindIntersection:
		for _, member := range m.members {
			if mm := member.check(v, st); mm != nil {
				return mm
			}
		}
	case types.KindRecord, types.KindArray, types.KindMap:
		if !v.IsTable() {
			return m.expected(v, st)
		}
		if mm := m.checkTable(v.AsTable(), st); mm != nil {
			return mm
		}
	}
	for i := range m.validators {
		if mm := m.validators[i].check(v, st); mm != nil {
			return mm
		}
	}
	return nil
}

// checkUnion accepts v when one member does. When none does, and exactly
// one member could take a value of v's Lua type, that member's mismatch
// is the useful one (`{kind: "a", n: number} | string` given a table with
// a bad n); otherwise the union as a whole is expected.
func (m *matcher) checkUnion(v vm.Value, st *checkState) *mismatch {
	var only *mismatch
	candidates := 0
	for _, member := range m.members {
		mm := member.check(v, st)
		if mm == nil {
			return nil
		}
		if member.accepts&(1<<v.Kind()) != 0 {
			candidates++
			only = mm
		}
	}
	if candidates == 1 {
		return only
	}
	if v.IsTable() {
		if tagged := m.taggedMember(v.AsTable()); tagged != nil {
			return tagged.check(v, st)
		}
	}
	return m.expected(v, st)
}

// taggedMember returns the one record member of a union whose literal
// fields (its tags, like kind: "rect") all hold in tb, or nil when there
// is not exactly one.
func (m *matcher) taggedMember(tb *vm.Table) *matcher {
	var found *matcher
	for _, member := range m.members {
		if member.kind != types.KindRecord {
			continue
		}
		tags, matched := 0, true
		for _, f := range member.fields {
			if f.m.kind == types.KindLiteral {
				tags++
				matched = matched && vm.RawEquals(tb.GetKey(f.key), f.m.lit)
			}
		}
		if tags > 0 && matched {
			if found != nil {
				return nil
			}
			found = member
		}
	}
	return found
}

// blame returns the mismatch of a wrapper type (an optional): the inner
// type's own when it went deeper into the value, else one naming the
// wrapper, which reads better ("expected number?, got string").
func (m *matcher) blame(v vm.Value, inner *mismatch, st *checkState) *mismatch {
	if len(inner.path) > 0 || inner.precise {
		return inner
	}
	return m.expected(v, st)
}

// checkTable checks a table against a record, array or map type.
func (m *matcher) checkTable(tb *vm.Table, st *checkState) *mismatch {
	if st.depth >= maxValueDepth {
		if !st.explain {
			return errQuiet
		}
		return &mismatch{msg: "value nested too deeply", precise: true}
	}
	if m.guarded {
		key := activeCheck{tb, m}
		if st.active[key] {
			return nil // already being checked further up: assume it conforms
		}
		if st.active == nil {
			st.active = make(map[activeCheck]bool)
		}
		st.active[key] = true
		defer delete(st.active, key)
	}
	st.depth++
	defer func() { st.depth-- }()
	switch m.kind {
	case types.KindRecord:
		for i := range m.fields {
			f := &m.fields[i]
			fv := tb.GetKey(f.key)
			if fv.IsNil() && f.optional {
				continue
			}
			if mm := f.m.check(fv, st); mm != nil {
				return mm.at(fieldSeg(f.name))
			}
		}
	case types.KindArray:
		n, bad := sequenceLength(tb)
		if !bad.IsNil() {
			if !st.explain {
				return errQuiet
			}
			return &mismatch{msg: "expected " + typeText(m.t) + ", got table with non-sequence key " + valueText(bad)}
		}
		for i := int64(1); i <= n; i++ {
			if mm := m.elem.check(tb.GetInt(i), st); mm != nil {
				return mm.at(indexSeg(vm.Int(i)))
			}
		}
	case types.KindMap:
		for k, v, _ := tb.Next(vm.Nil); !k.IsNil(); k, v, _ = tb.Next(k) {
			if mm := m.key.check(k, st); mm != nil {
				if mm != errQuiet {
					mm.msg = "key " + valueText(k) + ": " + mm.msg
				}
				return mm
			}
			if mm := m.val.check(v, st); mm != nil {
				return mm.at(indexSeg(k))
			}
		}
	}
	return nil
}

// sequenceLength returns n when the keys of tb are exactly 1..n, and
// otherwise a key that is out of place.
func sequenceLength(tb *vm.Table) (n int64, bad vm.Value) {
	var count, maxKey int64
	for k, _, _ := tb.Next(vm.Nil); !k.IsNil(); k, _, _ = tb.Next(k) {
		if !k.IsInt() || k.AsInt() < 1 {
			return 0, k
		}
		count++
		maxKey = max(maxKey, k.AsInt())
	}
	if maxKey != count {
		// Some index in 1..maxKey is missing: the largest key is past
		// the end of the sequence.
		return 0, vm.Int(maxKey)
	}
	return count, vm.Nil
}

// expected is the mismatch "expected T, got <what v is>".
func (m *matcher) expected(v vm.Value, st *checkState) *mismatch {
	if !st.explain {
		return errQuiet
	}
	return &mismatch{msg: "expected " + typeText(m.t) + ", got " + m.describe(v)}
}

// describe names what a value is, for "got ...": its Lua type, a float
// where an integer was expected, and the value itself where a literal was.
func (m *matcher) describe(v vm.Value) string {
	scalar := v.IsNumber() || v.IsString() || v.Kind() == vm.KindBool
	switch {
	case scalar && m.wantsLiteral():
		return valueText(v)
	case v.IsFloat() && m.wantsInteger():
		return "float " + valueText(v)
	case v.Kind() == vm.KindUserdata:
		if IsTypeValue(v) {
			return "type"
		}
		if _, ok := errors.Get(v); ok {
			return "error"
		}
	}
	return v.TypeName()
}

// wantsLiteral reports whether m is a literal type or a union with one,
// where showing the value says more than its type.
func (m *matcher) wantsLiteral() bool { return m.hasMember(types.KindLiteral) }

// wantsInteger reports whether m is integer or a union with it.
func (m *matcher) wantsInteger() bool { return m.hasMember(types.KindInteger) }

func (m *matcher) hasMember(k types.Kind) bool {
	if m.kind == k {
		return true
	}
	if m.kind == types.KindUnion || m.kind == types.KindOptional {
		if m.elem != nil && m.elem.kind == k {
			return true
		}
		for _, member := range m.members {
			if member.kind == k {
				return true
			}
		}
	}
	return false
}
