-- covers: dynamic programming with 2D tables: 0/1 knapsack, longest common subsequence, edit distance
local function knapsack(weights, values, cap)
  local dp = {}
  for w = 0, cap do dp[w] = 0 end
  for i = 1, #weights do
    for w = cap, weights[i], -1 do
      local cand = dp[w - weights[i]] + values[i]
      if cand > dp[w] then dp[w] = cand end
    end
  end
  return dp[cap]
end
print(knapsack({1, 3, 4, 5}, {1, 4, 5, 7}, 7), knapsack({10}, {5}, 5), knapsack({}, {}, 10))
local function lcs(a, b)
  local dp = {}
  for i = 0, #a do dp[i] = {} for j = 0, #b do dp[i][j] = 0 end end
  for i = 1, #a do
    for j = 1, #b do
      if a[i] == b[j] then dp[i][j] = dp[i - 1][j - 1] + 1
      else dp[i][j] = dp[i - 1][j] > dp[i][j - 1] and dp[i - 1][j] or dp[i][j - 1] end
    end
  end
  local out, i, j = {}, #a, #b
  while i > 0 and j > 0 do
    if a[i] == b[j] then out[#out + 1] = a[i]; i = i - 1; j = j - 1
    elseif dp[i - 1][j] >= dp[i][j - 1] then i = i - 1 else j = j - 1 end
  end
  local s = ""
  for k = #out, 1, -1 do s = s .. out[k] end
  return dp[#a][#b], s
end
print(lcs({"A", "B", "C", "B", "D", "A", "B"}, {"B", "D", "C", "A", "B", "A"}))
print(lcs({}, {"x"}), lcs({"x"}, {"x"}))
local function edit(a, b)
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur = {[0] = i}
    for j = 1, #b do
      local cost = a[i] == b[j] and 0 or 1
      local best = prev[j] + 1
      if cur[j - 1] + 1 < best then best = cur[j - 1] + 1 end
      if prev[j - 1] + cost < best then best = prev[j - 1] + cost end
      cur[j] = best
    end
    prev = cur
  end
  return prev[#b]
end
print(edit({"k", "i", "t", "t", "e", "n"}, {"s", "i", "t", "t", "i", "n", "g"}), edit({}, {"a", "b"}), edit({"a"}, {"a"}))
-- coin change counting
local function ways(coins, amount)
  local w = {[0] = 1}
  for a = 1, amount do w[a] = 0 end
  for _, c in ipairs(coins) do for a = c, amount do w[a] = w[a] + w[a - c] end end
  return w[amount]
end
print(ways({1, 2, 5}, 5), ways({2}, 3), ways({1, 5, 10, 25, 50}, 100))
