local function get(): string | number
  return 1
end
local v = get()
local s = v :: string
local r = v :: {x: number} -- expect-error: BAD_CAST
print(s, r)
