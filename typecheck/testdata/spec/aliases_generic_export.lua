-- spec "Syntax": aliases `type Name = ...`, generic aliases `type
-- Result<T, E> = ...`, exported with `export type` (the exports are what
-- other chunks see: TestModules in modules_test.go).
type UserId = integer
type Result<T, E> = {ok: true, value: T} | {ok: false, error: E}
export type Shape = {kind: "circle", r: number} | {kind: "square", side: number}
local id: UserId = 7
local badId: UserId = "7" -- expect-error: TYPE_MISMATCH
local r: Result<number, string> = {ok = true, value = 1}
local r2: Result<number, string> = {ok = false, error = "e"}
local r3: Result<number, string> = {ok = true, value = "1"} -- expect-error: TYPE_MISMATCH
local r4: Result<number> = r -- expect-error: TYPE_ARGS
local function area(s: Shape): number
  if s.kind == "circle" then
    return math.pi * s.r ^ 2
  end
  return s.side * s.side
end
local function unwrap(res: Result<number, string>): number
  if res.ok then
    return res.value
  end
  error(res.error)
end
print(id, badId, r2, r3, r4, area({kind = "square", side = 2}), unwrap(r))
