local function isEven(n: integer): boolean
  return n % 2 == 0
end
local function check(n: integer): boolean
  return n -- expect-error: TYPE_MISMATCH
end
local function truthy(v: any): boolean
  return not not v
end
print(isEven(2), check(1), truthy(nil))
