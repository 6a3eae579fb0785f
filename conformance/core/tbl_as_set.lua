-- covers: tables as sets and multisets: union, intersection, difference (sorted output)
local function set(list) local s = {} for i = 1, #list do s[list[i]] = true end return s end
local function tolist(s)
  local l = {}
  for k in pairs(s) do l[#l + 1] = k end
  for i = 2, #l do
    local v, j = l[i], i - 1
    while j >= 1 and l[j] > v do l[j + 1] = l[j]; j = j - 1 end
    l[j + 1] = v
  end
  local out = ""
  for i = 1, #l do out = out .. tostring(l[i]) .. " " end
  return out
end
local function union(a, b) local r = {} for k in pairs(a) do r[k] = true end for k in pairs(b) do r[k] = true end return r end
local function inter(a, b) local r = {} for k in pairs(a) do if b[k] then r[k] = true end end return r end
local function diff(a, b) local r = {} for k in pairs(a) do if not b[k] then r[k] = true end end return r end
local A = set({1, 2, 3, 4, 5})
local B = set({4, 5, 6, 7})
print(tolist(union(A, B)))
print(tolist(inter(A, B)))
print(tolist(diff(A, B)))
print(tolist(diff(B, A)))
print(tolist(set({})), tolist(inter(A, set({}))))
-- string sets
local words = set({"apple", "banana", "cherry", "apple"})
print(tolist(words))
-- multiset counting
local bag = {}
for _, w in ipairs({"a", "b", "a", "c", "b", "a"}) do bag[w] = (bag[w] or 0) + 1 end
print(bag.a, bag.b, bag.c, bag.d)
-- membership with float keys normalised
local ns = set({1, 2.0, 3})
print(ns[2], ns[1.0], ns[3.0], ns[2.5])
-- removing while iterating (assigning nil to existing keys is allowed)
for k in pairs(A) do if k % 2 == 0 then A[k] = nil end end
print(tolist(A))
