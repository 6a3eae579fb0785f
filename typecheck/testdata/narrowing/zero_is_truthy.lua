local function f(n: number?): number
  if n then
    -- 0 is truthy in Lua: n is still a number here
    local k: number = n
    return k
  end
  return -1
end
print(f(0))
