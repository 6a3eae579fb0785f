-- covers: rendering an ASCII table with column widths from utf8.len,
-- alignment by type (numbers right, strings left) with string.rep, number
-- formatting via %g/%.2f/%d, sorting rows by multiple keys, and totals
local rows = {
  {name = "Widget", qty = 12, price = 3.5, tag = "tools"},
  {name = "Gädget", qty = 3, price = 19.99, tag = "tech"},
  {name = "Thingamajig", qty = 120, price = 0.05, tag = "misc"},
  {name = "Doohickey", qty = 7, price = 7, tag = "tools"},
  {name = "日本の箱", qty = 1, price = 1000, tag = "import"},
  {name = "Bolt", qty = 500, price = 0.1, tag = "tools"},
}
local cols = {
  {key = "name", title = "Name"},
  {key = "qty", title = "Qty", fmt = "%d"},
  {key = "price", title = "Price", fmt = "%.2f"},
  {key = "total", title = "Total", fmt = "%.2f"},
  {key = "tag", title = "Tag"},
}
for _, r in ipairs(rows) do r.total = r.qty * r.price end

table.sort(rows, function(a, b)
  if a.tag ~= b.tag then return a.tag < b.tag end
  if a.total ~= b.total then return a.total > b.total end
  return a.name < b.name
end)

local function cell(col, r)
  local v = r[col.key]
  if col.fmt then return string.format(col.fmt, v) end
  return tostring(v)
end
local widths = {}
for i, c in ipairs(cols) do
  widths[i] = utf8.len(c.title)
  for _, r in ipairs(rows) do widths[i] = math.max(widths[i], utf8.len(cell(c, r))) end
end
local function sep(ch)
  local parts = {}
  for i = 1, #cols do parts[i] = ("-"):rep(widths[i] + 2) end
  return ch .. table.concat(parts, ch) .. ch
end
local function line(values, numeric)
  local parts = {}
  for i, v in ipairs(values) do
    local padn = widths[i] - utf8.len(v)
    if numeric[i] then parts[i] = " " .. (" "):rep(padn) .. v .. " "
    else parts[i] = " " .. v .. (" "):rep(padn) .. " " end
  end
  return "|" .. table.concat(parts, "|") .. "|"
end
local titles, numeric = {}, {}
for i, c in ipairs(cols) do titles[i] = c.title; numeric[i] = c.fmt ~= nil end
print(sep("+"))
print(line(titles, {}))
print(sep("+"))
local sum_qty, sum_total = 0, 0
for _, r in ipairs(rows) do
  local vals = {}
  for i, c in ipairs(cols) do vals[i] = cell(c, r) end
  print(line(vals, numeric))
  sum_qty, sum_total = sum_qty + r.qty, sum_total + r.total
end
print(sep("+"))
print(line({"TOTAL", string.format("%d", sum_qty), "", string.format("%.2f", sum_total), ""}, numeric))
print(sep("+"))
print(math.type(sum_qty), math.type(sum_total), string.format("%g %g %g", sum_total, 1e20, 1e-5))
print(string.format("[%10.3s][%-10.3s][%.0s][%5s]", "abcdef", "abcdef", "gone", "日本"))
