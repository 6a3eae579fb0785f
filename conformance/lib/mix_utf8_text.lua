-- covers: UTF-8 aware reverse, display width, truncation and padding with
-- utf8.codes/char/len/offset/codepoint, utf8.charpattern with gmatch
local function ureverse(s)
  local cps = {}
  for _, c in utf8.codes(s) do table.insert(cps, 1, c) end
  return utf8.char(table.unpack(cps))
end

local function width(s)
  local w = 0
  for _, c in utf8.codes(s) do
    if c >= 0x1100 and (c <= 0x115F or (c >= 0x2E80 and c <= 0xA4CF) or
        (c >= 0xAC00 and c <= 0xD7A3) or (c >= 0xF900 and c <= 0xFAFF) or
        (c >= 0xFF00 and c <= 0xFF60) or (c >= 0x1F300 and c <= 0x1FAFF)) then
      w = w + 2
    elseif c >= 0x300 and c <= 0x36F then
      -- combining marks take no room
    else
      w = w + 1
    end
  end
  return w
end

local function truncate(s, n)
  local len = utf8.len(s)
  if len <= n then return s end
  return s:sub(1, utf8.offset(s, n + 1) - 1) .. "…"
end

local function pad(s, n)
  return s .. string.rep(" ", n - width(s))
end

local words = {"hello", "héllo", "日本語", "e\u{301}te\u{301}", "🙂ok", "Ωmega", ""}
for _, w in ipairs(words) do
  print(string.format("[%s] bytes=%d chars=%d width=%d rev=[%s] trunc=[%s]",
    pad(w, 8), #w, utf8.len(w), width(w), ureverse(w), truncate(w, 3)))
end

-- codepoints listing with positions
local s = "aé中🙂"
for p, c in utf8.codes(s) do
  print(p, string.format("U+%04X", c), utf8.char(c), #utf8.char(c), utf8.offset(s, 0, p))
end
print(utf8.codepoint(s, 1, -1))
-- gmatch with charpattern gives the same characters as codes
local chars = {}
for ch in s:gmatch(utf8.charpattern) do chars[#chars + 1] = ch end
print(#chars, table.concat(chars, "|"))
-- upper on UTF-8 leaves multibyte sequences untouched
print(("héllo wörld"):upper(), ("ÀB"):lower())
-- invalid sequences
print(utf8.len("ab\xffcd"), utf8.len("\xe4\xb8"), utf8.len(""))
print(pcall(ureverse, "ok\x80"))
-- sort by codepoint order is byte order for UTF-8
local list = {"zeta", "Ωmega", "alpha", "éclair", "日本", "Zulu"}
table.sort(list)
print(table.concat(list, " "))
-- centered text using width
for _, w in ipairs{"ab", "日本", "🙂🙂🙂"} do
  local total = 10 - width(w)
  local left = total // 2
  print("|" .. (" "):rep(left) .. w .. (" "):rep(total - left) .. "|")
end
