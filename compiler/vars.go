package compiler

import (
	"wippylua/ast"
	"wippylua/bytecode"
)

// Local variables, upvalues and name resolution.

// actVar is a declared local: its debug record and a signature of its
// name that makes most mismatches cheap to detect (see nameSig).
type actVar struct {
	idx int // index in the function's LocVars
	sig uint64
}

// nameSig packs the length and first 7 bytes of a name. Names of up to 7
// bytes are equal exactly when their signatures are.
func nameSig(s string) uint64 {
	x := uint64(len(s))
	for i := 0; i < len(s) && i < 7; i++ {
		x |= uint64(s[i]) << (8 * (i + 1))
	}
	return x
}

// locVar returns the debug record of the i-th active local of fs.
func (fs *funcState) locVar(i int) *bytecode.LocVar {
	return &fs.f.LocVars[fs.c.actvar[fs.firstlocal+i].idx]
}

// newLocalVar declares a local that becomes active with adjustLocalVars.
// at is the node after which lua5.3's parser declares it, for the position
// of the "too many local variables" error.
func (c *compiler) newLocalVar(name string, at ast.Node) {
	fs := c.fs
	if len(c.actvar)+1-fs.firstlocal > maxVars {
		c.limitError(maxVars, "local variables", at)
	}
	fs.f.LocVars = append(fs.f.LocVars, bytecode.LocVar{Name: name})
	c.actvar = append(c.actvar, actVar{idx: len(fs.f.LocVars) - 1, sig: nameSig(name)})
	if name == "_ENV" {
		c.nenv++
	}
}

// adjustLocalVars activates the last n declared locals: their scope starts
// at the next instruction.
func (fs *funcState) adjustLocalVars(n int) {
	fs.nactvar += n
	pc := fs.pc()
	for i := fs.nactvar - n; i < fs.nactvar; i++ {
		fs.locVar(i).StartPC = pc
	}
}

// removeVars ends the scope of the locals above level.
func (fs *funcState) removeVars(level int) {
	c := fs.c
	n := fs.nactvar - level
	pc := fs.pc()
	for fs.nactvar > level {
		fs.nactvar--
		lv := fs.locVar(fs.nactvar)
		lv.EndPC = pc
		if lv.Name == "_ENV" {
			c.nenv--
		}
	}
	c.actvar = c.actvar[:len(c.actvar)-n]
}

// searchVar returns the register of the innermost active local called
// name, or -1.
func (fs *funcState) searchVar(name string) int {
	sig := nameSig(name)
	lv := fs.f.LocVars
	act := fs.c.actvar[fs.firstlocal : fs.firstlocal+fs.nactvar]
	for i := len(act) - 1; i >= 0; i-- {
		if act[i].sig == sig && (len(name) < 8 || lv[act[i].idx].Name == name) {
			return i
		}
	}
	return -1
}

// markUpval records that the local in register level is captured, so that
// the block declaring it closes upvalues when it ends.
func (fs *funcState) markUpval(level int) {
	bl := fs.bl
	for fs.c.blocks[bl].nactvar > level {
		bl = fs.c.blocks[bl].previous
	}
	fs.c.blocks[bl].upval = true
}

// ---------------------------------------------------------------------------
// Upvalues and name resolution

func (fs *funcState) searchUpvalue(name string) int {
	for i := range fs.f.Upvalues {
		if fs.f.Upvalues[i].Name == name {
			return i
		}
	}
	return -1
}

// newUpvalue adds an upvalue found in the enclosing function's register
// (inStack) or upvalue idx.
func (fs *funcState) newUpvalue(name string, inStack bool, idx int, at ast.Node) int {
	if len(fs.f.Upvalues)+1 > maxUpvals {
		fs.c.limitErrorIn(fs, maxUpvals, "upvalues", at)
	}
	fs.f.Upvalues = append(fs.f.Upvalues, bytecode.UpvalDesc{Name: name, InStack: inStack, Index: idx})
	return len(fs.f.Upvalues) - 1
}

// resolve finds name as seen from fs (lua5.3's singlevaraux): a local
// (kLocal), an upvalue (kUpval, created along the chain of enclosing
// functions as needed) or a global (kVoid). base is false when fs is an
// enclosing function of the one using the name, so a local found there is
// captured.
func (fs *funcState) resolve(name string, v *expdesc, base bool, at ast.Node) {
	if fs == nil {
		v.init(kVoid, 0)
		return
	}
	if r := fs.searchVar(name); r >= 0 {
		v.init(kLocal, r)
		if !base {
			fs.markUpval(r)
		}
		return
	}
	idx := fs.searchUpvalue(name)
	if idx < 0 {
		fs.prev.resolve(name, v, false, at)
		if v.k == kVoid {
			return
		}
		idx = fs.newUpvalue(name, v.k == kLocal, v.info, at)
	}
	v.init(kUpval, idx)
}

// singleVar compiles a name used as an expression or assignment target:
// locals and upvalues directly, globals as _ENV[name].
func (c *compiler) singleVar(id *ast.Ident, v *expdesc) {
	fs := c.fs
	fs.resolve(id.Name, v, true, id)
	if v.k != kVoid {
		return
	}
	c.resolveEnv(v, id)
	if v.k == kVoid {
		// Only reachable for hand-made trees compiled without a main
		// function; kept as an error rather than a crash.
		c.errorAt(id.Pos.Line, "no _ENV in scope", "")
	}
	var key expdesc
	key.init(kK, fs.stringK(id.Name))
	fs.indexed(v, &key)
}

// resolveEnv resolves _ENV for a global name. Unless some local is called
// _ENV, it is the same upvalue for the whole function, so it is looked up
// once per function instead of once per global.
func (c *compiler) resolveEnv(v *expdesc, id *ast.Ident) {
	fs := c.fs
	if c.nenv == 0 && fs.envUp >= 0 {
		v.init(kUpval, fs.envUp)
		return
	}
	fs.resolve("_ENV", v, true, id)
	if c.nenv == 0 && v.k == kUpval {
		fs.envUp = v.info
	}
}
