-- covers: a ledger with amounts parsed by patterns into integer cents,
-- integer arithmetic with // and %, string.format("%+d", "%5.2f"),
-- thousands separators via gsub, sorting transactions by date then id,
-- and running balances with per-category totals
local input = [[
2024-03-02  #4  groceries   -45.10
2024-03-01  #1  salary     2500.00
2024-03-02  #3  rent      -1200
2024-03-05  #6  refund       +19.99
2024-03-03  #5  groceries    -3.5
2024-03-01  #2  coffee       -4.75
2024-03-07  #7  bonus     1234567.89
bad line here
2024-03-08  #8  typo        12.345
]]

local function parse_cents(s)
  local sign, whole, frac = s:match("^([%+%-]?)(%d+)%.?(%d*)$")
  if not sign or #frac > 2 then return nil end
  local cents = tonumber(whole) * 100 + tonumber((frac .. "00"):sub(1, 2))
  return sign == "-" and -cents or cents
end

local function money(c)
  local neg = c < 0
  c = math.abs(c)
  local whole = tostring(c // 100):reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return string.format("%s%s.%02d", neg and "-" or "", whole, c % 100)
end

local txs, errors = {}, {}
local lineno = 0
for line in input:gmatch("[^\n]+") do
  lineno = lineno + 1
  local date, id, cat, amount = line:match("^(%d%d%d%d%-%d%d%-%d%d)%s+#(%d+)%s+(%a+)%s+(%S+)$")
  local cents = amount and parse_cents(amount)
  if not cents then
    errors[#errors + 1] = string.format("line %d: %q", lineno, line)
  else
    txs[#txs + 1] = {date = date, id = tonumber(id), cat = cat, cents = cents}
  end
end
table.sort(txs, function(a, b)
  if a.date ~= b.date then return a.date < b.date end
  return a.id < b.id
end)

local balance, totals = 0, {}
for _, t in ipairs(txs) do
  balance = balance + t.cents
  totals[t.cat] = (totals[t.cat] or 0) + t.cents
  print(string.format("%s #%d %-10s %14s %16s", t.date, t.id, t.cat, money(t.cents), money(balance)))
end
print(#errors .. " error(s)")
for _, e in ipairs(errors) do print("  " .. e) end
local cats = {}
for c in pairs(totals) do cats[#cats + 1] = c end
table.sort(cats, function(a, b) return totals[a] < totals[b] end)
for _, c in ipairs(cats) do print(string.format("%-10s %+12d cents  %s", c, totals[c], money(totals[c]))) end
print(math.type(balance), balance, money(balance), money(0), money(-1), money(-100), money(99))
-- the same sum done with floats is not exact
local fsum = 0
for _, t in ipairs(txs) do fsum = fsum + t.cents / 100 end
print(string.format("%.10f", fsum), fsum == balance / 100, math.abs(fsum - balance / 100) < 1e-6)
