local function f(a: number, b: string?, c: boolean?): number
  return a
end
f(1)
f(1, "x")
f(1, nil, true)
f(1, nil, "no") -- expect-error: TYPE_MISMATCH
f() -- expect-error: ARG_COUNT
f(nil) -- expect-error: TYPE_MISMATCH
