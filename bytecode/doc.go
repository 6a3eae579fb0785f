// Package bytecode owns everything about compiled Lua functions that does
// not need a running interpreter:
//
//   - the instruction encoding (Instruction, Op and the operand accessors in
//     opcodes.go): 64-bit instructions with Lua 5.3's instruction set and
//     semantics;
//   - the function prototype (Proto and its constants, upvalue descriptors
//     and debug records in proto.go);
//   - the binary chunk format used by string.dump and load (Dump, Undump);
//   - the verifier (Verify) that proves a prototype cannot make the VM index
//     outside its registers, constants, upvalues, nested prototypes or code;
//   - the human-readable listing (List), shaped like luac5.3 -l.
//
// The package imports nothing from the rest of the project so that the
// compiler, the VM and the tools can all depend on it without cycles.
//
// # Trust model
//
// The compiler produces prototypes that are correct by construction, but a
// binary chunk handed to load may come from anywhere. Undump therefore
// never panics, never allocates more than a small multiple of its input,
// and always runs Verify before returning, so the VM may execute any Proto
// that Undump returns, or any Proto for which Verify returned nil, without
// bounds checks on operands. Verify's doc comment lists exactly what it
// guarantees and what it leaves to the VM.
package bytecode
