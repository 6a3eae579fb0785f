-- Generates pattern_golden.txt from the reference interpreter:
--
--   cd stdlib/lstrings/testdata && lua5.3 pattern_golden.lua > pattern_golden.txt
--
-- Each line is "op TAB subject TAB pattern TAB k TAB result", where the
-- result is what pattern_check.lua describes. Random patterns are built
-- from pattern pieces, including malformed ones, so that errors are
-- covered as well as matches. Subjects and patterns contain no tabs or
-- newlines.
math.randomseed(tonumber(arg and arg[2]) or 5301)
local N = tonumber(arg and arg[1]) or 5000
local check = dofile("pattern_check.lua")

local pieces = {
  "a", "b", "c", "1", " ", ".", "%a", "%d", "%w", "%s", "%p", "%l", "%u", "%x", "%c", "%g", "%z",
  "%A", "%D", "%S", "%W", "%.", "%%", "%(", "%]", "[ab]", "[^a]", "[a-c]", "[%d%s]", "[]]", "[^]a]",
  "[a-]", "[%a-z]", "(", ")", "()", "*", "+", "-", "?", "^", "$", "%b()", "%bab", "%f[%w]", "%f[%s]",
  "%f[^a]", "%1", "%2", "%0", "%", "[", "[a", "%b", "%f", "%fa", "(a)", "(a*)", "(.-)", "%1*",
}
local subjchars = "aaabbc1  ()..%A-_"

local function randpat()
  local p = ""
  for _ = 1, math.random(1, 6) do p = p .. pieces[math.random(#pieces)] end
  return p
end
local function randsubj()
  local s = ""
  for _ = 1, math.random(0, 14) do
    local i = math.random(#subjchars)
    s = s .. subjchars:sub(i, i)
  end
  return s
end

local ops = { "find", "find", "findp", "match", "match", "gmatch", "gsub", "gsub" }
for _ = 1, N do
  local op = ops[math.random(#ops)]
  local s, p, k = randsubj(), randpat(), math.random(0, 1000)
  io.write(op, "\t", s, "\t", p, "\t", k, "\t", check(op, s, p, k), "\n")
end
