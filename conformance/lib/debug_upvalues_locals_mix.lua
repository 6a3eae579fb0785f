-- covers: debug.getupvalue/setupvalue/upvalueid/upvaluejoin on closures
-- sharing upvalues, debug.getlocal/setlocal at several levels including
-- vararg slots (negative indices) and temporaries, parameter names of a
-- function value, and sorted listings of what was found
local function counter()
  local count, step = 0, 1
  return function() count = count + step; return count end,
         function(s) step = s end
end
local inc, setstep = counter()
local function upvalues(f)
  local out, i = {}, 1
  while true do
    local name, v = debug.getupvalue(f, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. tostring(v)
    i = i + 1
  end
  return table.concat(out, " ")
end
inc(); inc()
print(upvalues(inc), "|", upvalues(setstep))
print(debug.upvalueid(inc, 2) == debug.upvalueid(setstep, 1), debug.upvalueid(inc, 1) == debug.upvalueid(setstep, 1))
print(debug.setupvalue(inc, 1, 100), inc(), debug.setupvalue(inc, 9, 0))
setstep(10)
print(inc(), upvalues(inc))
-- join: make a second counter share the first one's count
local inc2 = counter()
debug.upvaluejoin(inc2, 1, inc, 1)
print(inc2(), inc(), upvalues(inc2))
print(pcall(debug.upvaluejoin, inc2, 5, inc, 1))
print(pcall(debug.upvalueid, inc, 0))

-- locals at various levels, including varargs via negative indices
local function inner(a, b, ...)
  local sum = a + b
  local info = {}
  for lv = 1, 2 do
    local i = 1
    local names = {}
    while true do
      local name, v = debug.getlocal(lv, i)
      if not name then break end
      if name:sub(1, 1) ~= "(" then names[#names + 1] = name .. "=" .. tostring(type(v) == "table" and "tbl" or v) end
      i = i + 1
    end
    info[lv] = table.concat(names, ",")
  end
  local va = {}
  local j = -1
  while true do
    local name, v = debug.getlocal(1, j)
    if not name then break end
    va[#va + 1] = name .. "=" .. tostring(v)
    j = j - 1
  end
  debug.setlocal(1, 3, 99)
  return info[1], info[2], table.concat(va, ","), sum
end
local function outer()
  local marker = "outer-local"
  local r = table.pack(inner(1, 2, "x", nil, 3))
  return table.unpack(r, 1, r.n)
end
print(outer())
-- parameter names of a function value (not active)
local function params(f)
  local out, i = {}, 1
  while true do
    local n = debug.getlocal(f, i)
    if not n then break end
    out[#out + 1] = n
    i = i + 1
  end
  return table.concat(out, ",")
end
print(params(inner), params(counter), params(function(x, y, z, ...) end), params(print))
print(pcall(debug.getlocal, 50, 1))
print(debug.getlocal(1, 100))
