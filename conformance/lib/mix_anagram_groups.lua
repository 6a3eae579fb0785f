-- covers: grouping words by a canonical key (letters sorted via
-- string.byte/table.sort/string.char), group output sorted by size then
-- key, palindrome checks with string.reverse/gsub/lower, and letter
-- signature counts with string.rep
local words = {}
local text = [[listen silent enlist inlets tinsel google elgoog banana
evil vile live veil levi stop pots tops spot post opts
Racecar level noon kayak refer stats tenet abc cab bca cba
dusty study night thing inch chin a]]
for w in text:gmatch("%a+") do words[#words + 1] = w end
print(#words, "words")

local function key(w)
  local bytes = {w:lower():byte(1, -1)}
  table.sort(bytes)
  return string.char(table.unpack(bytes))
end
local groups, order = {}, {}
for _, w in ipairs(words) do
  local k = key(w)
  if not groups[k] then groups[k] = {}; order[#order + 1] = k end
  table.insert(groups[k], w)
end
table.sort(order, function(a, b)
  if #groups[a] ~= #groups[b] then return #groups[a] > #groups[b] end
  return a < b
end)
for _, k in ipairs(order) do
  local g = groups[k]
  if #g > 1 then
    table.sort(g)
    print(string.format("%-8s %d %s", k, #g, table.concat(g, ",")))
  end
end
local singles = {}
for _, k in ipairs(order) do if #groups[k] == 1 then singles[#singles + 1] = groups[k][1] end end
table.sort(singles)
print("singles:", table.concat(singles, " "))

local function is_pal(s)
  s = s:lower():gsub("[^%a]", "")
  return s == s:reverse() and #s > 0
end
local pals = {}
for _, w in ipairs(words) do if is_pal(w) then pals[#pals + 1] = w end end
print("palindromes:", table.concat(pals, " "))
print(is_pal("A man, a plan, a canal: Panama!"), is_pal("Not one"), is_pal("!!"))

-- letter signature "a2b1n3"-style with counts, and a histogram
local function signature(w)
  local counts = {}
  for c in w:lower():gmatch("%a") do counts[c] = (counts[c] or 0) + 1 end
  local ks = {}
  for c in pairs(counts) do ks[#ks + 1] = c end
  table.sort(ks)
  local out = {}
  for _, c in ipairs(ks) do out[#out + 1] = c .. counts[c] end
  return table.concat(out), counts
end
for _, w in ipairs{"banana", "Mississippi", "google"} do
  local sig, counts = signature(w)
  local bars = {}
  for c in sig:gmatch("%a") do bars[#bars + 1] = c .. ":" .. ("*"):rep(counts[c]) end
  print(w, sig, table.concat(bars, " "))
end
