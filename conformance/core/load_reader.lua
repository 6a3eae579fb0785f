-- covers: load with a reader function: pieces, empty pieces, nil end, errors from the reader
local function reader(parts)
  local i = 0
  return function()
    i = i + 1
    return parts[i]
  end
end
local f = load(reader({"return ", "1 ", "+ ", "41"}))
print(f())
-- pieces may split tokens
print(load(reader({"ret", "urn 'spl", "it'"}))())
-- an empty string also ends the chunk
print(load(reader({"return 'first'", "", "error('not read')"}))())
-- reader returning nothing at once: empty chunk
local empty = load(function() return nil end)
print(type(empty), empty())
-- syntax error in the pieces
print(load(reader({"return", " +"}), "=pieces"))
-- reader returning a non-string, or raising an error: load returns nil plus a message.
-- (Only the type of the message is printed: lua5.3's standalone interpreter runs the
-- active message handler here, which appends a traceback to the message.)
local r1, m1 = load(function() return true end)
local r2, m2 = load(function() return {} end)
local r3, m3 = load(function() error("reader failed") end)
print(r1, type(m1), r2, type(m2), r3, type(m3))
-- inside pcall there is no message handler, so the messages are plain
pcall(function()
  print(load(function() return true end))
  print(load(function() error("reader failed") end))
  print(load(function() error({}) end) == nil)
end)
-- reader called until nil, count calls
local calls = 0
local g = load(function()
  calls = calls + 1
  if calls == 1 then return "return 'counted'" end
end)
print(g(), calls)
-- a reader-produced chunk with env and name
local h = load(reader({"return v"}), "=r", "t", {v = "from env"})
print(h())
-- many small pieces produced by a generator over a token list
local toks = {"local", " t", "=", "{", "}", " for", " i", "=", "1", ",", "3", " do",
  " t", "[", "i", "]", "=", "i", "*", "2", " end", " return", " t", "[", "1", "]",
  "+", "t", "[", "2", "]", "+", "t", "[", "3", "]"}
print(load(reader(toks))())
