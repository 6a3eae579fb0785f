do
  type Local = {v: number}
  local x: Local = {v = 1}
  print(x)
end
local y: Local = {v = 1} -- expect-error: UNKNOWN_TYPE
local function f()
  type Inner = string
  local s: Inner = "x"
  return s
end
print(y, f())
