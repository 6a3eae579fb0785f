local function f(): number
  local x: number | string = "start"
  x = 5
  return x + 1
end
local function g(flag: boolean): number
  local x: number? = nil
  if flag then
    x = 1
  else
    x = 2
  end
  return x
end
local function h(flag: boolean): number
  local x: number? = nil
  if flag then
    x = 1
  end
  return x -- expect-error: TYPE_MISMATCH
end
print(f(), g(true), h(false))
