package types

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Descriptor format: the binary form of a type that the compiler embeds in
// bytecode (a type constant) and the runtime decodes into a type value.
//
//	descriptor := version node
//	version    := byte EncodingVersion
//	node       := 0 uvarint(i)        the i-th node already decoded (preorder)
//	            | byte(kind+1) str(name) list(node args) list(validator) body
//	validator  := str(name) list(scalar)
//	scalar     := 0 false | 1 true | 2 svarint | 3 8-byte IEEE bits | 4 str
//	list(x)    := uvarint n, n x x
//	str        := uvarint length, bytes
//
// and body depends on the kind:
//
//	KindLiteral             scalar
//	KindOptional            node (Inner)
//	KindUnion, Intersection list(node)
//	KindRecord              list(str(name) byte(flags: 1 optional, 2 readonly) node)
//	KindArray               node (Elem)
//	KindMap                 node (Key) node (Val)
//	KindFunction            byte 0 (plain `function`) | 1 signature
//	KindParam               byte 0 | 1 node (Constraint)
//	other kinds             nothing
//	signature := list(node type params) list(str(name) node) opt(Vararg)
//	             list(node returns) opt(VarReturn)
//	opt       := 0 | 1 node
//
// Every node gets the next preorder number when its tag is read, before its
// children, so a child can refer back to an ancestor: that is how recursive
// aliases are written, and why sharing survives a round trip (Decode
// returns a graph of the same shape as the one encoded).

// EncodingVersion is the first byte of a descriptor. It changes with the
// layout; Decode rejects other versions.
const EncodingVersion = 1

// maxDecodeDepth bounds the nesting Decode follows (and so its recursion).
// Annotations nest far less: the parser stops at about 200 levels.
const maxDecodeDepth = 1000

const (
	tagRef      = 0    // node tag of a back reference; kind k is tag k+1
	tagExternal = 0xFF // in Canonical's keys only, never in a descriptor

	scalarFalse  = 0
	scalarTrue   = 1
	scalarInt    = 2
	scalarFloat  = 3
	scalarString = 4

	fieldOptional = 1
	fieldReadonly = 2
)

// Encode returns the descriptor of t. It never fails: a nil child, which a
// well-formed type does not have, is written as `unknown`.
func Encode(t *Type) []byte {
	e := encoder{index: make(map[*Type]int)}
	e.buf = append(e.buf, EncodingVersion)
	e.node(t)
	return e.buf
}

type encoder struct {
	buf   []byte
	index map[*Type]int // preorder number of each node written
	// external, when set, names nodes written as a reference to
	// something outside the graph (tagExternal and the id) instead of
	// their structure: Canonical uses it to key a node by its already
	// interned children. Descriptors never contain such references.
	external func(*Type) (id uint64, ok bool)
}

func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) node(t *Type) {
	if t == nil {
		t = Unknown
	}
	if i, ok := e.index[t]; ok {
		e.buf = append(e.buf, tagRef)
		e.uvarint(uint64(i))
		return
	}
	if e.external != nil {
		if id, ok := e.external(t); ok {
			e.buf = append(e.buf, tagExternal)
			e.uvarint(id)
			return
		}
	}
	e.index[t] = len(e.index)
	e.buf = append(e.buf, byte(t.Kind)+1)
	e.str(t.Name)
	e.nodes(t.Args)
	e.uvarint(uint64(len(t.Validators)))
	for _, v := range t.Validators {
		e.str(v.Name)
		e.uvarint(uint64(len(v.Args)))
		for _, a := range v.Args {
			e.scalar(a)
		}
	}
	switch t.Kind {
	case KindLiteral:
		e.scalar(t.Lit)
	case KindOptional:
		e.node(t.Inner)
	case KindUnion, KindIntersection:
		e.nodes(t.Variants)
	case KindRecord:
		e.uvarint(uint64(len(t.Fields)))
		for _, f := range t.Fields {
			e.str(f.Name)
			var flags byte
			if f.Optional {
				flags |= fieldOptional
			}
			if f.Readonly {
				flags |= fieldReadonly
			}
			e.buf = append(e.buf, flags)
			e.node(f.Type)
		}
	case KindArray:
		e.node(t.Elem)
	case KindMap:
		e.node(t.Key)
		e.node(t.Val)
	case KindFunction:
		if t.Sig == nil {
			e.buf = append(e.buf, 0)
			break
		}
		e.buf = append(e.buf, 1)
		e.signature(t.Sig)
	case KindParam:
		e.optNode(t.Constraint)
	}
}

func (e *encoder) nodes(ts []*Type) {
	e.uvarint(uint64(len(ts)))
	for _, t := range ts {
		e.node(t)
	}
}

func (e *encoder) optNode(t *Type) {
	if t == nil {
		e.buf = append(e.buf, 0)
		return
	}
	e.buf = append(e.buf, 1)
	e.node(t)
}

func (e *encoder) signature(s *Signature) {
	e.nodes(s.TypeParams)
	e.uvarint(uint64(len(s.Params)))
	for _, p := range s.Params {
		e.str(p.Name)
		e.node(p.Type)
	}
	e.optNode(s.Vararg)
	e.nodes(s.Returns)
	e.optNode(s.VarReturn)
}

// scalar writes a literal or validator argument. Go values of other types
// (which a well-formed type does not hold) are written as their text.
func (e *encoder) scalar(v any) {
	switch v := v.(type) {
	case bool:
		if v {
			e.buf = append(e.buf, scalarTrue)
		} else {
			e.buf = append(e.buf, scalarFalse)
		}
	case int64:
		e.buf = append(e.buf, scalarInt)
		e.buf = binary.AppendVarint(e.buf, v)
	case int:
		e.scalar(int64(v))
	case float64:
		e.buf = append(e.buf, scalarFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v))
	case string:
		e.buf = append(e.buf, scalarString)
		e.str(v)
	default:
		e.scalar(fmt.Sprint(v))
	}
}

// DecodeError is the error Decode returns for a malformed descriptor.
type DecodeError struct {
	Offset int // byte offset where decoding stopped
	Msg    string
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("malformed type descriptor at byte %d: %s", e.Offset, e.Msg)
}

// errStop unwinds the decoder after the first error (recorded in d.err).
var errStop = errors.New("stop")

// Decode rebuilds the type that Encode wrote. It checks the input fully
// and never panics: a malformed or truncated descriptor, an unknown
// version or kind, a reference to a node not yet read, nesting deeper than
// maxDecodeDepth, or a cycle that does not pass through a record, array,
// map or function (`type A = A?`, which no value could satisfy and no walk
// could finish) all give a *DecodeError. The result is a fresh graph,
// immutable from then on; memory use is linear in len(data).
func Decode(data []byte) (t *Type, err error) {
	d := decoder{data: data}
	defer func() {
		if r := recover(); r != nil {
			if r != errStop {
				panic(r)
			}
			t, err = nil, d.err
		}
	}()
	if v := d.byte(); v != EncodingVersion {
		d.fail("unsupported version %d", v)
	}
	t = d.node(0)
	if d.pos != len(data) {
		d.fail("%d bytes after the type", len(data)-d.pos)
	}
	if cyc := findBareCycle(d.nodes); cyc != nil {
		d.fail("type %s contains itself without a table or function in between", cyc.Kind)
	}
	return t, nil
}

type decoder struct {
	data  []byte
	pos   int
	nodes []*Type // in preorder, for back references
	err   *DecodeError
}

func (d *decoder) fail(format string, args ...any) {
	d.err = &DecodeError{Offset: d.pos, Msg: fmt.Sprintf(format, args...)}
	panic(errStop)
}

func (d *decoder) byte() byte {
	if d.pos >= len(d.data) {
		d.fail("truncated")
	}
	b := d.data[d.pos]
	d.pos++
	return b
}

// uvarint reads an unsigned varint in its shortest form: the format has
// one encoding per graph, so that equal descriptors mean equal graphs.
func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 || (n > 1 && d.data[d.pos+n-1] == 0) {
		d.fail("bad varint")
	}
	d.pos += n
	return v
}

// count reads a list length and checks that the input can hold that many
// items of at least minSize bytes each, so that a forged length cannot
// make the decoder allocate more than the input justifies.
func (d *decoder) count(minSize int) int {
	n := d.uvarint()
	if n > uint64((len(d.data)-d.pos)/minSize) {
		d.fail("list of %d items exceeds the input", n)
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.data)-d.pos) {
		d.fail("truncated string")
	}
	s := string(d.data[d.pos : d.pos+int(n)])
	d.pos += int(n)
	return s
}

func (d *decoder) flag(what string) bool {
	switch b := d.byte(); b {
	case 0:
		return false
	case 1:
		return true
	default:
		d.fail("bad %s flag %d", what, b)
	}
	return false
}

// minNodeSize is the smallest encoding of a node: tag, empty name, no args
// and no validators (a back reference takes two bytes).
const minNodeSize = 2

func (d *decoder) node(depth int) *Type {
	if depth > maxDecodeDepth {
		d.fail("nested too deeply")
	}
	tag := d.byte()
	if tag == tagRef {
		i := d.uvarint()
		if i >= uint64(len(d.nodes)) {
			d.fail("reference to node %d of %d", i, len(d.nodes))
		}
		return d.nodes[i]
	}
	kind := Kind(tag - 1)
	if kind > KindParam {
		d.fail("unknown kind %d", tag-1)
	}
	t := &Type{Kind: kind}
	d.nodes = append(d.nodes, t)
	t.Name = d.str()
	t.Args = d.list(depth)
	if n := d.count(2); n > 0 {
		t.Validators = make([]Validator, n)
		for i := range t.Validators {
			v := &t.Validators[i]
			v.Name = d.str()
			if m := d.count(1); m > 0 {
				v.Args = make([]any, m)
				for j := range v.Args {
					v.Args[j] = d.scalar()
				}
			}
		}
	}
	switch kind {
	case KindLiteral:
		t.Lit = d.scalar()
	case KindOptional:
		t.Inner = d.node(depth + 1)
	case KindUnion, KindIntersection:
		t.Variants = d.list(depth)
	case KindRecord:
		if n := d.count(2 + minNodeSize); n > 0 {
			t.Fields = make([]Field, n)
			for i := range t.Fields {
				f := &t.Fields[i]
				f.Name = d.str()
				flags := d.byte()
				if flags&^(fieldOptional|fieldReadonly) != 0 {
					d.fail("bad field flags %d", flags)
				}
				f.Optional = flags&fieldOptional != 0
				f.Readonly = flags&fieldReadonly != 0
				f.Type = d.node(depth + 1)
			}
		}
	case KindArray:
		t.Elem = d.node(depth + 1)
	case KindMap:
		t.Key = d.node(depth + 1)
		t.Val = d.node(depth + 1)
	case KindFunction:
		if d.flag("signature") {
			t.Sig = d.signature(depth + 1)
		}
	case KindParam:
		t.Constraint = d.optNode(depth + 1)
	}
	return t
}

func (d *decoder) list(depth int) []*Type {
	n := d.count(minNodeSize)
	if n == 0 {
		return nil
	}
	ts := make([]*Type, n)
	for i := range ts {
		ts[i] = d.node(depth + 1)
	}
	return ts
}

func (d *decoder) optNode(depth int) *Type {
	if d.flag("presence") {
		return d.node(depth)
	}
	return nil
}

func (d *decoder) signature(depth int) *Signature {
	s := &Signature{TypeParams: d.list(depth)}
	for _, p := range s.TypeParams {
		if p.Kind != KindParam {
			d.fail("type parameter of kind %s", p.Kind)
		}
	}
	if n := d.count(1 + minNodeSize); n > 0 {
		s.Params = make([]Param, n)
		for i := range s.Params {
			s.Params[i].Name = d.str()
			s.Params[i].Type = d.node(depth)
		}
	}
	s.Vararg = d.optNode(depth)
	s.Returns = d.list(depth)
	s.VarReturn = d.optNode(depth)
	return s
}

func (d *decoder) scalar() any {
	switch tag := d.byte(); tag {
	case scalarFalse:
		return false
	case scalarTrue:
		return true
	case scalarInt:
		u := d.uvarint() // zigzag, as binary.AppendVarint writes it
		return int64(u>>1) ^ -int64(u&1)
	case scalarFloat:
		if len(d.data)-d.pos < 8 {
			d.fail("truncated float")
		}
		v := math.Float64frombits(binary.LittleEndian.Uint64(d.data[d.pos:]))
		d.pos += 8
		return v
	case scalarString:
		return d.str()
	default:
		d.fail("bad scalar tag %d", tag)
	}
	return nil
}

// findBareCycle returns a node that reaches itself through optional,
// union, intersection and parameter-constraint edges only, or nil. Such
// edges do not consume any part of a value, so a walk that checks a value
// against the type would never get any closer to an end.
func findBareCycle(nodes []*Type) *Type {
	const (
		unvisited = iota
		onPath
		done
	)
	state := make(map[*Type]uint8, len(nodes))
	var visit func(t *Type) *Type
	visit = func(t *Type) *Type {
		switch state[t] {
		case onPath:
			return t
		case done:
			return nil
		}
		state[t] = onPath
		for _, c := range bareEdges(t) {
			if c != nil {
				if cyc := visit(c); cyc != nil {
					return cyc
				}
			}
		}
		state[t] = done
		return nil
	}
	for _, t := range nodes {
		if cyc := visit(t); cyc != nil {
			return cyc
		}
	}
	return nil
}

// bareEdges are the children of t that stand for the same value as t.
func bareEdges(t *Type) []*Type {
	switch t.Kind {
	case KindOptional:
		return []*Type{t.Inner}
	case KindUnion, KindIntersection:
		return t.Variants
	case KindParam:
		return []*Type{t.Constraint}
	}
	return nil
}
