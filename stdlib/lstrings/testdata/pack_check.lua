-- Shared by pack_golden.lua (run by lua5.3) and the Go tests (run by
-- wippy-lua): packs a list of values with a format, unpacks the result and
-- some other data with the same format, asks for its packsize, and
-- describes all results and errors as one line. It only uses the string
-- library and base functions.

local function hex(s)
  if #s > 40 then -- long strings: length and both ends
    return #s .. ":" .. hex(s:sub(1, 16)) .. ".." .. hex(s:sub(-16))
  end
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

local function describe(...)
  local n = select("#", ...)
  local ok = ...
  if not ok then
    return "ERR " .. tostring((select(2, ...)))
  end
  local out = ""
  for i = 2, n do
    local v = select(i, ...)
    if type(v) == "string" then
      out = out .. ",x" .. hex(v)
    elseif type(v) == "number" and not tostring(v):find("^%-?%d+$") then
      out = out .. "," .. string.format("%a", v)
    else
      out = out .. "," .. tostring(v)
    end
  end
  return out
end

local pool = { 0, 1, -1, 127, 128, 255, 256, -129, 65535, 2147483648, -2147483648,
  9223372036854775807, -9223372036854775807 - 1, 1.5, 0.25, -2.0, 3.0, 1e300, 1 / 0,
  "abc", "", "a\0b", "10", "xyzw", string.rep("q", 300) }

-- args returns the pool values selected by vals[i:], a string of pool
-- indices ("a" = 1, "b" = 2, ...).
local function args(vals, i)
  if i <= #vals then
    return pool[vals:byte(i) - 96], args(vals, i + 1)
  end
end

return function(fmt, vals, data, init)
  local ok, packed = pcall(string.pack, fmt, args(vals, 1))
  local out = "pack" .. describe(ok, packed)
  if ok then
    out = out .. " unpack" .. describe(pcall(string.unpack, fmt, packed))
  end
  out = out .. " data" .. describe(pcall(string.unpack, fmt, data, init))
  out = out .. " size" .. describe(pcall(string.packsize, fmt))
  return out
end
