local s = "héllo"
local n: integer? = utf8.len(s)
local ch: string = utf8.char(72, 233)
for p, c in utf8.codes(s) do
  local pos: integer = p
  local code: integer = c
  print(pos, code)
end
local cp: integer = utf8.codepoint(s, 1)
print(n, ch, cp)
