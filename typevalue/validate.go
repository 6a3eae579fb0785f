package typevalue

import (
	"strconv"

	"wippylua/stdlib/lstrings"
	"wippylua/types"
	"wippylua/vm"
)

// validator is one compiled `@name(args)`.
type validator struct {
	name  string
	bound float64 // @min, @max, @min_len, @max_len
	text  string  // the bound or pattern as written, for messages
	rule  *validatorRule
	bad   string // why the annotation itself is wrong, or ""
}

// validatorRule is one kind of validator: what argument it takes, its
// test, and the message when a value fails the test (or is of a type the
// validator does not apply to).
type validatorRule struct {
	numeric bool // takes one number, else one string
	test    func(v *validator, x vm.Value) bool
	explain func(v *validator, x vm.Value) string
}

// validatorRules are the validators of spec/types.md.
var validatorRules = map[string]*validatorRule{
	"min":     {true, testMin, explainMin},
	"max":     {true, testMax, explainMax},
	"min_len": {true, testMinLen, explainMinLen},
	"max_len": {true, testMaxLen, explainMaxLen},
	"pattern": {false, testPattern, explainPattern},
}

// check returns nil when x passes, else the mismatch (errQuiet unless the
// check explains).
func (v *validator) check(x vm.Value, st *checkState) *mismatch {
	if v.bad == "" && v.rule.test(v, x) {
		return nil
	}
	if !st.explain {
		return errQuiet
	}
	msg := v.bad
	if msg == "" {
		msg = v.rule.explain(v, x)
	}
	return &mismatch{msg: msg, precise: true}
}

// compileValidators compiles a type's validators. One that is unknown or
// has the wrong arguments fails every value with a message saying so:
// the checker reports such annotations, but a type may also come from a
// binary chunk.
func compileValidators(vs []types.Validator) []validator {
	if len(vs) == 0 {
		return nil
	}
	out := make([]validator, len(vs))
	for i, tv := range vs {
		v := &out[i]
		v.name = tv.Name
		v.rule = validatorRules[tv.Name]
		switch {
		case v.rule == nil:
			v.bad = "unknown validator @" + tv.Name
		case len(tv.Args) != 1:
			v.bad = v.needs()
		default:
			switch a := tv.Args[0].(type) {
			case int64:
				v.bound, v.text = float64(a), strconv.FormatInt(a, 10)
			case float64:
				v.bound, v.text = a, vm.FormatFloat(a)
			case string:
				v.text = a
			}
			if _, isString := tv.Args[0].(string); isString == v.rule.numeric || v.text == "" && !isString {
				v.bad = v.needs()
			}
		}
	}
	return out
}

// needs says what arguments the validator takes.
func (v *validator) needs() string {
	if v.rule.numeric {
		return "@" + v.name + " needs one number"
	}
	return "@" + v.name + " needs one string"
}

// number returns x as a float for a bound comparison. Integers beyond
// 2^53 round, which only matters for bounds that large.
func number(x vm.Value) (float64, bool) {
	switch {
	case x.IsInt():
		return float64(x.AsInt()), true
	case x.IsFloat():
		return x.AsFloat(), true
	}
	return 0, false
}

func testMin(v *validator, x vm.Value) bool {
	n, ok := number(x)
	return ok && n >= v.bound // NaN fails
}

func explainMin(v *validator, x vm.Value) string {
	if !x.IsNumber() {
		return "@min needs a number, got " + x.TypeName()
	}
	return "expected a value >= " + v.text + ", got " + valueText(x)
}

func testMax(v *validator, x vm.Value) bool {
	n, ok := number(x)
	return ok && n <= v.bound
}

func explainMax(v *validator, x vm.Value) string {
	if !x.IsNumber() {
		return "@max needs a number, got " + x.TypeName()
	}
	return "expected a value <= " + v.text + ", got " + valueText(x)
}

// length is the length the _len validators measure: bytes of a string,
// the raw border of a table.
func length(x vm.Value) (int64, bool) {
	switch {
	case x.IsString():
		return int64(len(x.AsString())), true
	case x.IsTable():
		return x.AsTable().Len(), true
	}
	return 0, false
}

func testMinLen(v *validator, x vm.Value) bool {
	n, ok := length(x)
	return ok && float64(n) >= v.bound
}

func explainMinLen(v *validator, x vm.Value) string {
	n, ok := length(x)
	if !ok {
		return "@min_len needs a string or table, got " + x.TypeName()
	}
	return "expected length >= " + v.text + ", got " + strconv.FormatInt(n, 10)
}

func testMaxLen(v *validator, x vm.Value) bool {
	n, ok := length(x)
	return ok && float64(n) <= v.bound
}

func explainMaxLen(v *validator, x vm.Value) string {
	n, ok := length(x)
	if !ok {
		return "@max_len needs a string or table, got " + x.TypeName()
	}
	return "expected length <= " + v.text + ", got " + strconv.FormatInt(n, 10)
}

// patternStepLimit bounds one @pattern match, so that a pathological
// pattern fails the check instead of stalling the process.
const patternStepLimit = 1 << 20

// findPattern looks for the validator's Lua pattern in s as string.find
// does: a leading ^ anchors it at the start.
func (v *validator) findPattern(s string) (bool, error) {
	pat, anchor := v.text, false
	if len(pat) > 0 && pat[0] == '^' {
		pat, anchor = pat[1:], true
	}
	m := lstrings.Matcher{MaxSteps: patternStepLimit}
	m.Reset(s, pat)
	start, _, err := m.Find(0, anchor, -1)
	return start >= 0, err
}

func testPattern(v *validator, x vm.Value) bool {
	if !x.IsString() {
		return false
	}
	found, err := v.findPattern(x.AsString())
	return found && err == nil
}

func explainPattern(v *validator, x vm.Value) string {
	if !x.IsString() {
		return "@pattern needs a string, got " + x.TypeName()
	}
	if _, err := v.findPattern(x.AsString()); err != nil {
		return "@pattern(" + types.LiteralString(v.text) + "): " + err.Error()
	}
	return "expected a string matching " + types.LiteralString(v.text) + ", got " + valueText(x)
}
