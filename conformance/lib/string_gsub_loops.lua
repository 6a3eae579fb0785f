-- covers: gsub applied repeatedly until a fixed point, anchored patterns
-- (^ only at the pattern start; a '$' anchor), empty matches advancing one
-- character, max-n replacements in loops, position captures, and
-- combinations with string.rep/find/match
-- repeatedly strip balanced "()" pairs
local s = "(()(()))()((" 
local iterations = 0
repeat
  local n
  s, n = s:gsub("%(%)", "")
  iterations = iterations + 1
  print(iterations, string.format("%q", s), n)
until n == 0

-- anchored replacement applied in a loop consumes one prefix per pass
local t = "aaab"
for i = 1, 5 do
  local n
  t, n = t:gsub("^a", "")
  io.write(i, ":", t, ":", n, " ")
end
print()
-- ^ in the middle is a literal character
print(("a^b^c"):gsub("b^", "X"), ("^^"):gsub("^^", "-"))
-- $ anchor only at the end; elsewhere literal
print(("x$y$"):gsub("%$$", "!"), ("x$y$"):gsub("$y", "Y"), ("abc"):gsub("$", "<end>"))
-- empty matches: one per position plus the end
print(("abc"):gsub("x*", "-"))
print(("abc"):gsub("b*", "-"))
print(("abc"):gsub("^x*", "-"))
print((""):gsub("x*", "-"), (""):gsub("^", "S"), (""):gsub("$", "E"))
print(("hello world"):gsub("%f[%w]", "|"))
print(("hello world"):gsub("()", "%1,"))
-- max n in a loop: replace one occurrence at a time, left to right
local u = "a-b-c-d"
local steps = {}
while u:find("-", 1, true) do
  u = u:gsub("-", "+", 1)
  steps[#steps + 1] = u
end
print(table.concat(steps, " | "))
print(("aaa"):gsub("a", "b", 0), ("aaa"):gsub("a", "b", -1), ("aaa"):gsub("a", "b", 2.0))
print(pcall(string.gsub, "aaa", "a", "b", 1.5))
-- collapse runs of whitespace to single spaces until stable, then trim
local w = " \t a \n\n b   c \t"
local passes = 0
while true do
  local n
  w, n = w:gsub("%s%s", " ")
  passes = passes + 1
  if n == 0 then break end
end
print(passes, string.format("%q", w), string.format("%q", (w:gsub("^%s+", ""):gsub("%s+$", ""))))
-- expand nested templates until no {{name}} remains (with a cycle guard)
local defs = {greeting = "{{hello}}, {{name}}!", hello = "Hi", name = "{{first}} {{last}}", first = "Ada", last = "L."}
local text = "{{greeting}} ({{missing}})"
for round = 1, 10 do
  local n
  text, n = text:gsub("{{(%w+)}}", function(k) return defs[k] end)
  print(round, n, text)
  if not text:find("{{%w+}}") or n == 0 then break end
  if round == 4 then defs.missing = "none" end
end
-- gsub with pattern special chars built by escaping
local function escape(p) return (p:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local needle = "1+1=2? (a.b)[c]^$%"
print(escape(needle))
print(("x 1+1=2? (a.b)[c]^$% y"):gsub(escape(needle), "<found>"))
