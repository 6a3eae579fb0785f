local function fetch(url: string): (string?, error?)
  return "body", nil
end
local function f(url: string): number
  local body, err = fetch(url)
  if err then
    return 0
  end
  body = nil
  return #body -- expect-error: NIL_ACCESS
end
print(f("x"))
