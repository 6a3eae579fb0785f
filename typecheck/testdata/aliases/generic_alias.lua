type Result<T, E> = {ok: true, value: T} | {ok: false, error: E}
local function parse(s: string): Result<number, string>
  local n = tonumber(s)
  if n then
    return {ok = true, value = n}
  end
  return {ok = false, error = "not a number"}
end
local r = parse("1")
if r.ok then
  local v: number = r.value
  print(v)
else
  local e: string = r.error
  print(e)
end
local bad: Result<number, string> = {ok = true, value = "x"} -- expect-error: TYPE_MISMATCH
local wrongArity: Result<number> = parse("2") -- expect-error: TYPE_ARGS
