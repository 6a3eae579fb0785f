-- Records: required and optional fields, extra fields, nesting, paths.
type User = {
  name: string,
  age?: integer,
  address: {city: string, zip?: string},
  tags: {string},
}

local function check(T, v)
  local r, err = T:is(v)
  if err then print("fail", err:message()) else print("ok", r == v) end
end

check(User, {name = "ann", address = {city = "Oslo"}, tags = {}})
check(User, {name = "ann", age = 30, address = {city = "Oslo", zip = "0150"}, tags = {"a", "b"}, extra = true})
check(User, {address = {city = "Oslo"}, tags = {}})
check(User, {name = "ann", age = 30.5, address = {city = "Oslo"}, tags = {}})
check(User, {name = "ann", address = {city = 47}, tags = {}})
check(User, {name = "ann", address = {city = "Oslo", zip = false}, tags = {}})
check(User, {name = "ann", address = {city = "Oslo"}, tags = {"a", 2}})
check(User, {name = "ann", address = "Oslo", tags = {}})
check(User, "ann")
check(User, nil)

-- The path of the spec's example.
type Doc = {user: {name: string, tags: {string}}}
check(Doc, {user = {name = "x", tags = {"a", 2}}})

-- Fields are read raw: __index is not consulted.
local proxy = setmetatable({}, {__index = function() return "from __index" end})
type Named = {name: string}
check(Named, proxy)

-- A field whose type accepts nil need not be optional to be absent.
type Loose = {a: number?, b: any}
check(Loose, {})

-- T(v) raises; the error is an error value with the same message.
local ok, err = pcall(User, {name = 1})
print(ok, err)
