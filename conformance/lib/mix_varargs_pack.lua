-- covers: preserving trailing nils through table.pack/table.unpack with
-- .n, select('#'), pcall/xpcall/coroutine.resume/coroutine.wrap result
-- forwarding, string.format with varargs, and a curry/compose helper
local function count(...) return select("#", ...) end
local function describe(...)
  local t = table.pack(...)
  local parts = {}
  for i = 1, t.n do parts[i] = tostring(t[i]) end
  return t.n .. ":[" .. table.concat(parts, ",") .. "]"
end
print(describe(), describe(nil), describe(nil, nil), describe(1, nil, 3, nil))
local p = table.pack(1, nil, nil)
print(p.n, #{table.unpack(p, 1, p.n)} <= 3, count(table.unpack(p, 1, p.n)), count(table.unpack(p)))

-- forwarding through protected calls keeps every value
print(describe(pcall(function(...) return ... end, "a", nil, nil)))
print(describe(xpcall(function(...) return ... end, print, nil, 2, nil)))
print(describe(select(2, pcall(error))))
print(describe(pcall(error, nil)))
local co = coroutine.create(function(...)
  local got = table.pack(...)
  local back = table.pack(coroutine.yield(got.n, nil))
  return back.n, table.unpack(back, 1, back.n)
end)
print(describe(coroutine.resume(co, nil, nil, 3)))
print(describe(coroutine.resume(co, nil, "x", nil, nil)))
print(describe(coroutine.resume(co)))
local w = coroutine.wrap(function(...) coroutine.yield(...) return nil, nil end)
print(describe(w(1, nil)), describe(w()))

-- varargs into string.format and string.char
local function fmt_all(fmt, ...)
  local n = select("#", ...)
  return string.format(fmt:rep(n, ","), ...)
end
print(fmt_all("%s", 1, nil, true, "x"), fmt_all("<%d>", 1, 2, 3), "[" .. fmt_all("%s") .. "]")
print(string.char(select(2, 0, 72, 105)))

-- curry and compose
local function curry(f, n, ...)
  local bound = table.pack(...)
  if bound.n >= n then return f(table.unpack(bound, 1, bound.n)) end
  return function(...)
    local more = table.pack(...)
    local all = table.move(more, 1, more.n, bound.n + 1, {table.unpack(bound, 1, bound.n)})
    return curry(f, n, table.unpack(all, 1, bound.n + more.n))
  end
end
local add3 = function(a, b, c) return a + b + c end
print(curry(add3, 3)(1)(2)(3), curry(add3, 3, 1, 2)(10), curry(add3, 3)(1, 2, 3))
local function compose(...)
  local fs = table.pack(...)
  return function(...)
    local vals = table.pack(...)
    for i = fs.n, 1, -1 do vals = table.pack(fs[i](table.unpack(vals, 1, vals.n))) end
    return table.unpack(vals, 1, vals.n)
  end
end
local shout = compose(string.upper, function(s, n) return s:rep(n, " ") end, function(s) return s, 3 end)
print(shout("hey"), describe(compose()(nil, 1)))
-- vararg limits: many values through select and unpack
local many = {}
for i = 1, 250 do many[i] = i end
print(count(table.unpack(many)), select(250, table.unpack(many)), math.max(table.unpack(many)))
