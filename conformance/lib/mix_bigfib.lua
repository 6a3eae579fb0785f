-- covers: memoized fibonacci and factorial with big integers stored as
-- decimal strings (string.rep, string.byte/sub, table.concat), checked
-- against native integers where they fit, and integer wraparound
local function add(a, b)
  local res, carry = {}, 0
  local i, j = #a, #b
  while i > 0 or j > 0 or carry > 0 do
    local da = i > 0 and a:byte(i) - 48 or 0
    local db = j > 0 and b:byte(j) - 48 or 0
    local s = da + db + carry
    res[#res + 1] = s % 10
    carry = s // 10
    i, j = i - 1, j - 1
  end
  return table.concat(res):reverse()
end
local function mul_small(a, k)
  if k == 0 then return "0" end
  local res, carry = {}, 0
  for i = #a, 1, -1 do
    local p = (a:byte(i) - 48) * k + carry
    res[#res + 1] = p % 10
    carry = p // 10
  end
  while carry > 0 do res[#res + 1] = carry % 10; carry = carry // 10 end
  return (table.concat(res):reverse():gsub("^0+(%d)", "%1"))
end

local memo, calls = {[0] = "0", [1] = "1"}, 0
local function fib(n)
  calls = calls + 1
  if memo[n] then return memo[n] end
  local v = add(fib(n - 1), fib(n - 2))
  memo[n] = v
  return v
end

for _, n in ipairs{0, 1, 2, 10, 50, 92, 93, 100, 200, 300} do
  local s = fib(n)
  print(n, #s, s)
end
print("calls", calls)
-- agreement with native integers up to 92, wraparound at 93
local a, b = 0, 1
for i = 1, 93 do a, b = b, a + b end
print(a, math.type(a), tostring(a) == fib(93), a < 0)
local x, y = 0, 1
for i = 1, 92 do x, y = y, x + y end
print(tostring(x) == fib(92), string.format("%d", x) == memo[92])
-- float approximation loses digits
local phi = (1 + math.sqrt(5)) / 2
local approx = math.floor(phi ^ 100 / math.sqrt(5) + 0.5)
print(math.type(approx), string.format("%.0f", approx), fib(100))
print(string.format("%.0f", approx):sub(1, 15) == fib(100):sub(1, 15))

-- factorials
local f = "1"
local facts = {}
for k = 1, 30 do
  f = mul_small(f, k)
  facts[k] = f
end
print(facts[20], facts[21], facts[30])
local nf = 1
for k = 1, 20 do nf = nf * k end
print(nf == math.tointeger(tonumber(facts[20])), math.tointeger(tonumber(facts[21])))
print(tonumber(facts[21]), math.type(tonumber(facts[21])))
-- digit sums with gsub counting
local _, nines = facts[30]:gsub("9", "")
local sum = 0
for d in facts[30]:gmatch("%d") do sum = sum + tonumber(d) end
print("digits", #facts[30], "nines", nines, "digit sum", sum, "trailing zeros", #facts[30]:match("0*$"))
