package vm

import "wippylua/bytecode"

// TypeDecoder turns the descriptor of a bytecode.ConstType constant into
// the run-time type value it stands for. The package that owns type
// values installs it (SetTypeDecoder); the vm package only carries the
// constants, since it must not depend on the type model.
type TypeDecoder func(desc string) (Value, error)

var typeDecoder TypeDecoder

// SetTypeDecoder installs the decoder of type constants for every State.
// Call it once, from an init function, before any chunk is loaded: it is
// read without synchronisation afterwards. Without a decoder, type
// constants load as nil and binary chunks holding them are refused.
func SetTypeDecoder(d TypeDecoder) { typeDecoder = d }

// typeConstant decodes one type constant.
func typeConstant(desc string) (Value, error) {
	if typeDecoder == nil {
		return Nil, errNoTypeDecoder
	}
	return typeDecoder(desc)
}

type typeConstError string

func (e typeConstError) Error() string { return string(e) }

const errNoTypeDecoder = typeConstError("type constants are not supported by this runtime")

// newProtoChecked is NewProto for untrusted prototypes (binary chunks): a
// type constant that does not decode is an error instead of a nil value.
func newProtoChecked(bp *bytecode.Proto) (*Proto, error) {
	var bad error
	p := newProto(bp, &bad)
	if bad != nil {
		return nil, bad
	}
	return p, nil
}
