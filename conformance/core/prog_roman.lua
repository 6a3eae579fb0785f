-- covers: integer <-> roman numeral conversion using tables of symbols (no string library:
-- roman strings are handled as arrays of single-character strings)
local values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
local symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
local function toroman(n)
  local s = ""
  for i = 1, #values do
    while n >= values[i] do s = s .. symbols[i]; n = n - values[i] end
  end
  return s
end
local single = {I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000}
local function fromroman(chars)
  local total = 0
  for i = 1, #chars do
    local v, nxt = single[chars[i]], single[chars[i + 1]]
    if nxt and nxt > v then total = total - v else total = total + v end
  end
  return total
end
local tests = {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}
for i = 1, #tests do print(tests[i], toroman(tests[i])) end
print(fromroman({"M", "C", "M", "X", "C", "I", "V"}), fromroman({"X", "L", "I", "I"}), fromroman({}))
-- round trip for a range: decompose n again into a character list
local ok = 0
for n = 1, 500 do
  local r = toroman(n)
  local chars, m = {}, n
  for i = 1, #values do
    while m >= values[i] do
      local sym = symbols[i]
      if #sym == 2 then
        local pairs2 = {CM = {"C", "M"}, CD = {"C", "D"}, XC = {"X", "C"}, XL = {"X", "L"}, IX = {"I", "X"}, IV = {"I", "V"}}
        chars[#chars + 1] = pairs2[sym][1]; chars[#chars + 1] = pairs2[sym][2]
      else
        chars[#chars + 1] = sym
      end
      m = m - values[i]
    end
  end
  if fromroman(chars) == n and #chars == #r then ok = ok + 1 end
end
print("round trips", ok)
