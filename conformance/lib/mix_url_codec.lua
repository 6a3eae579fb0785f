-- covers: URL percent-encoding/decoding with gsub and %x patterns,
-- query string parsing into sorted keys, string.format("%%%02X"),
-- tonumber(hex, 16), and building query strings with table.concat
local function encode(s, keep)
  keep = keep or "%w%-%._~"
  return (s:gsub("[^" .. keep .. "]", function(c) return string.format("%%%02X", c:byte()) end))
end
local function decode(s)
  return (s:gsub("+", " "):gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

local samples = {"hello world", "a+b=c&d", "100%", "ünïcödé", "path/to/file.txt", "~user_name-1.0", "", "\0\n\255"}
for _, s in ipairs(samples) do
  local e = encode(s)
  print(string.format("%-24q %-40s %s", s, e, tostring(decode(e) == s)))
end
print(encode("path/to/file name", "%w/%._%-"))
print(decode("%41%42%4"), decode("%zz%2"), decode("a+b%2Bc"), decode("%e2%82%ac"))

local function parse_query(q)
  local params = {}
  for pair in q:gmatch("[^&;]+") do
    local k, v = pair:match("^([^=]*)=?(.*)$")
    k, v = decode(k), decode(v)
    local cur = params[k]
    if cur == nil then params[k] = v
    elseif type(cur) == "table" then cur[#cur + 1] = v
    else params[k] = {cur, v} end
  end
  return params
end
local function dump(params)
  local keys = {}
  for k in pairs(params) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = params[k]
    if type(v) == "table" then v = "[" .. table.concat(v, ",") .. "]" end
    out[#out + 1] = string.format("%s=%q", k, v)
  end
  return table.concat(out, " ")
end
print(dump(parse_query("a=1&b=two+words&c=%26amp&a=2&empty=&flag&a=3;z=last")))
print(dump(parse_query("")), dump(parse_query("&&=&x==y")))

local function build(params)
  local keys = {}
  for k in pairs(params) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = params[k]
    if type(v) == "table" then
      for _, item in ipairs(v) do out[#out + 1] = encode(k) .. "=" .. encode(tostring(item)) end
    else
      out[#out + 1] = encode(k) .. "=" .. encode(tostring(v))
    end
  end
  return table.concat(out, "&")
end
local q = build{name = "Jo Doe", tags = {"a b", "c&d", 3}, n = 42, pi = 3.5, ["k y"] = "v=1"}
print(q)
print(dump(parse_query(q)))
-- URL split with a single match
local url = "https://user:pw@example.com:8443/a/b%20c/index.html?x=1&y=%2F#frag"
local scheme, auth, host, port, path, query, frag =
  url:match("^(%a[%w+.-]*)://([^@/]*)@?([^:/]*):?(%d*)(/[^?#]*)%??([^#]*)#?(.*)$")
print(scheme, auth, host, port, path, query, frag)
print(decode(path), dump(parse_query(query)), tonumber(port) + 1)
