-- spec "Runtime type values", what the checker knows of them: every alias
-- and built-in type is a value; T(v) gives a T; T:is(v) gives a T or nil
-- and an error; the introspection methods; ==, <= and < compare types;
-- types can be table keys, printed, passed and stored.
type Port = integer @min(1)
local p: integer = Port(8080)
local i: integer = integer(3)
local str: string = string("s")
local bad: string = number(1) -- expect-error: TYPE_MISMATCH
local v, err = Port:is(80)
if v then
  local ok: integer = v
end
local msg: string? = err and err:message()
local kind: string = Port:kind()
local nm: string? = Port:name()
Port:nosuch() -- expect-error: UNDEFINED_FIELD
local sub: boolean = Port <= integer
local strict: boolean = integer < number
local eq: boolean = Port == integer
local names: {[type]: string} = {[Port] = "port", [integer] = "int"}
local text: string = tostring(Port)
local function check(T: type, x: any): boolean
  return (T:is(x)) ~= nil
end
print(p, i, str, bad, msg, kind, nm, sub, strict, eq, names, text, check(Port, 1), check(string, 1))
