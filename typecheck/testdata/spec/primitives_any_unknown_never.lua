-- spec "Syntax", primitives: `any` opts out, `unknown` must be narrowed
-- before use as something concrete, `never` has no values, `integer` is
-- a subtype of `number`, and table, function, thread and error are what
-- their Lua values are.
local a: any = {}
a.anything.goes(1) -- any opts out of checking
local s: string = a
local u: unknown = "text"
local bad: string = u -- expect-error: TYPE_MISMATCH
print(u.len) -- expect-error: UNKNOWN_USE
if type(u) == "string" then
  local fine: string = u
  print(fine)
end
local function fail(msg: string): never
  error(msg)
end
local function pick(v: number?): number
  if v == nil then
    return fail("no value") -- never fits every result type
  end
  return v
end
local i: integer = 3
local n: number = i
local back: integer = n -- expect-error: TYPE_MISMATCH
local t: table = {1, 2}
local fn: function = print
local co: thread = coroutine.create(function() end)
local e: error = errors.new("boom")
local notTable: table = "x" -- expect-error: TYPE_MISMATCH
local notFn: function = 1 -- expect-error: TYPE_MISMATCH
local notThread: thread = fn -- expect-error: TYPE_MISMATCH
local notError: error = "boom" -- expect-error: TYPE_MISMATCH
print(s, bad, pick(1), back, t, co, e, notTable, notFn, notThread, notError)
