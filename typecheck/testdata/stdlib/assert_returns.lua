local function get(): (number?, string?)
  return 1, nil
end
local v: number = assert(get())
local w: number = assert(tonumber("5"), "not a number")
print(v, w)
