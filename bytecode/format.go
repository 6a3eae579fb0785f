package bytecode

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Binary chunk layout (all multi-byte fixed-size values little-endian):
//
//	header (32 bytes)
//	  5  Signature "\x1bLuaW"
//	  1  FormatVersion
//	  6  "\x19\x93\r\n\x1a\n"  catches newline/EOF translation, as in Lua
//	  1  size of an Instruction (8)
//	  1  size of an integer (8)
//	  1  size of a float (8)
//	  8  integer 0x5678        catches byte order
//	  8  float 370.5           catches float format
//	  1  flags                 bit 0: stripped (no debug sections below)
//	function (the main chunk)
//
//	function
//	  source            only when not stripped; main: str; nested: uvarint
//	                    0 = same as the enclosing function, else len+1 and
//	                    the bytes (must differ from the enclosing source)
//	  svarint LineDefined, svarint LastLineDefined
//	  svarint NumParams, byte IsVararg (0/1), svarint MaxStack
//	  uvarint n, n x 8-byte Instruction
//	  uvarint n, n x constant:
//	      byte tag: 0 nil | 1 false | 2 true | 3 int: svarint
//	                | 4 float: 8-byte IEEE bits | 5 string: str
//	                | 6 type: str (a descriptor, opaque to this package)
//	  uvarint n, n x upvalue: byte InStack (0/1), svarint Index
//	  uvarint n, n x function (nested prototypes, recursively)
//	  debug             only when not stripped:
//	      uvarint n (0 or len(Code)), n x svarint line delta from the
//	                    previous instruction's line (the first from 0)
//	      uvarint n, n x local: str Name, svarint StartPC, svarint EndPC
//	      len(Upvalues) x str upvalue name
//
// uvarint is unsigned LEB128 and svarint its zigzag-signed form (as in
// encoding/binary); str is a uvarint byte length followed by the bytes.
//
// The encoding is canonical: Undump rejects overlong varints, booleans
// other than 0/1, unknown tags and flags, and redundant source names, so a
// chunk that Undump accepts is exactly what Dump produces for the result
// (with the same strip flag). Instructions are fixed-width rather than
// varints so that decoding them is a plain copy and the header's
// instruction-size byte stays meaningful.

// Signature starts every binary chunk. It begins with Lua's own "\x1bLua"
// (load tells binary from text by the first byte, and Lua programs test
// s:sub(1, 4) == "\27Lua" to recognise a dump); the fifth byte, where
// lua5.3 has its version 0x53, is 'W', so each implementation rejects the
// other's chunks instead of misreading them.
const Signature = "\x1bLuaW"

// FormatVersion is the version byte after Signature. It changes whenever
// the layout or the meaning of instructions changes, because chunks are
// only ever read back by the same implementation that wrote them.
const FormatVersion = 3

// MaxNesting is the deepest nesting of function prototypes that Undump and
// Verify accept; the main function is at depth 0. It bounds the recursion
// of every tree walk over untrusted input (Lua's parser allows about 200
// nested syntactic levels, so real programs stay far below it).
const MaxNesting = 1000

const (
	formatData    = "\x19\x93\r\n\x1a\n"
	checkInt      = 0x5678
	checkFloat    = 370.5
	flagStripped  = 1
	instrSize     = 8
	headerSize    = len(Signature) + 1 + len(formatData) + 3 + 8 + 8 + 1
	flagsOffset   = headerSize - 1
	strippedSrc   = "=?" // what Lua 5.3 reports for a stripped chunk's source
	minFuncBytes  = 9    // smallest possible encoding of a stripped function
	maxLineDelta  = 1 << 33
	constNilTag   = 0
	constFalseTag = 1
	constTrueTag  = 2
	constIntTag   = 3
	constFloatTag = 4
	constStrTag   = 5
	constTypeTag  = 6
	badConstTag   = 0xFF // written for an invalid Kind; Undump rejects it
)

// Dump encodes the prototype tree rooted at p. With strip set it leaves out
// the debug information (source name, line info, local variables and
// upvalue names), like string.dump(f, true); the function then reports its
// source as "=?" after Undump.
//
// Dump never fails, and Undump(Dump(p, strip)) reproduces p for any p that
// passes Verify (minus the debug information when stripped). p must be a
// tree; a prototype that contains itself makes Dump recurse forever, which
// Verify detects.
func Dump(p *Proto, strip bool) []byte {
	e := encoder{strip: strip}
	e.buf = make([]byte, 0, headerSize+dumpSizeHint(p))
	e.buf = append(e.buf, Signature...)
	e.buf = append(e.buf, FormatVersion)
	e.buf = append(e.buf, formatData...)
	e.buf = append(e.buf, instrSize, 8, 8)
	e.buf = binary.LittleEndian.AppendUint64(e.buf, checkInt)
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(checkFloat))
	var flags byte
	if strip {
		flags |= flagStripped
	}
	e.buf = append(e.buf, flags)
	e.function(p, nil)
	return e.buf
}

// dumpSizeHint estimates the size of the code, which dominates a chunk,
// to avoid most reallocations.
func dumpSizeHint(p *Proto) int {
	if p == nil {
		return 0
	}
	return len(p.Code)*instrSize + 16*len(p.Constants) + 32
}

type encoder struct {
	buf   []byte
	strip bool
}

func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) svarint(v int64)  { e.buf = binary.AppendVarint(e.buf, v) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) boolean(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

// function encodes p; parentSource is nil for the main function.
func (e *encoder) function(p *Proto, parentSource *string) {
	if !e.strip {
		switch {
		case parentSource == nil:
			e.str(p.Source)
		case p.Source == *parentSource:
			// Nested functions nearly always share their parent's source
			// (the source text itself, for chunks loaded from strings), so
			// it is written once.
			e.uvarint(0)
		default:
			e.uvarint(uint64(len(p.Source)) + 1)
			e.buf = append(e.buf, p.Source...)
		}
	}
	e.svarint(int64(p.LineDefined))
	e.svarint(int64(p.LastLineDefined))
	e.svarint(int64(p.NumParams))
	e.boolean(p.IsVararg)
	e.svarint(int64(p.MaxStack))

	e.uvarint(uint64(len(p.Code)))
	for _, ins := range p.Code {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, uint64(ins))
	}

	e.uvarint(uint64(len(p.Constants)))
	for i := range p.Constants {
		e.constant(&p.Constants[i])
	}

	e.uvarint(uint64(len(p.Upvalues)))
	for _, uv := range p.Upvalues {
		e.boolean(uv.InStack)
		e.svarint(int64(uv.Index))
	}

	e.uvarint(uint64(len(p.Protos)))
	for _, child := range p.Protos {
		e.function(child, &p.Source)
	}

	if e.strip {
		return
	}
	e.uvarint(uint64(len(p.LineInfo)))
	// Deltas are small for real code; starting from 0 rather than
	// LineDefined keeps every delta within int32 arithmetic.
	var prev int64
	for _, line := range p.LineInfo {
		e.svarint(int64(line) - prev)
		prev = int64(line)
	}
	e.uvarint(uint64(len(p.LocVars)))
	for _, lv := range p.LocVars {
		e.str(lv.Name)
		e.svarint(int64(lv.StartPC))
		e.svarint(int64(lv.EndPC))
	}
	for _, uv := range p.Upvalues {
		e.str(uv.Name)
	}
}

func (e *encoder) constant(k *Constant) {
	switch k.Kind {
	case ConstNil:
		e.buf = append(e.buf, constNilTag)
	case ConstBool:
		if k.Bool {
			e.buf = append(e.buf, constTrueTag)
		} else {
			e.buf = append(e.buf, constFalseTag)
		}
	case ConstInt:
		e.buf = append(e.buf, constIntTag)
		e.svarint(k.Int)
	case ConstFloat:
		// The raw bits keep -0.0 and NaN payloads exact.
		e.buf = append(e.buf, constFloatTag)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(k.Float))
	case ConstString:
		e.buf = append(e.buf, constStrTag)
		e.str(k.Str)
	case ConstType:
		e.buf = append(e.buf, constTypeTag)
		e.str(k.Str)
	default:
		e.buf = append(e.buf, badConstTag)
	}
}

// FormatError is the error Undump returns. Its message is the part of
// Lua's load error that follows "chunkname: ", e.g.
// "truncated precompiled chunk"; the caller adds the chunk name.
type FormatError struct {
	Msg string
	Err error // the *VerifyError when the chunk decoded but failed Verify
}

func (e *FormatError) Error() string { return e.Msg }

// Unwrap returns the verification error, if any.
func (e *FormatError) Unwrap() error { return e.Err }

// Undump decodes a chunk produced by Dump and verifies it. It returns a
// *FormatError for anything else: wrong signature or version, a header
// written for another platform, truncated input, trailing bytes, a
// non-canonical encoding, or code that Verify rejects.
//
// Undump never panics and allocates at most a small constant times
// len(data): every count is checked against the bytes that remain before
// anything is allocated for it.
func Undump(data []byte) (*Proto, error) {
	d := decoder{data: data}
	d.header()
	var p *Proto
	if d.err == nil {
		p = d.function(nil, 0)
	}
	if d.err == nil && d.pos != len(d.data) {
		d.fail("trailing data after precompiled chunk")
	}
	if d.err != nil {
		return nil, d.err
	}
	if err := Verify(p); err != nil {
		return nil, &FormatError{Msg: fmt.Sprintf("invalid code in precompiled chunk (%v)", err), Err: err}
	}
	return p, nil
}

// decoder reads a chunk with a sticky error: after the first failure every
// read returns a zero value, so the parsing code stays linear and callers
// only need to check d.err where they would otherwise loop or recurse.
type decoder struct {
	data  []byte
	pos   int
	strip bool
	err   *FormatError
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = &FormatError{Msg: msg}
	}
}

func (d *decoder) malformed(format string, args ...any) {
	d.fail("malformed precompiled chunk (" + fmt.Sprintf(format, args...) + ")")
}

func (d *decoder) truncated() { d.fail("truncated precompiled chunk") }

func (d *decoder) remaining() int { return len(d.data) - d.pos }

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(d.remaining()) {
		d.truncated()
		return nil
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b
}

func (d *decoder) byte() byte {
	b := d.bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (d *decoder) uint64() uint64 {
	b := d.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// uvarint reads a LEB128 value, rejecting encodings longer than necessary
// (binary.Uvarint accepts them) so that every value has one encoding.
func (d *decoder) uvarint() uint64 {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if d.err != nil {
			return 0
		}
		if d.pos >= len(d.data) {
			d.truncated()
			return 0
		}
		b := d.data[d.pos]
		d.pos++
		if shift == 63 && b > 1 {
			d.malformed("varint overflows 64 bits")
			return 0
		}
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			if b == 0 && shift > 0 {
				d.malformed("overlong varint")
				return 0
			}
			return v
		}
	}
}

func (d *decoder) svarint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// int reads an svarint that must fit a Go int; what range is meaningful is
// Verify's business.
func (d *decoder) int(what string) int {
	v := d.svarint()
	if int64(int(v)) != v {
		d.malformed("%s %d out of range", what, v)
		return 0
	}
	return int(v)
}

// count reads the length of a sequence whose elements take at least
// minSize bytes each. A count the remaining input cannot hold means the
// chunk was cut short, and rejecting it here is what bounds allocation.
func (d *decoder) count(minSize int) int {
	n := d.uvarint()
	if d.err == nil && n > uint64(d.remaining()/minSize) {
		d.truncated()
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.uvarint()
	return string(d.bytes(n))
}

func (d *decoder) boolean(what string) bool {
	switch b := d.byte(); b {
	case 0:
		return false
	case 1:
		return true
	default:
		d.malformed("bad %s flag %d", what, b)
		return false
	}
}

func (d *decoder) header() {
	// Compare what is there before complaining about length, so a text
	// chunk is "not a precompiled chunk" even when it is very short.
	n := min(len(d.data), len(Signature))
	if string(d.data[:n]) != Signature[:n] {
		d.fail("not a precompiled chunk")
		return
	}
	d.bytes(uint64(len(Signature)))
	if v := d.byte(); d.err == nil && v != FormatVersion {
		d.fail("version mismatch in precompiled chunk")
		return
	}
	if s := d.bytes(uint64(len(formatData))); d.err == nil && string(s) != formatData {
		d.fail("corrupted precompiled chunk")
		return
	}
	for _, c := range []struct {
		size byte
		what string
	}{{instrSize, "Instruction"}, {8, "integer"}, {8, "float"}} {
		if s := d.byte(); d.err == nil && s != c.size {
			d.fail(c.what + " size mismatch in precompiled chunk")
			return
		}
	}
	if v := d.uint64(); d.err == nil && v != checkInt {
		d.fail("endianness mismatch in precompiled chunk")
		return
	}
	if v := d.uint64(); d.err == nil && v != math.Float64bits(checkFloat) {
		d.fail("float format mismatch in precompiled chunk")
		return
	}
	flags := d.byte()
	if d.err == nil && flags&^flagStripped != 0 {
		d.malformed("unknown flags 0x%02x", flags)
	}
	d.strip = flags&flagStripped != 0
}

// function decodes one prototype; parentSource is nil for the main one.
func (d *decoder) function(parentSource *string, depth int) *Proto {
	if depth > MaxNesting {
		d.malformed("functions nested more than %d deep", MaxNesting)
		return nil
	}
	p := &Proto{}
	switch {
	case d.strip:
		p.Source = strippedSrc
	case parentSource == nil:
		p.Source = d.str()
	default:
		if n := d.uvarint(); n == 0 {
			p.Source = *parentSource
		} else {
			p.Source = string(d.bytes(n - 1))
			if d.err == nil && p.Source == *parentSource {
				d.malformed("redundant source name")
			}
		}
	}
	p.LineDefined = d.int("line")
	p.LastLineDefined = d.int("line")
	p.NumParams = d.int("parameter count")
	p.IsVararg = d.boolean("vararg")
	p.MaxStack = d.int("stack size")

	if n := d.count(instrSize); n > 0 {
		p.Code = make([]Instruction, n)
		for i := range p.Code {
			p.Code[i] = Instruction(d.uint64())
		}
	}

	if n := d.count(1); n > 0 {
		p.Constants = make([]Constant, n)
		for i := range p.Constants {
			d.constant(&p.Constants[i])
			if d.err != nil {
				return nil
			}
		}
	}

	if n := d.count(2); n > 0 {
		p.Upvalues = make([]UpvalDesc, n)
		for i := range p.Upvalues {
			p.Upvalues[i].InStack = d.boolean("upvalue in-stack")
			p.Upvalues[i].Index = d.int("upvalue index")
		}
	}

	if n := d.count(minFuncBytes); n > 0 {
		p.Protos = make([]*Proto, n)
		for i := range p.Protos {
			p.Protos[i] = d.function(&p.Source, depth+1)
			if d.err != nil {
				return nil
			}
		}
	}

	if !d.strip {
		d.debug(p)
	}
	if d.err != nil {
		return nil
	}
	return p
}

func (d *decoder) constant(k *Constant) {
	switch tag := d.byte(); tag {
	case constNilTag:
		k.Kind = ConstNil
	case constFalseTag, constTrueTag:
		k.Kind = ConstBool
		k.Bool = tag == constTrueTag
	case constIntTag:
		k.Kind = ConstInt
		k.Int = d.svarint()
	case constFloatTag:
		k.Kind = ConstFloat
		k.Float = math.Float64frombits(d.uint64())
	case constStrTag:
		k.Kind = ConstString
		k.Str = d.str()
	case constTypeTag:
		k.Kind = ConstType
		k.Str = d.str()
	default:
		d.malformed("bad constant tag %d", tag)
	}
}

func (d *decoder) debug(p *Proto) {
	if n := d.count(1); n > 0 {
		if n != len(p.Code) {
			d.malformed("%d line entries for %d instructions", n, len(p.Code))
			return
		}
		p.LineInfo = make([]int32, n)
		var prev int64
		for i := range p.LineInfo {
			delta := d.svarint()
			if delta < -maxLineDelta || delta > maxLineDelta {
				d.malformed("line delta %d out of range", delta)
				return
			}
			line := prev + delta
			if line != int64(int32(line)) {
				d.malformed("line %d out of range", line)
				return
			}
			p.LineInfo[i] = int32(line)
			prev = line
		}
	}
	if n := d.count(3); n > 0 {
		p.LocVars = make([]LocVar, n)
		for i := range p.LocVars {
			lv := &p.LocVars[i]
			lv.Name = d.str()
			lv.StartPC = d.int("pc")
			lv.EndPC = d.int("pc")
			if d.err != nil {
				return
			}
		}
	}
	for i := range p.Upvalues {
		p.Upvalues[i].Name = d.str()
	}
}
