-- covers: a tokenizer driven by string.find with anchored patterns and
-- position captures, reporting line/column, plus error positions
local rules = {
  {"ws", "^[ \t]+"},
  {"nl", "^\n"},
  {"comment", "^%-%-[^\n]*"},
  {"number", "^0[xX]%x+"},
  {"number", "^%d+%.?%d*[eE][%+%-]?%d+"},
  {"number", "^%d+%.%d*"},
  {"number", "^%.%d+"},
  {"number", "^%d+"},
  {"name", "^[%a_][%w_]*"},
  {"string", '^"[^"\n]*"'},
  {"string", "^'[^'\n]*'"},
  {"op", "^%.%.%.?"},
  {"op", "^[=~<>]="},
  {"op", "^//"},
  {"op", "^::"},
  {"op", "^[%+%-%*/%%%^#&|~<>=%(%){}%[%];:,%.]"},
}
local keywords = {}
for w in ("and break do else elseif end false for function goto if in local nil not or repeat return then true until while"):gmatch("%a+") do
  keywords[w] = true
end

local function tokenize(src)
  local toks, pos, line, linestart = {}, 1, 1, 1
  while pos <= #src do
    local matched = false
    for _, r in ipairs(rules) do
      local s, e = src:find(r[2], pos)
      if s then
        local text = src:sub(s, e)
        local kind = r[1]
        if kind == "name" and keywords[text] then kind = "kw" end
        if kind == "nl" then
          line, linestart = line + 1, e + 1
        elseif kind ~= "ws" and kind ~= "comment" then
          toks[#toks + 1] = {kind, text, line, s - linestart + 1}
        end
        pos = e + 1
        matched = true
        break
      end
    end
    if not matched then
      error(string.format("%d:%d: unexpected %q", line, pos - linestart + 1, src:sub(pos, pos)), 0)
    end
  end
  return toks
end

local src = [[
local x = 0x1F + 3.5e-2 .. 'str' -- comment
if x >= .5 and y ~= 10 then x = x // 2 end
::lbl:: t[#t + 1] = {...}
]]
for i, t in ipairs(tokenize(src)) do
  print(string.format("%2d %-7s %-8s %d:%d", i, t[1], t[2], t[3], t[4]))
end
print(pcall(tokenize, "a = 1\nb = $"))
print(pcall(tokenize, "ok = \"unterminated\n"))

-- position captures to find every identifier start/end
local line = "alpha beta_2 _gamma 3delta"
for s, w, e in line:gmatch("()([%a_][%w_]*)()") do
  print(s, w, e, line:sub(s, e - 1) == w)
end
-- find with init beyond and before the string
print(line:find("%a+", 100), line:find("%a+", -5), line:find("", #line + 1), line:find("", #line + 2))
