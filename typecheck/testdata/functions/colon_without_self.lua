type Cat = {purr: () -> (), meow: (self: Cat) -> string}
local function f(c: Cat)
  c.purr()
  c:purr() -- expect-error: ARG_COUNT
  local s: string = c:meow()
  c.meow() -- expect-error: ARG_COUNT
  print(s)
end
print(f)
