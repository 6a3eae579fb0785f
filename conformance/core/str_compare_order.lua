-- covers: string ordering is byte-wise; sorting strings with a hand-written insertion sort
local function isort(t)
  for i = 2, #t do
    local v = t[i]
    local j = i - 1
    while j >= 1 and t[j] > v do
      t[j + 1] = t[j]
      j = j - 1
    end
    t[j + 1] = v
  end
  return t
end
local words = {"pear", "Apple", "apple", "banana", "", "a", "B", "10", "9", "100", "_x", "~", " lead"}
isort(words)
for i = 1, #words do print(i, "[" .. words[i] .. "]") end
print("abc" < "abcd", "abcd" < "abd", "abc" == "abc")
print("\xff" > "\x7f", "\x80" > "z")
local a, b = "same", "sa" .. "me"
print(a == b, a <= b, a >= b, a < b)
local nums = {"3", "20", "100", "1"}
isort(nums)
print(nums[1], nums[2], nums[3], nums[4])
