-- covers: word-frequency counting with gmatch/lower, sorting by count then
-- word, string.format alignment, string.rep bars, table.concat
local text = [[
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox doesn't! A fox, a dog, and THE end. Über-fox? naïve dog's
]]

local counts, order = {}, {}
local total = 0
for word in text:lower():gmatch("[%a']+") do
  word = word:gsub("^'+", ""):gsub("'+$", "")
  if word ~= "" then
    if not counts[word] then
      counts[word] = 0
      order[#order + 1] = word
    end
    counts[word] = counts[word] + 1
    total = total + 1
  end
end

table.sort(order, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)

print("total words", total, "distinct", #order)
local width = 0
for _, w in ipairs(order) do width = math.max(width, #w) end
for i, w in ipairs(order) do
  print(string.format("%2d. %-" .. width .. "s %3d %s", i, w, counts[w], ("#"):rep(counts[w])))
end

-- top 3 as a compact line
local top = {}
for i = 1, 3 do top[i] = order[i] .. "=" .. counts[order[i]] end
print(table.concat(top, ", "))

-- letters histogram over ASCII letters only
local letters = {}
for c in text:lower():gmatch("%a") do letters[c] = (letters[c] or 0) + 1 end
local keys = {}
for k in pairs(letters) do keys[#keys + 1] = k end
table.sort(keys)
local parts = {}
for _, k in ipairs(keys) do parts[#parts + 1] = k .. letters[k] end
print(table.concat(parts, " "))

-- bytes that are not ASCII letters are skipped by %a in the C locale
local hi = 0
for b in text:gmatch("[\128-\255]") do hi = hi + 1 end
print("high bytes", hi)

-- words by length buckets
local buckets = {}
for _, w in ipairs(order) do
  local n = #w
  buckets[n] = buckets[n] or {}
  table.insert(buckets[n], w)
end
for n = 1, width do
  if buckets[n] then
    table.sort(buckets[n])
    print(n, #buckets[n], table.concat(buckets[n], ","))
  end
end
