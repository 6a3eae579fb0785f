-- covers: a JSON-like serializer with sorted keys, string.format("%q"),
-- math.type for integer/float output, escapes via gsub, and a round trip
-- through load for Lua-literal output
local escapes = {['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function is_array(t)
  local n = #t
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

local function json(v, indent, depth)
  depth = depth or 0
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then return "null" end
    if math.type(v) == "integer" then return string.format("%d", v) end
    return string.format("%.14g", v)
  elseif t == "string" then return json_string(v)
  elseif t == "table" then
    local pad = indent and ("\n" .. string.rep(indent, depth + 1)) or ""
    local close = indent and ("\n" .. string.rep(indent, depth)) or ""
    local parts = {}
    if is_array(v) then
      if #v == 0 then return "[]" end
      for i = 1, #v do parts[i] = pad .. json(v[i], indent, depth + 1) end
      return "[" .. table.concat(parts, ",") .. close .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    for i, k in ipairs(keys) do
      local val = v[k]
      if val == nil then val = v[tonumber(k)] end
      parts[i] = pad .. json_string(k) .. ":" .. (indent and " " or "") .. json(val, indent, depth + 1)
    end
    return "{" .. table.concat(parts, ",") .. close .. "}"
  end
  error("cannot serialize " .. t)
end

local doc = {
  name = "wippy", version = 3, ratio = 0.1, big = 2^53, neg = -0.0,
  list = {1, 2.5, "three", false, {}},
  nested = {z = {y = {x = "deep"}}, ["with space"] = 1, [10] = "ten"},
  text = "line1\nline2\t\"q\"\\ \1\31",
  inf = math.huge,
}
print(json(doc))
print(json(doc, "  "))
print(json({}), json({{}}), json({[1] = 1, [0] = 0}))
print(pcall(json, {f = print}))

-- Lua literal serializer with %q, then load it back and compare
local function lua_lit(v)
  local t = type(v)
  if t == "string" then return string.format("%q", v)
  elseif t == "number" then
    if math.type(v) == "integer" then return string.format("%d", v) end
    return string.format("%.17g", v)
  elseif t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do
      parts[#parts + 1] = "[" .. lua_lit(k) .. "]=" .. lua_lit(v[k])
    end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  return tostring(v)
end
local src = lua_lit({a = "x\0y\r\n\"z\"", b = {1, 2, 3}, c = 0.1, [5] = true, e = "\200\255"})
print(src)
local back = load("return " .. src)()
print(back.a == "x\0y\r\n\"z\"", #back.b, back.c == 0.1, back[5], back.e == "\200\255")
print(lua_lit(back) == src)
