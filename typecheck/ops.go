package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// Operators. Lua converts numeric strings to numbers for arithmetic and
// numbers to strings for concatenation, and tables (or userdata) may
// define any operator with metamethods, so an operand is a problem only
// when it is nil, a boolean, a function or a thread.

// operandClass is what an operand's type says about an operator.
type operandClass uint8

const (
	opInteger operandClass = iota
	opNumber
	opString
	opDynamic // anything may happen: any, tables, userdata...
	opBad     // already reported (or unreportable) failure
)

func (c *checker) binary(e *ast.BinaryExpr) *types.Type {
	lt := c.expr(e.L, nil)
	rt := c.expr(e.R, nil)
	switch e.Op {
	case ast.OpEq, ast.OpNe:
		return types.Boolean
	case ast.OpConcat:
		l, r := c.operand(e.L, lt, e), c.operand(e.R, rt, e)
		if l <= opString && r <= opString {
			return types.String
		}
		return types.Any
	case ast.OpLt, ast.OpLe, ast.OpGt, ast.OpGe:
		l, r := c.operand(e.L, lt, e), c.operand(e.R, rt, e)
		if (l == opString) != (r == opString) && l <= opString && r <= opString && c.strictAt(e) {
			c.report(e.Pos, 0, BadOperand, "attempt to compare %s with %s", show(lt), show(rt))
		}
		return types.Boolean
	}
	l, r := c.operand(e.L, lt, e), c.operand(e.R, rt, e)
	c.arithString(e.L, lt, l, e)
	c.arithString(e.R, rt, r, e)
	switch {
	case l >= opDynamic || r >= opDynamic:
		return types.Any
	case e.Op >= ast.OpBAnd && e.Op <= ast.OpShr:
		return types.Integer
	case e.Op == ast.OpDiv || e.Op == ast.OpPow:
		return types.Number
	case l == opInteger && r == opInteger:
		return types.Integer
	}
	return types.Number
}

// operand classifies an operand of operator node op, reporting values that
// cannot be operands.
func (c *checker) operand(e ast.Expr, t *types.Type, op ast.Node) operandClass {
	switch t.Kind {
	case types.KindOptional:
		if c.strictAt(e) {
			c.errorAt(e, NilAccess, "operand of '%s' may be nil (%s)", opText(op), show(t))
		}
		return c.operand(e, t.Inner, op)
	case types.KindNil:
		if c.strictAt(e) {
			c.errorAt(e, NilAccess, "operand of '%s' is nil", opText(op))
		}
		return opBad
	case types.KindUnknown:
		if c.strictAt(e) {
			c.errorAt(e, UnknownUse, "operand of '%s' has type unknown; narrow it first", opText(op))
		}
		return opDynamic
	case types.KindUnion:
		worst := opInteger
		for _, m := range t.Variants {
			k := classOf(m)
			if k == opBad {
				return opDynamic // some members may work
			}
			worst = max(worst, k)
		}
		return worst
	case types.KindNever:
		return opDynamic
	}
	k := classOf(t)
	if k == opBad && c.strictAt(e) {
		c.errorAt(e, BadOperand, "attempt to use a %s value (%s) as an operand of '%s'", luaTypeName(t), show(t), opText(op))
	}
	return k
}

// arithString reports a string operand of arithmetic: Lua converts
// numeric strings, but a string value there is almost always a mistake, so
// only numeric string literals pass (in strict code; elsewhere when the
// string is typed).
func (c *checker) arithString(e ast.Expr, t *types.Type, k operandClass, op ast.Node) {
	if k != opString || t.Kind == types.KindLiteral && isNumeric(t.Lit.(string)) || !c.strictAt(e) {
		return
	}
	c.errorAt(e, BadOperand, "arithmetic on a string value (%s); convert it with tonumber()", show(t))
}

// classOf classifies a type without reporting: the class of a number or
// string type, opBad for a type no value of which is an operand, and
// opDynamic for the others (any, tables, which may have metamethods).
func classOf(t *types.Type) operandClass {
	switch t.Kind {
	case types.KindInteger:
		return opInteger
	case types.KindNumber:
		return opNumber
	case types.KindString:
		return opString
	case types.KindLiteral:
		switch t.Lit.(type) {
		case int64:
			return opInteger
		case float64:
			return opNumber
		case string:
			return opString
		}
		return opBad
	case types.KindNil, types.KindBoolean, types.KindFunction, types.KindThread:
		return opBad
	}
	return opDynamic
}

// opText writes the operator of an expression for messages.
func opText(n ast.Node) string {
	switch n := n.(type) {
	case *ast.BinaryExpr:
		return n.Op.String()
	case *ast.UnaryExpr:
		return n.Op.String()
	}
	return "?"
}

func (c *checker) unary(e *ast.UnaryExpr) *types.Type {
	t := c.expr(e.X, nil)
	switch e.Op {
	case ast.OpNot:
		return types.Boolean
	case ast.OpLen:
		switch k := t.Kind; {
		case k == types.KindOptional:
			if c.strictAt(e.X) {
				c.errorAt(e.X, NilAccess, "operand of '#' may be nil (%s)", show(t))
			}
		case k == types.KindNil:
			if c.strictAt(e.X) {
				c.errorAt(e.X, NilAccess, "attempt to get the length of a nil value")
			}
		case k == types.KindBoolean || k == types.KindNumber || k == types.KindInteger || k == types.KindFunction || k == types.KindThread ||
			k == types.KindLiteral && !isStringy(t):
			if c.strictAt(e.X) {
				c.errorAt(e.X, BadOperand, "attempt to get the length of a %s value (%s)", luaTypeName(t), show(t))
			}
		}
		return types.Integer
	case ast.OpBNot:
		if c.operand(e.X, t, e) >= opDynamic {
			return types.Any
		}
		return types.Integer
	}
	if e.Op == ast.OpNeg && t.Kind == types.KindLiteral {
		// Constant folding, so that -1 is the literal it reads as.
		switch v := t.Lit.(type) {
		case int64:
			return c.intLit(-v)
		case float64:
			return types.Literal(-v)
		}
	}
	switch c.operand(e.X, t, e) {
	case opInteger:
		return types.Integer
	case opNumber, opString:
		return types.Number
	}
	return types.Any
}

// logical checks `a and b` / `a or b`: b is checked knowing how a turned
// out, and the flow after the expression joins both ways.
func (c *checker) logical(e *ast.LogicalExpr, want *types.Type) *types.Type {
	lt := c.expr(e.L, want)
	base := c.flow
	c.flow = base.clone()
	c.refine(e.L, e.And)
	rt := c.expr(e.R, want)
	right := c.flow
	c.flow = base.clone()
	c.refine(e.L, !e.And)
	c.flow = join(c.flow, right)
	if e.And {
		return types.NewUnion(falsy(lt), rt)
	}
	return types.NewUnion(truthy(lt), rt)
}
