-- covers: an INI parser reading a file it writes first (io.open/write/
-- lines), string.match with trimming captures, type coercion with
-- tonumber/math.type, sorted dump, and error reporting with line numbers
local fname = "mix_ini_parser.tmp"
local f = assert(io.open(fname, "w"))
f:write([[
; global settings
name = demo app
debug=true

[server]
host = 127.0.0.1
port=8080
timeout = 2.5
  ; indented comment
[server.tls]
enabled = false
ciphers = "AES, CHACHA"
[paths]
root=/var/www   
empty =
hex = 0x10
exp = 1e3
]])
f:close()

local function coerce(v)
  if v == "true" then return true elseif v == "false" then return false end
  local q = v:match('^"(.*)"$')
  if q then return q end
  local n = tonumber(v)
  if n then return n end
  return v
end

local function parse(path)
  local data, section = {[""] = {}}, ""
  local n = 0
  for line in io.lines(path) do
    n = n + 1
    line = line:match("^%s*(.-)%s*$")
    if line == "" or line:find("^[;#]") then
      -- skip
    elseif line:find("^%[") then
      local name = line:match("^%[([%w%._]+)%]$")
      if not name then return nil, string.format("%s:%d: bad section header", path, n) end
      section = name
      data[section] = data[section] or {}
    else
      local k, v = line:match("^([%w_]+)%s*=%s*(.*)$")
      if not k then return nil, string.format("%s:%d: expected key = value", path, n) end
      data[section][k] = coerce(v)
    end
  end
  return data, n
end

local cfg, lines = parse(fname)
print("lines read", lines)
local sections = {}
for s in pairs(cfg) do sections[#sections + 1] = s end
table.sort(sections)
for _, s in ipairs(sections) do
  print("[" .. s .. "]")
  local keys = {}
  for k in pairs(cfg[s]) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do
    local v = cfg[s][k]
    local kind = type(v) == "number" and math.type(v) or type(v)
    print(string.format("  %-8s = %-14s (%s)", k, string.format("%q", tostring(v)), kind))
  end
end
print(cfg.server.port + 1, cfg.server.timeout * 2, cfg.paths.hex, cfg.paths.exp // 1)

-- malformed files
f = assert(io.open(fname, "w"))
f:write("ok = 1\n[bad section\n")
f:close()
print(parse(fname))
f = assert(io.open(fname, "w"))
f:write("[s]\n= novalue\n")
f:close()
print(parse(fname))
print(os.remove(fname))
print(io.open(fname) == nil)
