-- covers: CSV parsing with quoted fields via string.find/gmatch/gsub,
-- rebuilding rows with table.concat, numeric columns via tonumber/math
local data = [[
name,qty,price,note
apple,3,0.5,"fresh, red"
"banana split",12,1.25,"say ""hi"""
cherry,,2,
"multi
line",1,10,end
date,7,-0.75,"trailing,comma,"
]]

local function parse_line(s, pos)
  local fields = {}
  while true do
    if s:sub(pos, pos) == '"' then
      local buf = {}
      local i = pos + 1
      while true do
        local a, b = s:find('"', i, true)
        assert(a, "unterminated quote")
        buf[#buf + 1] = s:sub(i, a - 1)
        if s:sub(b + 1, b + 1) == '"' then
          buf[#buf + 1] = '"'
          i = b + 2
        else
          pos = b + 1
          break
        end
      end
      fields[#fields + 1] = table.concat(buf)
    else
      local a = s:find("[,\n]", pos) or #s + 1
      fields[#fields + 1] = s:sub(pos, a - 1)
      pos = a
    end
    local c = s:sub(pos, pos)
    if c == "," then
      pos = pos + 1
    else
      return fields, pos + 1
    end
  end
end

local rows = {}
local pos = 1
while pos <= #data do
  local f
  f, pos = parse_line(data, pos)
  rows[#rows + 1] = f
end

print("rows:", #rows)
local header = table.remove(rows, 1)
print("header:", table.concat(header, "|"))
local total = 0
for i, r in ipairs(rows) do
  local shown = {}
  for j = 1, #header do
    shown[j] = string.format("%q", r[j] or "<nil>")
  end
  print(i, #r, table.concat(shown, " "))
  local q, p = tonumber(r[2]), tonumber(r[3])
  if q and p then
    total = total + q * p
    print("  line total", string.format("%.3f", q * p), math.type(q), math.type(p))
  else
    print("  skipped", r[2] == "", p)
  end
end
print("grand total", total, string.format("%g", total))

-- simple split with gmatch on unquoted lines, keeping empty fields
local function split(line)
  local out = {}
  for field in (line .. ","):gmatch("([^,]*),") do out[#out + 1] = field end
  return out
end
for _, l in ipairs{"a,b,c", ",,", "", "x,", ",y"} do
  local f = split(l)
  print(string.format("%-6q -> %d [%s]", l, #f, table.concat(f, ";")))
end

-- re-emit CSV, quoting where needed
local function quote(v)
  if v:find('[,"\n]') then return '"' .. v:gsub('"', '""') .. '"' end
  return v
end
for _, r in ipairs(rows) do
  local q = {}
  for j, v in ipairs(r) do q[j] = quote(v) end
  io.write(table.concat(q, ","), "\n")
end
