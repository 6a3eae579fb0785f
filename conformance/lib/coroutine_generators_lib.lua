-- covers: coroutine.wrap generators feeding table.concat/sort/insert,
-- string.format/rep/char and utf8.char; permutations and combinations
-- generators; yielding from inside table.sort comparators and gsub
-- callbacks (a C-call boundary error); generators as io.write sources
local function range(a, b, step)
  return coroutine.wrap(function()
    for i = a, b, step or 1 do coroutine.yield(i) end
  end)
end
local function map(f, gen)
  return coroutine.wrap(function() for v in gen do coroutine.yield(f(v)) end end)
end
local function filter(p, gen)
  return coroutine.wrap(function() for v in gen do if p(v) then coroutine.yield(v) end end end)
end
local function collect(gen)
  local t = {}
  for v in gen do t[#t + 1] = v end
  return t
end

print(table.concat(collect(range(1, 10)), ","))
print(table.concat(collect(map(function(x) return x * x end, filter(function(x) return x % 2 == 1 end, range(1, 15)))), " "))
print(string.char(table.unpack(collect(range(72, 76)))))
print(utf8.char(table.unpack(collect(map(function(i) return 0x3B1 + i end, range(0, 4))))))
print(table.concat(collect(map(function(x) return string.format("%03d", x) end, range(10, 0, -5))), "|"))

local function permutations(t)
  return coroutine.wrap(function()
    local function perm(n)
      if n <= 1 then coroutine.yield(table.concat(t)) return end
      for i = 1, n do
        t[i], t[n] = t[n], t[i]
        perm(n - 1)
        t[i], t[n] = t[n], t[i]
      end
    end
    perm(#t)
  end)
end
local perms = collect(permutations{"a", "b", "c", "d"})
print(#perms, perms[1], perms[24])
table.sort(perms)
print(table.concat(perms, " ", 1, 8))

local function combos(n, k)
  return coroutine.wrap(function()
    local chosen = {}
    local function go(start, depth)
      if depth > k then coroutine.yield(table.concat(chosen, "")) return end
      for i = start, n do
        chosen[depth] = i
        go(i + 1, depth + 1)
      end
      chosen[depth] = nil
    end
    go(1, 1)
  end)
end
print(table.concat(collect(combos(5, 3)), " "))

-- a generator that yields several values per step
local kv = coroutine.wrap(function()
  for _, k in ipairs{"x", "y", "z"} do coroutine.yield(k, k:byte(), k:rep(2)) end
end)
for k, b, r in kv do print(k, b, r) end

-- dead generator error, status of wrapped coroutine's errors
local g = range(1, 1)
print(g(), g())
print(pcall(g))
-- yield across C boundaries: table.sort comparator and gsub callback
local co = coroutine.create(function()
  table.sort({3, 2, 1}, function(a, b) coroutine.yield("cmp") return a < b end)
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  return (("abc"):gsub(".", function(c) coroutine.yield(c) end))
end)
print(coroutine.resume(co))
-- but yielding from a Lua function called by pcall works
co = coroutine.wrap(function()
  local ok, v = pcall(function() local x = coroutine.yield("from pcall") return x * 2 end)
  return ok, v
end)
print(co())
print(co(21))
-- generator driving io.write
for line in map(function(i) return ("#"):rep(i) .. "\n" end, range(1, 4)) do io.write(line) end
