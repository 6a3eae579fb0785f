type Req = {user: {name: string?}, id: number}
local function name(r: Req): string
  if r.user.name then
    return r.user.name
  end
  return "?"
end
local function bad(r: Req): string
  return r.user.name -- expect-error: TYPE_MISMATCH
end
print(name({user = {}, id = 1}), bad({user = {name = "n"}, id = 2}))
