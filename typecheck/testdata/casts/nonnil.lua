local function find(): string?
  return "x"
end
local v = find()
local s: string = v!
local len: integer = #find()!
local w: string = "sure"
local x = w! -- expect-error: REDUNDANT_NONNIL
print(s, len, x)
