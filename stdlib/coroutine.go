package stdlib

import "wippylua/vm"

// The coroutine library (Lua 5.3 manual §6.2). The process runtime adds
// coroutine.spawn on top of these.

var coroutineFuncs = map[string]func(t *vm.Thread) int{
	"create":      coCreate,
	"resume":      coResume,
	"yield":       coYield,
	"status":      coStatus,
	"running":     coRunning,
	"isyieldable": coIsyieldable,
	"wrap":        coWrap,
}

func checkCo(t *vm.Thread, n int) *vm.Thread {
	co := t.Arg(n).AsThread()
	if co == nil {
		t.ArgError(n, "thread expected")
	}
	return co
}

func coCreate(t *vm.Thread) int {
	fn := t.CheckFunction(1)
	t.Push(vm.ThreadValue(t.NewCoroutine(fn)))
	return 1
}

func coResume(t *vm.Thread) int {
	co := checkCo(t, 1)
	return t.ResumeK(co, t.Args()[1:], func(t *vm.Thread, res []vm.Value, err *vm.Error) int {
		if err != nil {
			t.Push(vm.False)
			t.Push(err.Value)
			return 2
		}
		t.Push(vm.True)
		for _, v := range res {
			t.Push(v)
		}
		return len(res) + 1
	})
}

func coYield(t *vm.Thread) int {
	return t.Yield(t.NArgs())
}

func coStatus(t *vm.Thread) int {
	co := checkCo(t, 1)
	t.Push(vm.String(co.Status(t)))
	return 1
}

func coRunning(t *vm.Thread) int {
	t.Push(vm.ThreadValue(t))
	t.Push(vm.Bool(t.IsMain()))
	return 2
}

func coIsyieldable(t *vm.Thread) int {
	t.Push(vm.Bool(t.IsYieldable()))
	return 1
}

func coWrap(t *vm.Thread) int {
	fn := t.CheckFunction(1)
	co := t.NewCoroutine(fn)
	wrapped := vm.NewGoFunction("wrap", func(t *vm.Thread) int {
		return t.ResumeK(co, t.Args(), func(t *vm.Thread, res []vm.Value, err *vm.Error) int {
			if err != nil {
				v := err.Value
				if v.IsString() {
					v = vm.String(t.Where(1) + v.AsString())
				}
				t.Throw(v)
			}
			for _, r := range res {
				t.Push(r)
			}
			return len(res)
		})
	})
	t.Push(vm.FunctionValue(wrapped))
	return 1
}
