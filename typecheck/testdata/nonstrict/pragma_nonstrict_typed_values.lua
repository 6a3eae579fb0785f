--!nonstrict
local function find(): {name: string}?
  return nil
end
local u = find()
-- u comes from an annotated function: its problems are reported
print(u.name) -- expect-error: NIL_ACCESS
local plain = {}
print(plain.anything)
