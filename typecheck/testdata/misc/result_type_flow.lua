type Result<T> = {ok: true, value: T} | {ok: false, err: string}
local function try<T>(f: () -> T): Result<T>
  local ok, v = pcall(f)
  if ok then
    return {ok = true, value = v}
  end
  return {ok = false, err = tostring(v)}
end
local r = try(function() return 42 end)
if r.ok then
  local n: integer = r.value
  print(n)
else
  print(r.err)
end
