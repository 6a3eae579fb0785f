local M = {}
function M.add(a: number, b: number): number
  return a + b
end
function M.greet(name: string): string
  return "hi " .. name
end
local s: number = M.add(1, 2)
local g: string = M.greet("x")
M.add("1", 2) -- expect-error: TYPE_MISMATCH
local bad: string = M.add(1, 2) -- expect-error: TYPE_MISMATCH
return M
