package sql

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"wippylua/vm"
)

// typed is the Data of the values sql.as.* make and of sql.NULL: a
// parameter with the SQL type the program chose.
type typed struct {
	v any // int64, float64, string, []byte, or nil for NULL
}

// statement reads a query's text and parameters (arguments 2 and 3) for
// a handle whose check returned handleErr. The order of the failures is
// the API's: a query that is not a string raises at once, then the
// handle's error is returned, then a bad parameter table's.
func statement(t *vm.Thread, handleErr error) (q string, args []any, err error) {
	q = t.CheckString(2)
	if handleErr != nil {
		return "", nil, handleErr
	}
	args, err = params(t, 3)
	return q, args, err
}

// params reads the bind parameters: the array argument n (absent or nil
// for none), as Go values for the driver. A NULL in the middle of the
// array is written sql.NULL, since nil would end it.
func params(t *vm.Thread, n int) ([]any, error) {
	v := t.Arg(n)
	if v.IsNil() {
		return nil, nil
	}
	arr := t.CheckTable(n)
	arr = t.State().View(arr)
	count := arr.Len()
	args := make([]any, count)
	for i := int64(1); i <= count; i++ {
		a, err := param(arr.GetInt(i))
		if err != nil {
			return nil, invalid("parameter %d: %v", i, err)
		}
		args[i-1] = a
	}
	return args, nil
}

// param converts one parameter: integers, floats, strings and booleans
// bind as themselves (a boolean as 1 or 0), typed values as their type.
func param(v vm.Value) (any, error) {
	switch {
	case v.IsNil():
		return nil, nil
	case v.IsInt():
		return v.AsInt(), nil
	case v.IsFloat():
		return v.AsFloat(), nil
	case v.IsString():
		return v.AsString(), nil
	case v.Kind() == vm.KindBool:
		return v.AsBool(), nil
	}
	if ud := v.AsUserdata(); ud != nil {
		if tv, ok := ud.Data.(*typed); ok {
			return tv.v, nil
		}
	}
	return nil, fmt.Errorf("cannot bind a %s", v.TypeName())
}

// luaValue converts a column value from the driver: integers, floats and
// strings stay what they are, blobs become strings (Lua strings hold
// bytes), booleans booleans, NULL nil, and the times the driver makes of
// DATE, DATETIME and TIMESTAMP columns RFC 3339 strings.
func luaValue(v any) vm.Value {
	switch v := v.(type) {
	case nil:
		return vm.Nil
	case int64:
		return vm.Int(v)
	case float64:
		return vm.Float(v)
	case string:
		return vm.String(v)
	case []byte:
		return vm.String(string(v))
	case bool:
		return vm.Bool(v)
	case time.Time:
		return vm.String(v.Format(time.RFC3339Nano))
	}
	return vm.String(fmt.Sprint(v))
}

// The conversions of sql.as.*: what a value becomes when the program
// asks for a type.

func asInt(v vm.Value) (any, error) {
	switch {
	case v.IsInt():
		return v.AsInt(), nil
	case v.IsFloat():
		f := v.AsFloat()
		if f != math.Trunc(f) || f < math.MinInt64 || f >= math.MaxInt64 {
			return nil, fmt.Errorf("number has no integer representation")
		}
		return int64(f), nil
	case v.IsString():
		n, err := strconv.ParseInt(v.AsString(), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("invalid integer %q", v.AsString())
		}
		return n, nil
	}
	return nil, fmt.Errorf("cannot convert a %s to an integer", v.TypeName())
}

func asFloat(v vm.Value) (any, error) {
	if f, ok := v.ToNumber(); ok {
		return f, nil
	}
	return nil, fmt.Errorf("cannot convert a %s to a float", v.TypeName())
}

func asText(v vm.Value) (any, error) {
	switch {
	case v.IsString():
		return v.AsString(), nil
	case v.IsNumber():
		return vm.NumberToString(v), nil
	}
	return nil, fmt.Errorf("cannot convert a %s to text", v.TypeName())
}

func asBinary(v vm.Value) (any, error) {
	if v.IsString() {
		return []byte(v.AsString()), nil
	}
	return nil, fmt.Errorf("cannot convert a %s to binary", v.TypeName())
}
