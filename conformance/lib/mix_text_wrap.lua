-- covers: a greedy text wrapper with gmatch words, justification with
-- string.rep, hanging indents, long-word splitting with string.sub,
-- line numbering with string.format, and column alignment
local text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! " ..
  "Supercalifragilisticexpialidocious words must be split when they exceed the width."

local function wrap(s, width, indent, hang)
  indent, hang = indent or "", hang or ""
  local lines, line = {}, indent
  local prefix_len = #indent
  for word in s:gmatch("%S+") do
    while #word > width - #hang do
      if #line > prefix_len then lines[#lines + 1] = line; line = hang; prefix_len = #hang end
      local room = width - #line
      lines[#lines + 1] = line .. word:sub(1, room)
      word = word:sub(room + 1)
      line, prefix_len = hang, #hang
    end
    if #line > prefix_len and #line + 1 + #word > width then
      lines[#lines + 1] = line
      line, prefix_len = hang, #hang
    end
    line = (#line > prefix_len) and (line .. " " .. word) or (line .. word)
  end
  if #line > prefix_len then lines[#lines + 1] = line end
  return lines
end

local function justify(line, width)
  local words = {}
  for w in line:gmatch("%S+") do words[#words + 1] = w end
  if #words < 2 then return line end
  local letters = #table.concat(words)
  local gaps = #words - 1
  local spaces = width - letters
  local out = {}
  for i = 1, #words - 1 do
    local n = spaces // gaps + ((i <= spaces % gaps) and 1 or 0)
    out[#out + 1] = words[i] .. (" "):rep(n)
  end
  out[#out + 1] = words[#words]
  return table.concat(out)
end

for _, width in ipairs{30, 18} do
  print(("="):rep(width) .. "|")
  local lines = wrap(text, width)
  for i, l in ipairs(lines) do
    local j = (i < #lines) and justify(l, width) or l
    print(string.format("%-" .. width .. "s|%2d", j, #l))
  end
end
print(("-"):rep(24))
for i, l in ipairs(wrap(text, 24, "  * ", "    ")) do
  print(string.format("%02d %s", i, l))
end
-- edge cases
print(#wrap("", 10), #wrap("   \t\n  ", 10))
print(table.concat(wrap("abcdefghijklmnopqrstuvwxyz", 7), "/"))
print(table.concat(wrap("a b c d e f g", 3), "/"))
-- right-aligned numbers column with thousands separators
for _, n in ipairs{0, 7, 1234, -98765, 1234567890, math.maxinteger} do
  local s = tostring(math.abs(n)):reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  print(string.format("%28s", (n < 0 and "-" or "") .. s))
end
