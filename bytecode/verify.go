package bytecode

import "fmt"

// MaxUpvalues is the most upvalues a function may have (Lua 5.3's limit);
// SETTABUP names its upvalue in the 8-bit A field.
const MaxUpvalues = 255

// VerifyError reports the first rule a prototype breaks.
type VerifyError struct {
	// Func names the function like List does, e.g.
	// "function <f.lua:3,7> (F2)": F2 is the function's number in the
	// depth-first pre-order of the tree, which List prints (main is F0).
	Func string
	// PC is the 0-based index of the offending instruction, or -1 when the
	// problem is not about one instruction.
	PC  int
	Msg string
}

// Error numbers instructions from 1, like List and luac.
func (e *VerifyError) Error() string {
	if e.PC < 0 {
		return e.Func + ": " + e.Msg
	}
	return fmt.Sprintf("%s, instruction %d: %s", e.Func, e.PC+1, e.Msg)
}

// Verify checks the prototype tree rooted at p and returns a *VerifyError
// for the first problem, or nil. It exists so that the VM can trust any
// prototype, including one loaded from an untrusted binary chunk, without
// checking operands at run time. When Verify returns nil, for every
// function in the tree:
//
//   - the tree is finite: no prototype is nil, none contains itself, and
//     nesting is at most MaxNesting deep;
//   - 2 <= MaxStack <= 255, 0 <= NumParams <= MaxStack, at most
//     MaxUpvalues upvalues, and every constant has a valid Kind;
//   - Code is non-empty and ends with RETURN, so falling through never
//     leaves the code; every opcode is below NumOps;
//   - every register an instruction reads or writes is below MaxStack,
//     including the whole ranges: CALL A..A+B-1 and A..A+C-2, TAILCALL
//     A..A+B-1, RETURN A..A+B-2 (B=1 only needs A <= MaxStack, so an empty
//     range may start just past the last register), LOADNIL A..A+B, SELF
//     A..A+1, CONCAT B..C with B < C, FORPREP/FORLOOP A..A+3, TFORCALL
//     A..A+2+C, TFORLOOP A..A+1, SETLIST A..A+B, VARARG A..A+B-2; JMP with
//     A > 0 closes from register A-1 < MaxStack;
//   - every RK operand that names a constant, and the Bx of LOADK, is below
//     len(Constants); the Bx of CLOSURE is below len(Protos); upvalue
//     operands (GETUPVAL/SETUPVAL B, GETTABUP B, SETTABUP A) are below
//     len(Upvalues);
//   - every jump target (JMP, FORPREP, FORLOOP, TFORLOOP: pc+1+sBx) is in
//     [0, len(Code));
//   - EQ, LT, LE, TEST and TESTSET are followed by a JMP, so the VM may
//     execute that JMP directly instead of dispatching it; LOADBOOL with
//     C != 0 is followed by at least two instructions, so the skip lands
//     inside the code; TFORCALL is followed by TFORLOOP;
//   - the flags EQ/LT/LE A and TEST/TESTSET C are 0 or 1;
//   - every instruction that takes values "up to top" (B=0 of CALL,
//     TAILCALL, RETURN and SETLIST) is reached only straight from the
//     instruction before it, which sets top (CALL with C=0, VARARG with
//     B=0, or TAILCALL, whose fall-through after a Go function leaves its
//     results at A..top-1) at or above the first register consumed (A+1
//     for CALL/TAILCALL/SETLIST, A for RETURN): the consumer is not a jump
//     target and not the landing point of a skip. So top is always fresh
//     and the value count top-first is never negative;
//   - VARARG appears only in vararg functions;
//   - a nested function's upvalue descriptors are in range for its parent:
//     InStack ones index a register below the parent's MaxStack, the others
//     one of the parent's upvalues (the main function's descriptors are not
//     checked: its upvalues are created by load, not by CLOSURE);
//   - LineInfo is empty or as long as Code; every local variable has
//     0 <= StartPC <= EndPC <= len(Code), and no more locals are alive at
//     any pc than MaxStack, so "the n-th active local lives in register
//     n-1" always names a register of the frame.
//
// What Verify does not guarantee, and the VM must still handle:
//
//   - the values in registers have whatever type the program gave them; in
//     particular FORLOOP and TFORLOOP may run without their FORPREP or
//     TFORCALL (a jump can land anywhere), so FORLOOP must not assume
//     R(A)..R(A+2) are numbers;
//   - instructions that set top (CALL C=0, VARARG B=0) may produce any
//     number of values, past MaxStack: the VM grows the stack for them;
//   - NEWTABLE's B and C are unbounded size hints; clamp them before
//     preallocating or a tiny chunk can request gigabytes;
//   - SETLIST's C is an unbounded index offset;
//   - nothing limits run time or recursion depth.
func Verify(p *Proto) error {
	v := verifier{onPath: make(map[*Proto]bool)}
	if p == nil {
		return &VerifyError{Func: "main", PC: -1, Msg: "nil prototype"}
	}
	if err := v.proto(p, nil, 0); err != nil {
		return err
	}
	return nil
}

type verifier struct {
	next   int // pre-order number of the next function, as List numbers them
	onPath map[*Proto]bool
}

// funcLabel names a function in listings and errors.
func funcLabel(p *Proto, id int) string {
	return fmt.Sprintf("%s (F%d)", funcHeader(p), id)
}

// funcHeader is the "main <f.lua:0,0>" part of luac's listing header.
// Like luac, it calls a function "main" when its LineDefined is 0.
func funcHeader(p *Proto) string {
	kind := "function"
	if p.LineDefined == 0 {
		kind = "main"
	}
	return fmt.Sprintf("%s <%s:%d,%d>", kind, shortSource(p.Source), p.LineDefined, p.LastLineDefined)
}

// shortSource mirrors luac's display of a chunk name: "@f.lua" and "=stdin"
// lose their marker, source text becomes "(string)".
func shortSource(s string) string {
	switch {
	case s == "":
		return "?"
	case s[0] == '@' || s[0] == '=':
		return s[1:]
	case s[0] == Signature[0]:
		return "(bstring)"
	}
	return "(string)"
}

func (v *verifier) proto(p, parent *Proto, depth int) *VerifyError {
	id := v.next
	v.next++
	fail := func(pc int, format string, args ...any) *VerifyError {
		return &VerifyError{Func: funcLabel(p, id), PC: pc, Msg: fmt.Sprintf(format, args...)}
	}
	if depth > MaxNesting {
		return fail(-1, "functions nested more than %d deep", MaxNesting)
	}
	if v.onPath[p] {
		return fail(-1, "prototype contains itself")
	}

	if p.MaxStack < 2 || p.MaxStack >= MaxRegs {
		return fail(-1, "stack size %d outside [2, %d]", p.MaxStack, MaxRegs-1)
	}
	if p.NumParams < 0 || p.NumParams > p.MaxStack {
		return fail(-1, "%d parameters for stack size %d", p.NumParams, p.MaxStack)
	}
	if len(p.Upvalues) > MaxUpvalues {
		return fail(-1, "%d upvalues (limit %d)", len(p.Upvalues), MaxUpvalues)
	}
	if parent != nil {
		for i, uv := range p.Upvalues {
			if uv.InStack {
				if uv.Index < 0 || uv.Index >= parent.MaxStack {
					return fail(-1, "upvalue %d captures register %d of the enclosing function (stack size %d)", i, uv.Index, parent.MaxStack)
				}
			} else if uv.Index < 0 || uv.Index >= len(parent.Upvalues) {
				return fail(-1, "upvalue %d refers to upvalue %d of the enclosing function (%d upvalues)", i, uv.Index, len(parent.Upvalues))
			}
		}
	}
	for i, k := range p.Constants {
		if k.Kind > ConstType {
			return fail(-1, "constant %d has invalid kind %d", i, k.Kind)
		}
	}

	if err := v.code(p, fail); err != nil {
		return err
	}

	if len(p.LineInfo) != 0 && len(p.LineInfo) != len(p.Code) {
		return fail(-1, "%d line entries for %d instructions", len(p.LineInfo), len(p.Code))
	}
	if err := checkLocals(p, fail); err != nil {
		return err
	}

	v.onPath[p] = true
	for i, child := range p.Protos {
		if child == nil {
			return fail(-1, "nested prototype %d is nil", i)
		}
		if err := v.proto(child, p, depth+1); err != nil {
			return err
		}
	}
	delete(v.onPath, p)
	return nil
}

type failFunc func(pc int, format string, args ...any) *VerifyError

func checkLocals(p *Proto, fail failFunc) *VerifyError {
	if len(p.LocVars) == 0 {
		return nil
	}
	n := len(p.Code)
	// live[pc] counts locals starting minus locals ending at pc; its
	// running sum is the number of locals alive at each pc.
	live := make([]int, n+1)
	for i, lv := range p.LocVars {
		if lv.StartPC < 0 || lv.StartPC > lv.EndPC || lv.EndPC > n {
			return fail(-1, "local %d (%s) alive over [%d, %d), outside the %d instructions", i, lv.Name, lv.StartPC, lv.EndPC, n)
		}
		live[lv.StartPC]++
		live[lv.EndPC]--
	}
	alive := 0
	for pc := 0; pc < n; pc++ {
		alive += live[pc]
		if alive > p.MaxStack {
			return fail(pc, "%d locals alive for stack size %d", alive, p.MaxStack)
		}
	}
	return nil
}

func (v *verifier) code(p *Proto, fail failFunc) *VerifyError {
	n := len(p.Code)
	if n == 0 {
		return fail(-1, "no instructions")
	}
	if op := p.Code[n-1].Op(); op != RETURN {
		return fail(n-1, "last instruction is %s, not RETURN", op)
	}
	// Jump targets first: the "values up to top" rule needs to know which
	// instructions can be entered other than by falling through.
	target := make([]bool, n)
	for pc, ins := range p.Code {
		switch ins.Op() {
		case JMP, FORLOOP, FORPREP, TFORLOOP:
			t := pc + 1 + ins.SBx()
			if t < 0 || t >= n {
				return fail(pc, "%s jumps to %d, outside the %d instructions", ins.Op(), t+1, n)
			}
			target[t] = true
		}
	}
	for pc := range p.Code {
		c := insnChecker{p: p, pc: pc, target: target}
		c.check()
		if c.msg != "" {
			return fail(pc, "%s: %s", p.Code[pc].Op(), c.msg)
		}
	}
	return nil
}

// insnChecker checks one instruction and keeps the first complaint.
type insnChecker struct {
	p      *Proto
	pc     int
	target []bool
	msg    string
}

func (c *insnChecker) failf(format string, args ...any) {
	if c.msg == "" {
		c.msg = fmt.Sprintf(format, args...)
	}
}

// reg checks a register operand.
func (c *insnChecker) reg(x int) {
	if x < 0 || x >= c.p.MaxStack {
		c.failf("register %d out of range (stack size %d)", x, c.p.MaxStack)
	}
}

// regs checks the register range first..last; an empty range (last <
// first) only needs first to be a register.
func (c *insnChecker) regs(first, last int) {
	c.reg(first)
	if last >= first && last >= c.p.MaxStack {
		c.failf("registers %d..%d out of range (stack size %d)", first, last, c.p.MaxStack)
	}
}

// rk checks an RK operand.
func (c *insnChecker) rk(x int) {
	if IsK(x) {
		c.constant(IndexK(x))
	} else {
		c.reg(x)
	}
}

func (c *insnChecker) constant(k int) {
	if k < 0 || k >= len(c.p.Constants) {
		c.failf("constant %d out of range (%d constants)", k, len(c.p.Constants))
	}
}

func (c *insnChecker) upval(x int) {
	if x < 0 || x >= len(c.p.Upvalues) {
		c.failf("upvalue %d out of range (%d upvalues)", x, len(c.p.Upvalues))
	}
}

func (c *insnChecker) flag(what string, x int) {
	if x != 0 && x != 1 {
		c.failf("%s flag %d is not 0 or 1", what, x)
	}
}

// next returns the instruction after the current one, if any.
func (c *insnChecker) next() (Instruction, bool) {
	if c.pc+1 >= len(c.p.Code) {
		return 0, false
	}
	return c.p.Code[c.pc+1], true
}

func (c *insnChecker) followedBy(op Op) {
	if ins, ok := c.next(); !ok || ins.Op() != op {
		c.failf("not followed by %s", op)
	}
}

// skips reports whether ins may continue at pc+2.
func skips(ins Instruction) bool {
	switch ins.Op() {
	case LOADBOOL:
		return ins.C() != 0
	case EQ, LT, LE, TEST, TESTSET:
		return true
	}
	return false
}

// topBase returns the register from which ins leaves values up to top, if
// ins sets top.
func topBase(ins Instruction) (int, bool) {
	switch ins.Op() {
	case CALL:
		return ins.A(), ins.C() == 0
	case VARARG:
		return ins.A(), ins.B() == 0
	case TAILCALL:
		return ins.A(), true
	}
	return 0, false
}

// usesTop checks an instruction that consumes values first..top-1.
func (c *insnChecker) usesTop(first int) {
	pc := c.pc
	if pc == 0 || c.target[pc] || (pc >= 2 && skips(c.p.Code[pc-2])) {
		c.failf("B=0 uses top but can be reached other than from the instruction before it")
		return
	}
	base, ok := topBase(c.p.Code[pc-1])
	if !ok {
		c.failf("B=0 uses top but %s before it does not set top", c.p.Code[pc-1].Op())
		return
	}
	if base < first {
		c.failf("B=0 uses values from register %d but top is set above register %d", first, base)
	}
}

func (c *insnChecker) check() {
	p, ins := c.p, c.p.Code[c.pc]
	a, b, cc := ins.A(), ins.B(), ins.C()
	switch ins.Op() {
	case MOVE, UNM, BNOT, NOT, LEN:
		c.reg(a)
		c.reg(b)
	case LOADK:
		c.reg(a)
		c.constant(ins.Bx())
	case LOADBOOL:
		c.reg(a)
		if cc != 0 && c.pc+2 >= len(p.Code) {
			c.failf("skips past the end of the code")
		}
	case LOADNIL:
		c.regs(a, a+b)
	case GETUPVAL, SETUPVAL:
		c.reg(a)
		c.upval(b)
	case GETTABUP:
		c.reg(a)
		c.upval(b)
		c.rk(cc)
	case GETTABLE:
		c.reg(a)
		c.reg(b)
		c.rk(cc)
	case SETTABUP:
		c.upval(a)
		c.rk(b)
		c.rk(cc)
	case SETTABLE, ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR:
		c.reg(a)
		c.rk(b)
		c.rk(cc)
	case NEWTABLE:
		c.reg(a)
	case SELF:
		c.regs(a, a+1)
		c.reg(b)
		c.rk(cc)
	case CONCAT:
		c.reg(a)
		if b >= cc {
			c.failf("operands %d..%d: B must be below C", b, cc)
		}
		c.reg(cc)
	case JMP:
		// The target was checked with the other jumps.
		if a > 0 && a-1 >= p.MaxStack {
			c.failf("closes upvalues from register %d, out of range (stack size %d)", a-1, p.MaxStack)
		}
	case EQ, LT, LE:
		c.flag("A", a)
		c.rk(b)
		c.rk(cc)
		c.followedBy(JMP)
	case TEST:
		c.reg(a)
		c.flag("C", cc)
		c.followedBy(JMP)
	case TESTSET:
		c.reg(a)
		c.reg(b)
		c.flag("C", cc)
		c.followedBy(JMP)
	case CALL:
		c.reg(a)
		if b > 0 {
			c.regs(a, a+b-1)
		} else {
			c.usesTop(a + 1)
		}
		if cc > 0 {
			c.regs(a, a+cc-2)
		}
	case TAILCALL:
		c.reg(a)
		if b > 0 {
			c.regs(a, a+b-1)
		} else {
			c.usesTop(a + 1)
		}
	case RETURN:
		if b > 0 {
			// RETURN A 1 returns nothing; compilers emit it with A equal to
			// the number of active locals, which may be MaxStack.
			if a+b-1 > p.MaxStack {
				c.failf("registers %d..%d out of range (stack size %d)", a, a+b-2, p.MaxStack)
			}
		} else {
			c.reg(a)
			c.usesTop(a)
		}
	case FORLOOP, FORPREP:
		c.regs(a, a+3)
	case TFORCALL:
		c.regs(a, a+2+cc)
		c.followedBy(TFORLOOP)
	case TFORLOOP:
		c.regs(a, a+1)
	case SETLIST:
		c.reg(a)
		if b > 0 {
			c.regs(a, a+b)
		} else {
			c.usesTop(a + 1)
		}
	case CLOSURE:
		c.reg(a)
		if bx := ins.Bx(); bx >= len(p.Protos) {
			c.failf("prototype %d out of range (%d prototypes)", bx, len(p.Protos))
		}
	case VARARG:
		if !p.IsVararg {
			c.failf("in a function that is not vararg")
		}
		c.reg(a)
		if b >= 2 {
			c.regs(a, a+b-2)
		}
	default:
		c.failf("invalid opcode")
	}
}
