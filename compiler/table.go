package compiler

import (
	"math"

	"wippylua/ast"
	"wippylua/bytecode"
)

// consControl tracks a table constructor being compiled (lua5.3's
// ConsControl).
type consControl struct {
	v       expdesc // last list item read, not yet stored
	t       int     // register of the table
	nh      int     // number of record fields
	na      int     // number of list items
	tostore int     // list items pending in registers
}

// constructor compiles a table constructor: NEWTABLE, record fields with
// SETTABLE as they come, list items in batches of FieldsPerFlush with
// SETLIST; a trailing call or `...` contributes all its values.
func (c *compiler) constructor(t *ast.TableExpr, v *expdesc) {
	fs := c.fs
	// Emitted before the parser consumes '{'.
	c.line = max(c.line, t.PrevLine)
	pc := fs.emitABC(bytecode.NEWTABLE, 0, 0, 0)
	v.init(kReloc, pc)
	fs.exp2NextReg(v)
	cc := consControl{t: v.info}
	cc.v.init(kVoid, 0)
	c.line = t.Pos.Line
	for i, fld := range t.Fields {
		c.cur = fld.Value
		if i > 0 {
			c.line = max(c.line, t.Fields[i-1].SepLine) // ',' or ';' consumed
		}
		c.closeListField(&cc)
		if fld.Key != nil {
			c.recField(fld, &cc)
		} else {
			next := fld.SepLine
			if next == 0 && i == len(t.Fields)-1 {
				next = t.EndPos.Line
			}
			c.lookahead(fld.Value, next)
			c.expr(fld.Value, &cc.v)
			cc.na++
			cc.tostore++
		}
	}
	c.line = t.EndPos.Line // '}' consumed
	c.lastListField(&cc)
	i := &fs.f.Code[pc]
	*i = i.SetB(min(cc.na, math.MaxUint16)).SetC(min(cc.nh, math.MaxInt32))
}

// lookahead handles a list item starting with a name: lua5.3 reads the
// token after that name to tell `name = v` from an expression, so the
// name's instructions get the line of that token. after is the line of the
// token after the item (its separator or the '}'), 0 if unknown.
func (c *compiler) lookahead(e ast.Expr, after int) {
	next := 0 // line of the token after the leftmost name, if known
	for {
		switch x := e.(type) {
		case *ast.Ident:
			if next == 0 {
				next = after
				if next == 0 {
					next = x.Pos.Line
				}
			}
			c.ahead, c.aheadLine = x, next
			return
		case *ast.IndexExpr:
			next, e = x.Pos.Line, x.Obj
		case *ast.CallExpr:
			next, e = x.Pos.Line, x.Fn
		case *ast.MethodCallExpr:
			next, e = x.Pos.Line, x.Obj
		case *ast.BinaryExpr:
			next, e = x.Pos.Line, x.L
		case *ast.LogicalExpr:
			next, e = x.Pos.Line, x.L
		case *ast.CastExpr:
			next, e = x.Pos.Line, x.X
		case *ast.NonNilExpr:
			next, e = x.Pos.Line, x.X
		default:
			return
		}
	}
}

// recField compiles `name = v` or `[k] = v`.
func (c *compiler) recField(fld *ast.TableField, cc *consControl) {
	fs := c.fs
	reg := fs.freereg
	var key, val expdesc
	c.line = fld.Pos.Line
	c.expr(fld.Key, &key)
	if !fld.Named {
		fs.exp2Val(&key)
	}
	cc.nh++
	rkkey := fs.exp2RK(&key)
	c.expr(fld.Value, &val)
	fs.emitABC(bytecode.SETTABLE, cc.t, rkkey, fs.exp2RK(&val))
	fs.freereg = reg
}

// closeListField puts the pending list item in its register, flushing a
// full batch.
func (c *compiler) closeListField(cc *consControl) {
	if cc.v.k == kVoid {
		return
	}
	fs := c.fs
	fs.exp2NextReg(&cc.v)
	cc.v.k = kVoid
	if cc.tostore == bytecode.FieldsPerFlush {
		fs.setList(cc.t, cc.na, cc.tostore)
		cc.tostore = 0
	}
}

// lastListField stores the remaining list items.
func (c *compiler) lastListField(cc *consControl) {
	if cc.tostore == 0 {
		return
	}
	fs := c.fs
	if cc.v.hasMultRet() {
		fs.setMultRet(&cc.v)
		fs.setList(cc.t, cc.na, -1)
		cc.na-- // the call or `...` is not counted in the size hint
		return
	}
	if cc.v.k != kVoid {
		fs.exp2NextReg(&cc.v)
	}
	fs.setList(cc.t, cc.na, cc.tostore)
}

// setList emits SETLIST for the batch that ends with item nelems; tostore
// is the batch size, -1 for "up to top". C is the number of items before
// the batch.
func (fs *funcState) setList(base, nelems, tostore int) {
	first := (nelems - 1) / bytecode.FieldsPerFlush * bytecode.FieldsPerFlush
	b := tostore
	if tostore < 0 {
		b = 0
	}
	fs.emitABC(bytecode.SETLIST, base, b, first)
	fs.freereg = base + 1
}
