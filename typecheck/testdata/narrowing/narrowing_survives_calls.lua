-- A call does not forget narrowings of fields (the checker trusts that
-- callees do not reset them).
type Box = {v: string?}
local function touch(b: Box) end
local function f(b: Box): number
  if b.v then
    touch(b)
    return #b.v
  end
  return 0
end
print(f({v = "x"}))
