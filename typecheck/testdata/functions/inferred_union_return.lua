local function parse(s: string)
  if s == "" then
    return nil, "empty"
  end
  local n = tonumber(s)
  if n then
    return n
  end
  return s
end
local v, err = parse("1")
local ok: number | string | nil = v
local bad: number = v -- expect-error: TYPE_MISMATCH
print(ok, bad, err)
