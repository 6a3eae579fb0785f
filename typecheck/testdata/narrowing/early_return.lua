local function find(id: number): {name: string}?
  if id > 0 then return {name = "n"} end
  return nil
end
local function nameOf(id: number): string
  local u = find(id)
  if not u then
    return "?"
  end
  return u.name
end
local function nameOrError(id: number): string
  local u = find(id)
  if u == nil then
    error("no user " .. id)
  end
  return u.name
end
local function unchecked(id: number): string
  local u = find(id)
  return u.name -- expect-error: NIL_ACCESS
end
print(nameOf(1), nameOrError(2), unchecked(3))
