local function orElse<T>(v: T?, d: T): T
  if v == nil then return d end
  return v
end
local a: number = orElse(nil, 1)
local maybe: string? = nil
local b: string = orElse(maybe, "x")
print(a, b)
