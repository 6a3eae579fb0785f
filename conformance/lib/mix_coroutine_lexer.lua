-- covers: a state machine driven by coroutines: a character producer
-- (coroutine.wrap over string.gmatch), a lexer coroutine with states
-- yielding tokens, a consumer computing results; coroutine.status and
-- errors propagated through resume
local function chars(s)
  return coroutine.wrap(function()
    for c in s:gmatch(".") do coroutine.yield(c) end
    coroutine.yield(nil)
  end)
end

local function lexer(src)
  return coroutine.create(function()
    local next_char = chars(src)
    local state, buf = "start", {}
    local c = next_char()
    while true do
      if state == "start" then
        if c == nil then coroutine.yield("eof"); return "done" end
        if c:find("%s") then c = next_char()
        elseif c:find("%d") then state = "num"
        elseif c:find("%a") then state = "word"
        elseif c == '"' then state = "str"; c = next_char()
        else coroutine.yield("sym", c); c = next_char() end
      elseif state == "num" then
        if c and c:find("[%d%.]") then buf[#buf + 1] = c; c = next_char()
        else coroutine.yield("num", tonumber(table.concat(buf))); buf = {}; state = "start" end
      elseif state == "word" then
        if c and c:find("[%w_]") then buf[#buf + 1] = c; c = next_char()
        else coroutine.yield("word", table.concat(buf):lower()); buf = {}; state = "start" end
      elseif state == "str" then
        if c == nil then error("unterminated string") end
        if c == '"' then
          coroutine.yield("str", table.concat(buf)); buf = {}; state = "start"
        else buf[#buf + 1] = c end
        c = next_char()
      end
    end
  end)
end

local function run(src)
  local co = lexer(src)
  local toks = {}
  while true do
    local ok, kind, val = coroutine.resume(co)
    if not ok then
      print("error:", kind, coroutine.status(co))
      break
    end
    if kind == "eof" or kind == "done" then
      toks[#toks + 1] = kind
      if kind == "done" then break end
    else
      toks[#toks + 1] = kind .. "(" .. tostring(val) .. ")" .. (math.type(val) or "")
    end
  end
  print(#toks, table.concat(toks, " "))
  print("status", coroutine.status(co), coroutine.resume(co))
end

run('Set X = 42 + 3.5; say "hello world" END')
run("12 34 ab_c")
run('oops "never closed')
run("")

-- sum all numbers found by a generator pipeline
local function numbers(src)
  return coroutine.wrap(function()
    local co = lexer(src)
    while true do
      local _, kind, val = coroutine.resume(co)
      if kind == "num" then coroutine.yield(val) end
      if kind == "eof" then return end
    end
  end)
end
local total, list = 0, {}
for n in numbers("a 1 b 2.5 c 10 d 0.25") do total = total + n; list[#list + 1] = n end
print(total, table.concat(list, "+"))
print(coroutine.isyieldable(), coroutine.wrap(function() return coroutine.isyieldable() end)())
