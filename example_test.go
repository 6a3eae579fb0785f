package wippylua_test

import (
	"fmt"
	"strings"

	"wippylua"
	"wippylua/vm"
)

// A State with the standard libraries; print writes to os.Stdout.
func ExampleNew() {
	L := wippylua.New(wippylua.Options{})
	if _, err := L.DoString(`print("hello from Lua", 6 * 7)`, "=example"); err != nil {
		fmt.Println("error:", err)
	}
	// Output: hello from Lua	42
}

// Go functions read their arguments from the thread and push results.
func ExampleState_Register() {
	L := wippylua.New(wippylua.Options{})
	L.Register("upper", func(t *vm.Thread) int {
		t.Push(vm.String(strings.ToUpper(t.CheckString(1))))
		return 1
	})
	res, err := L.DoString(`return upper("shout") .. "!"`, "=example")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(res[0].AsString())
	// Output: SHOUT!
}

// CallGlobal converts arguments and results between Go and Lua.
func ExampleState_CallGlobal() {
	L := wippylua.New(wippylua.Options{})
	_, err := L.DoString(`
		function stats(xs)
			local sum = 0
			for _, x in ipairs(xs) do sum = sum + x end
			return #xs, sum, sum / #xs
		end`, "=example")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	res, err := L.CallGlobal("stats", []any{3, 4, 8})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(res...)
	// Output: 3 15 5
}

// DoString returns the chunk's results; errors carry lua5.3's message.
func ExampleState_DoString() {
	L := wippylua.New(wippylua.Options{})
	res, _ := L.DoString(`return "answer", 40 + 2`, "=example")
	fmt.Println(res[0].AsString(), res[1].AsInt())

	_, err := L.DoString(`local t = nil; return t.x`, "=example")
	fmt.Println(err)
	// Output:
	// answer 42
	// example:1: attempt to index a nil value (local 't')
}
