-- covers: Huffman coding: symbol frequencies via gmatch, a deterministic
-- tree built with table.sort (ties broken by symbol string), code tables
-- printed in sorted order, bit strings packed into bytes with bitwise ops
-- and string.char, then decoded back and compared
local text = "this is an example of a huffman tree; it shows bits & bytes!"
local freq = {}
for c in text:gmatch(".") do freq[c] = (freq[c] or 0) + 1 end

local nodes = {}
for c, n in pairs(freq) do nodes[#nodes + 1] = {w = n, key = c, sym = c} end
local function order(a, b)
  if a.w ~= b.w then return a.w < b.w end
  return a.key < b.key
end
while #nodes > 1 do
  table.sort(nodes, order)
  local a = table.remove(nodes, 1)
  local b = table.remove(nodes, 1)
  table.insert(nodes, {w = a.w + b.w, key = a.key .. b.key, left = a, right = b})
end
local root = nodes[1]
print("total weight", root.w, #text)

local codes = {}
local function walk(n, prefix)
  if n.sym then codes[n.sym] = prefix == "" and "0" or prefix return end
  walk(n.left, prefix .. "0")
  walk(n.right, prefix .. "1")
end
walk(root, "")

local syms = {}
for c in pairs(codes) do syms[#syms + 1] = c end
table.sort(syms, function(a, b)
  if #codes[a] ~= #codes[b] then return #codes[a] < #codes[b] end
  return codes[a] < codes[b]
end)
for _, c in ipairs(syms) do
  print(string.format("%-3q %2d %s", c, freq[c], codes[c]))
end

local bits = text:gsub(".", codes)
print("bits", #bits, "vs", #text * 8, string.format("%.1f%%", 100 * #bits / (#text * 8)))
-- pack bits MSB first, pad with zeros
local bytes = {}
for i = 1, #bits, 8 do
  local chunk = bits:sub(i, i + 7)
  chunk = chunk .. ("0"):rep(8 - #chunk)
  local v = 0
  for j = 1, 8 do v = (v << 1) | (chunk:byte(j) - 48) end
  bytes[#bytes + 1] = string.char(v)
end
local packed = table.concat(bytes)
print(#packed, (packed:sub(1, 8):gsub(".", function(c) return string.format("%02X", c:byte()) end)))
-- unpack and decode
local unbits = {}
for i = 1, #packed do
  local b = packed:byte(i)
  for j = 7, 0, -1 do unbits[#unbits + 1] = (b >> j) & 1 end
end
local out, node = {}, root
for i = 1, #bits do
  node = unbits[i] == 0 and node.left or node.right
  if node.sym then out[#out + 1] = node.sym; node = root end
end
local decoded = table.concat(out)
print(decoded == text, #decoded)
print(decoded)
-- prefix property check
local prefix_free = true
for _, a in ipairs(syms) do for _, b in ipairs(syms) do
  if a ~= b and codes[b]:sub(1, #codes[a]) == codes[a] then prefix_free = false end
end end
print("prefix free", prefix_free)
