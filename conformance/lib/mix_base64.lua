-- covers: base64 encode/decode with string.byte/char and bitwise
-- operators, table.concat buffers, gsub validation, round trips
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local enc, dec = {}, {}
for i = 1, #alphabet do
  local c = alphabet:sub(i, i)
  enc[i - 1] = c
  dec[c:byte()] = i - 1
end

local function encode(s)
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = s:byte(i, i + 2)
    local n = (a << 16) | ((b or 0) << 8) | (c or 0)
    out[#out + 1] = enc[(n >> 18) & 63] .. enc[(n >> 12) & 63]
      .. (b and enc[(n >> 6) & 63] or "=") .. (c and enc[n & 63] or "=")
  end
  return table.concat(out)
end

local function decode(s)
  s = s:gsub("%s", "")
  if #s % 4 ~= 0 or s:find("[^%w%+/=]") or s:find("=[^=]") then
    return nil, "invalid base64"
  end
  local out = {}
  for i = 1, #s, 4 do
    local n, pad = 0, 0
    for j = i, i + 3 do
      local ch = s:byte(j)
      if ch == 61 then pad = pad + 1; n = n << 6
      else n = (n << 6) | dec[ch] end
    end
    local bytes = string.char((n >> 16) & 255, (n >> 8) & 255, n & 255)
    out[#out + 1] = bytes:sub(1, 3 - pad)
  end
  return table.concat(out)
end

local samples = {"", "f", "fo", "foo", "foob", "fooba", "foobar",
  "Man is distinguished", "\0\1\2\255\254\253", "line\nbreak\ttab"}
for _, s in ipairs(samples) do
  local e = encode(s)
  local d = decode(e)
  print(string.format("%-30q %-32s %s", s, e, tostring(d == s)))
end

-- all 256 byte values
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local e = encode(all)
print(#e, e:sub(1, 40), e:sub(-12))
print(decode(e) == all)
-- wrapped at 20 columns and decoded back with whitespace
local wrapped = e:sub(1, 60):gsub(("."):rep(20), "%0\n")
io.write(wrapped)
print(decode(wrapped) == all:sub(1, 45))
print(decode("abc"), decode("ab=c"), decode("a*bc"))
print(decode("TWFu"), decode("TQ=="), decode("TWE="))
